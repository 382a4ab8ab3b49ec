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
        var keys = [UInt64](repeating: 0, count: n)
        var sortedIndices = [Int32](repeating: 0, count: n)
        for f in 0..<width {
            for i in 0..<n { keys[i] = SortedColumns.orderedBits(values[f * n + i]) }
            SortedColumns.radixSort(keys, into: &sortedIndices)
            for r in 0..<n { order[f * n + r] = sortedIndices[r] }
        }
        self.values = values
        self.order = order
    }

    /// The bits of `x` as an unsigned integer that sorts as the numbers do (finite values; −0
    /// sorts just below +0).
    @inline(__always)
    static func orderedBits(_ x: Double) -> UInt64 {
        let bits = x.bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// The indices 0..<keys.count in ascending key order, ties in index order: a least-significant-
    /// digit radix sort on bytes, skipping bytes that all keys share. Stable and linear, so
    /// presorting costs a few passes per column instead of n log n comparisons.
    static func radixSort(_ keys: [UInt64], into result: inout [Int32]) {
        let n = keys.count
        var histograms = [Int](repeating: 0, count: 8 * 256)
        for key in keys {
            for digit in 0..<8 { histograms[digit * 256 + Int((key >> (8 * UInt64(digit))) & 0xFF)] += 1 }
        }
        var current = (0..<n).map { Int32($0) }
        var next = [Int32](repeating: 0, count: n)
        for digit in 0..<8 {
            let base = digit * 256
            // A byte every key shares does not reorder anything.
            if n == 0 || histograms[base + Int((keys[0] >> (8 * UInt64(digit))) & 0xFF)] == n { continue }
            var offsets = [Int](repeating: 0, count: 256)
            var running = 0
            for b in 0..<256 {
                offsets[b] = running
                running += histograms[base + b]
            }
            let shift = 8 * UInt64(digit)
            for index in current {
                let b = Int((keys[Int(index)] >> shift) & 0xFF)
                next[offsets[b]] = index
                offsets[b] += 1
            }
            swap(&current, &next)
        }
        result = current
    }
}
