/// Features reduced to small integers (bins) for histogram-based split finding, as LightGBM and
/// scikit-learn's `HistGradientBoosting` do.
///
/// Each feature gets at most `maxBins` bins. With that few distinct values or fewer, every
/// distinct value has its own bin and the edges are the midpoints between neighbours, so splits
/// are as exact as CART's; with more, the edges are quantiles (midpoint interpolation) so that bins
/// hold about equally many examples. An example falls in bin b when edge[b − 1] < x ≤ edge[b];
/// a split after bin b is therefore the real threshold edge[b], and prediction needs no binning.
struct FeatureBins: @unchecked Sendable {
    let rowCount: Int
    let featureCount: Int
    /// edges[f]: the upper edges of feature f's bins but the last (bins = edges.count + 1).
    let edges: [[Double]]
    /// bins[f · rowCount + i]: the bin of feature f of example i.
    let bins: [UInt8]

    /// Bins a finite features matrix [examples, features]; `maxBins` ≤ 256.
    init(_ features: Tensor, maxBins: Int) {
        let n = features.rowCount, width = features.columnCount
        rowCount = n
        featureCount = width
        var edges: [[Double]] = []
        var bins = [UInt8](repeating: 0, count: n * width)
        let x = features.scalars
        var column = [Double](repeating: 0, count: n)
        for f in 0..<width {
            for i in 0..<n { column[i] = x[i * width + f] }
            let featureEdges = FeatureBins.edges(sortedValues: column.sorted(), maxBins: maxBins)
            for i in 0..<n { bins[f * n + i] = UInt8(FeatureBins.bin(column[i], featureEdges)) }
            edges.append(featureEdges)
        }
        self.edges = edges
        self.bins = bins
    }

    /// The number of bins of feature f.
    func binCount(_ f: Int) -> Int { edges[f].count + 1 }

    /// The bin of `value`: the number of edges below it (binary search).
    static func bin(_ value: Double, _ edges: [Double]) -> Int {
        var low = 0, high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Bin edges for one feature's values in ascending order.
    static func edges(sortedValues values: [Double], maxBins: Int) -> [Double] {
        var distinct: [Double] = []
        for v in values where distinct.last != v { distinct.append(v) }
        if distinct.count <= maxBins {
            return zip(distinct, distinct.dropFirst()).map { low, high in
                let t = low / 2 + high / 2
                return t == high ? low : t
            }
        }
        // Quantiles at 1/maxBins, 2/maxBins, …, each the midpoint of its two nearest order
        // statistics (numpy's "midpoint" percentile), duplicates removed.
        let n = values.count
        var result: [Double] = []
        for q in 1..<maxBins {
            let position = Double(n - 1) * Double(q) / Double(maxBins)
            let below = values[Int(position.rounded(.down))], above = values[Int(position.rounded(.up))]
            let edge = below / 2 + above / 2
            if result.last.map({ edge > $0 }) ?? true { result.append(edge) }
        }
        // An edge equal to the largest value would leave the last bin empty.
        while let last = result.last, last >= values[n - 1] { result.removeLast() }
        return result
    }
}
