/// A data set's features column by column, each column with its ascending order: sorted once,
/// then shared read-only by every tree grown on the same examples (every round of boosting,
/// every tree of a forest), so no node ever sorts.
final class SortedColumns: @unchecked Sendable {
    let rowCount: Int
    let featureCount: Int
    /// values[f · rowCount + i]: feature f of example i.
    let values: [Double]
    /// order[f · rowCount + r]: the example of rank r in feature f (ties by example index).
    let order: [Int32]

    /// Sorts the columns of a finite features matrix [examples, features].
    init(_ features: Tensor) {
        let n = features.rowCount, width = features.columnCount
        rowCount = n
        featureCount = width
        var values = [Double](repeating: 0, count: n * width)
        let x = features.scalars
        for i in 0..<n {
            for f in 0..<width { values[f * n + i] = x[i * width + f] }
        }
        var order = [Int32](repeating: 0, count: n * width)
        var pairs = [(Double, Int32)]()
        pairs.reserveCapacity(n)
        for f in 0..<width {
            pairs.removeAll(keepingCapacity: true)
            for i in 0..<n { pairs.append((values[f * n + i], Int32(i))) }
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for r in 0..<n { order[f * n + r] = pairs[r].1 }
        }
        self.values = values
        self.order = order
    }
}
