/// Grows the depth-limited regression trees of gradient boosting from per-bin sums of gradients
/// and hessians (Newton boosting, as XGBoost, LightGBM and scikit-learn's `HistGradientBoosting`).
///
/// A node's histogram holds, per feature and bin, the sums Σg, Σh and the count of its examples;
/// the best split of a feature is one scan of its bins, maximising the gain
/// G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ). Only the smaller child's histogram is summed
/// from its examples; the larger one's is the parent's minus the smaller's. A leaf predicts the
/// Newton step −η·G/(H + λ) (η the learning rate, λ the L2 regularisation).
final class HistogramGrower {
    let bins: FeatureBins
    let maxDepth: Int
    let minSamplesLeaf: Int
    let l2Regularization: Double
    let learningRate: Double
    /// A child needs at least this much hessian (scikit-learn's `min_hessian_to_split`).
    static let minimumHessian = 1e-3

    private let rowCount: Int, featureCount: Int, maxBins: Int
    /// The examples, partitioned node by node.
    private let indices: UnsafeMutablePointer<Int32>
    private let spill: UnsafeMutablePointer<Int32>
    private let orderedGradients: UnsafeMutablePointer<Double>
    private let orderedHessians: UnsafeMutablePointer<Double>
    /// Histograms not in use, each featureCount × maxBins × (Σg, Σh, count).
    private var pool: [UnsafeMutablePointer<Double>] = []
    private var allocated: [UnsafeMutablePointer<Double>] = []

    init(bins: FeatureBins, maxDepth: Int, minSamplesLeaf: Int, l2Regularization: Double, learningRate: Double) {
        self.bins = bins
        self.maxDepth = maxDepth
        self.minSamplesLeaf = minSamplesLeaf
        self.l2Regularization = l2Regularization
        self.learningRate = learningRate
        rowCount = bins.rowCount
        featureCount = bins.featureCount
        maxBins = (0..<bins.featureCount).map(bins.binCount).max() ?? 1
        let n = Swift.max(1, rowCount)
        indices = .allocate(capacity: n)
        spill = .allocate(capacity: n)
        orderedGradients = .allocate(capacity: n)
        orderedHessians = .allocate(capacity: n)
    }

    deinit {
        indices.deallocate(); spill.deallocate(); orderedGradients.deallocate(); orderedHessians.deallocate()
        for h in allocated { h.deallocate() }
    }

    private var histogramSize: Int { featureCount * maxBins * 3 }

    private func takeHistogram() -> UnsafeMutablePointer<Double> {
        if let h = pool.popLast() { return h }
        let h = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(1, histogramSize))
        allocated.append(h)
        return h
    }

    /// A node waiting to be split: its examples, sums and histogram.
    private struct Pending {
        var start: Int, end: Int, depth: Int, parent: Int, isLeft: Bool
        var gradient: Double, hessian: Double
        var histogram: UnsafeMutablePointer<Double>?
    }

    private struct Split {
        var gain = 0.0
        var feature = -1
        var bin = 0
        var leftGradient = 0.0, leftHessian = 0.0, leftCount = 0
    }

    /// Grows one tree on the gradients and hessians of every example and adds its prediction to
    /// `raw` (the examples' current scores) on the way, since each example's leaf is known.
    func grow(gradients: UnsafePointer<Double>, hessians: UnsafePointer<Double>, raw: UnsafeMutablePointer<Double>,
              rawStride: Int) -> TreeNodes {
        let n = rowCount
        var gradient = 0.0, hessian = 0.0
        for i in 0..<n {
            indices[i] = Int32(i)
            gradient += gradients[i]
            hessian += hessians[i]
        }
        var nodes = TreeNodes(width: 1)
        let root = takeHistogram()
        buildHistogram(root, 0, n, gradients, hessians)
        var stack = [Pending(start: 0, end: n, depth: 0, parent: -1, isLeft: false,
                             gradient: gradient, hessian: hessian, histogram: root)]
        var value = 0.0
        while let node = stack.popLast() {
            value = -learningRate * node.gradient / (node.hessian + l2Regularization + 1e-15)
            let id = withUnsafeMutablePointer(to: &value) { v in
                nodes.appendLeaf(depth: node.depth, samples: node.end - node.start, weight: node.hessian, impurity: 0,
                                 value: UnsafeBufferPointer(start: v, count: 1))
            }
            if node.parent >= 0 {
                if node.isLeft { nodes.left[node.parent] = Int32(id) } else { nodes.right[node.parent] = Int32(id) }
            }
            let count = node.end - node.start
            var split = Split()
            if let histogram = node.histogram, node.depth < maxDepth, count >= 2 * minSamplesLeaf {
                split = bestSplit(histogram, count: count, gradient: node.gradient, hessian: node.hessian)
            }
            guard split.feature >= 0, let parentHistogram = node.histogram else {
                if let h = node.histogram { pool.append(h) }
                for p in node.start..<node.end { raw[Int(indices[p]) * rawStride] += value }
                continue
            }
            nodes.feature[id] = Int32(split.feature)
            nodes.threshold[id] = bins.edges[split.feature][split.bin]
            partition(node.start, node.end, feature: split.feature, bin: split.bin)
            let middle = node.start + split.leftCount
            var left = Pending(start: node.start, end: middle, depth: node.depth + 1, parent: id, isLeft: true,
                               gradient: split.leftGradient, hessian: split.leftHessian, histogram: nil)
            var right = Pending(start: middle, end: node.end, depth: node.depth + 1, parent: id, isLeft: false,
                                gradient: node.gradient - split.leftGradient, hessian: node.hessian - split.leftHessian, histogram: nil)
            // Children at the depth limit become leaves: they need no histogram.
            if node.depth + 1 < maxDepth {
                let small = takeHistogram()
                let leftIsSmaller = left.end - left.start <= right.end - right.start
                let (s, e) = leftIsSmaller ? (left.start, left.end) : (right.start, right.end)
                buildHistogram(small, s, e, gradients, hessians)
                for j in 0..<histogramSize { parentHistogram[j] -= small[j] }
                if leftIsSmaller { left.histogram = small; right.histogram = parentHistogram }
                else { right.histogram = small; left.histogram = parentHistogram }
            } else {
                pool.append(parentHistogram)
            }
            stack.append(right)
            stack.append(left)
        }
        return nodes
    }

    /// Sums the gradients, hessians and counts of examples [start, end) per feature and bin.
    private func buildHistogram(_ histogram: UnsafeMutablePointer<Double>, _ start: Int, _ end: Int,
                                _ gradients: UnsafePointer<Double>, _ hessians: UnsafePointer<Double>) {
        histogram.initialize(repeating: 0, count: histogramSize)
        let count = end - start
        for p in 0..<count {
            let i = Int(indices[start + p])
            orderedGradients[p] = gradients[i]
            orderedHessians[p] = hessians[i]
        }
        bins.bins.withUnsafeBufferPointer { allBins in
            guard let base = allBins.baseAddress else { return }
            for f in 0..<featureCount {
                let column = base + f * rowCount
                let h = histogram + f * maxBins * 3
                if count == rowCount {
                    // The root: examples in order, the column read straight through.
                    for p in 0..<count {
                        let b = Int(column[p]) * 3
                        h[b] += orderedGradients[p]
                        h[b + 1] += orderedHessians[p]
                        h[b + 2] += 1
                    }
                } else {
                    for p in 0..<count {
                        let b = Int(column[Int(indices[start + p])]) * 3
                        h[b] += orderedGradients[p]
                        h[b + 1] += orderedHessians[p]
                        h[b + 2] += 1
                    }
                }
            }
        }
    }

    /// The split with the largest positive gain, respecting the minimum leaf size and hessian.
    private func bestSplit(_ histogram: UnsafeMutablePointer<Double>, count: Int, gradient: Double, hessian: Double) -> Split {
        var best = Split()
        let lambda = l2Regularization
        let parentScore = gradient * gradient / (hessian + lambda)
        for f in 0..<featureCount {
            let h = histogram + f * maxBins * 3
            var g = 0.0, hs = 0.0, c = 0
            for b in 0..<(bins.binCount(f) - 1) {
                g += h[3 * b]
                hs += h[3 * b + 1]
                c += Int(h[3 * b + 2])
                if c < minSamplesLeaf || hs < HistogramGrower.minimumHessian { continue }
                if count - c < minSamplesLeaf { break }
                let rightHessian = hessian - hs
                if rightHessian < HistogramGrower.minimumHessian { break }
                let rightGradient = gradient - g
                let gain = g * g / (hs + lambda) + rightGradient * rightGradient / (rightHessian + lambda) - parentScore
                if gain > best.gain {
                    best = Split(gain: gain, feature: f, bin: b, leftGradient: g, leftHessian: hs, leftCount: c)
                }
            }
        }
        return best
    }

    /// Stable partition of [start, end): examples whose feature falls in a bin ≤ `bin` first.
    private func partition(_ start: Int, _ end: Int, feature: Int, bin: Int) {
        bins.bins.withUnsafeBufferPointer { allBins in
            guard let column = allBins.baseAddress.map({ $0 + feature * rowCount }) else { return }
            let limit = UInt8(bin)
            var write = start, spilled = 0
            for p in start..<end {
                let i = indices[p]
                if column[Int(i)] <= limit {
                    indices[write] = i
                    write += 1
                } else {
                    spill[spilled] = i
                    spilled += 1
                }
            }
            for s in 0..<spilled { indices[write + s] = spill[s] }
        }
    }
}
