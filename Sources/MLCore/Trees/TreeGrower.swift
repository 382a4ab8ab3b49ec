import Foundation

/// Grows CART trees on presorted columns: exact best splits, depth first, without recursion.
///
/// A node's examples occupy the same segment [start, end) of every feature's sorted list, so the
/// best threshold of a feature is one scan of its segment, accumulating the left child's class
/// weights (or target sums) and scoring every boundary between two distinct values. After the
/// split each segment is partitioned stably, left examples first, so both children stay sorted in
/// every feature and no node ever sorts. Cost per tree level: O(features × examples).
///
/// Scores follow scikit-learn's proxies: for Gini, Σₖ Lₖ²/W_L + Σₖ Rₖ²/W_R is largest where the
/// weighted child impurity is smallest; for entropy, −(W_L·H_L + W_R·H_R); for squared error,
/// S_L²/W_L + S_R²/W_R. Thresholds are midpoints between neighbouring values; values closer than
/// 1e-7 count as equal. A grower owns its buffers, so each thread uses its own, one tree at a time.
final class TreeGrower {
    let columns: SortedColumns
    let settings: TreeSettings
    /// Features tried per node.
    let featuresPerSplit: Int

    private let rowCount: Int, featureCount: Int
    private let order: UnsafeMutablePointer<Int32>
    private let sorted: UnsafeMutablePointer<Double>
    private let spill: UnsafeMutablePointer<Int32>
    private let spillValues: UnsafeMutablePointer<Double>
    private let goesLeft: UnsafeMutablePointer<Bool>
    private let weights: UnsafeMutablePointer<Double>
    private let labels: UnsafeMutablePointer<Int32>
    private let targets: UnsafeMutablePointer<Double>
    private let candidates: UnsafeMutablePointer<Int>
    private var classCounts: UnsafeMutablePointer<Double>
    private var leftCounts: UnsafeMutablePointer<Double>
    private var countCapacity = 0
    /// Examples with positive weight in the tree being grown.
    private var active = 0

    /// The smallest gap between two values that a threshold may fall into (scikit-learn's).
    static let featureTolerance = 1e-7

    init(columns: SortedColumns, settings: TreeSettings) throws {
        self.columns = columns
        self.settings = settings
        rowCount = columns.rowCount
        featureCount = columns.featureCount
        featuresPerSplit = try settings.maxFeatures.resolved(featureCount: columns.featureCount)
        let cells = Swift.max(1, rowCount * featureCount)
        order = .allocate(capacity: cells)
        sorted = .allocate(capacity: cells)
        spill = .allocate(capacity: Swift.max(1, rowCount))
        spillValues = .allocate(capacity: Swift.max(1, rowCount))
        goesLeft = .allocate(capacity: Swift.max(1, rowCount))
        weights = .allocate(capacity: Swift.max(1, rowCount))
        labels = .allocate(capacity: Swift.max(1, rowCount))
        targets = .allocate(capacity: Swift.max(1, rowCount))
        candidates = .allocate(capacity: Swift.max(1, featureCount))
        classCounts = .allocate(capacity: 1)
        leftCounts = .allocate(capacity: 1)
    }

    deinit {
        order.deallocate(); sorted.deallocate(); spill.deallocate(); spillValues.deallocate()
        goesLeft.deallocate(); weights.deallocate(); labels.deallocate(); targets.deallocate()
        candidates.deallocate(); classCounts.deallocate(); leftCounts.deallocate()
    }

    /// One pending node: its segment, depth, and where to hang it.
    private struct Pending {
        var start: Int, end: Int, depth: Int, parent: Int, isLeft: Bool
    }

    /// The best split of a node found so far.
    private struct Split {
        var score = -Double.infinity
        var feature = -1
        var leftCount = 0
        var threshold = 0.0
    }

    /// Grows one tree on the examples with positive `weights` (bootstrap counts, boosting
    /// weights, or all ones). `generator` draws the features tried at each node when not all are.
    func grow(_ target: TreeTarget, weights sampleWeights: [Double], generator: inout RandomGenerator) -> GrownTree {
        let n = rowCount, width = target.width
        for i in 0..<n { weights[i] = sampleWeights[i] }
        var classCount = 0
        switch target {
        case .classes(let y, let count):
            classCount = count
            for i in 0..<n { labels[i] = y[i] }
            if countCapacity < count {
                classCounts.deallocate(); leftCounts.deallocate()
                classCounts = .allocate(capacity: count)
                leftCounts = .allocate(capacity: count)
                countCapacity = count
            }
        case .values(let y):
            for i in 0..<n { targets[i] = y[i] }
        }
        fillSegments()

        var nodes = TreeNodes(width: width)
        var importances = [Double](repeating: 0, count: featureCount)
        let value = UnsafeMutableBufferPointer<Double>.allocate(capacity: width)
        defer { value.deallocate() }
        var stack = [Pending(start: 0, end: active, depth: 0, parent: -1, isLeft: false)]
        while let node = stack.popLast() {
            let (total, impurity) = classCount > 0
                ? classStatistics(node.start, node.end, classCount: classCount, value: value)
                : valueStatistics(node.start, node.end, value: value)
            let id = nodes.appendLeaf(depth: node.depth, samples: node.end - node.start, weight: total,
                                      impurity: impurity, value: UnsafeBufferPointer(value))
            if node.parent >= 0 {
                if node.isLeft { nodes.left[node.parent] = Int32(id) } else { nodes.right[node.parent] = Int32(id) }
                importances[Int(nodes.feature[node.parent])] -= total * impurity
            }
            let count = node.end - node.start
            if node.depth >= settings.maxDepth || count < settings.minSamplesSplit
                || count < 2 * settings.minSamplesLeaf || impurity <= Double.ulpOfOne {
                continue
            }
            let split = bestSplit(node.start, node.end, total: total, classCount: classCount, generator: &generator)
            guard split.feature >= 0 else { continue }
            nodes.feature[id] = Int32(split.feature)
            nodes.threshold[id] = split.threshold
            importances[split.feature] += total * impurity
            partition(node.start, node.end, split: split)
            let middle = node.start + split.leftCount
            stack.append(Pending(start: middle, end: node.end, depth: node.depth + 1, parent: id, isLeft: false))
            stack.append(Pending(start: node.start, end: middle, depth: node.depth + 1, parent: id, isLeft: true))
        }
        let sum = importances.reduce(0, +)
        if sum > 0 { for f in importances.indices { importances[f] /= sum } }
        return GrownTree(nodes: nodes, importances: importances)
    }

    /// Copies the examples with positive weight, in sorted order, into every feature's segment.
    private func fillSegments() {
        let n = rowCount
        var m = 0
        for i in 0..<n where weights[i] > 0 { m += 1 }
        active = m
        columns.order.withUnsafeBufferPointer { globalOrder in
            columns.values.withUnsafeBufferPointer { values in
                for f in 0..<featureCount {
                    var k = f * m
                    let source = f * n
                    // Branch-free: write every example, advance only past those in the sample
                    // (a bootstrap leaves out a random third, which no branch predictor guesses).
                    for r in 0..<n {
                        let i = Int(globalOrder[source + r])
                        order[k] = Int32(i)
                        sorted[k] = values[source + i]
                        k += weights[i] > 0 ? 1 : 0
                    }
                }
            }
        }
    }

    /// Fills `classCounts` and the node's class fractions; returns its weight and impurity.
    private func classStatistics(_ start: Int, _ end: Int, classCount: Int,
                                 value: UnsafeMutableBufferPointer<Double>) -> (Double, Double) {
        for k in 0..<classCount { classCounts[k] = 0 }
        var total = 0.0
        for p in start..<end {
            let i = Int(order[p])
            classCounts[Int(labels[i])] += weights[i]
            total += weights[i]
        }
        for k in 0..<classCount { value[k] = total > 0 ? classCounts[k] / total : 0 }
        let impurity = SplitCriterion.impurity(settings.criterion, counts: UnsafeBufferPointer(start: classCounts, count: classCount), total: total)
        return (total, impurity)
    }

    /// The node's weighted mean target; returns its weight and variance (two passes, so a
    /// constant target has exactly zero variance).
    private func valueStatistics(_ start: Int, _ end: Int, value: UnsafeMutableBufferPointer<Double>) -> (Double, Double) {
        var total = 0.0, sum = 0.0
        for p in start..<end {
            let i = Int(order[p])
            total += weights[i]
            sum += weights[i] * targets[i]
        }
        let mean = total > 0 ? sum / total : 0
        var squares = 0.0
        for p in start..<end {
            let i = Int(order[p])
            let d = targets[i] - mean
            squares += weights[i] * d * d
        }
        value[0] = mean
        return (total, total > 0 ? squares / total : 0)
    }

    /// The best split over the features tried at this node; feature −1 when none is valid.
    private func bestSplit(_ start: Int, _ end: Int, total: Double, classCount: Int,
                           generator: inout RandomGenerator) -> Split {
        var best = Split()
        let m = active
        func isConstant(_ f: Int) -> Bool {
            sorted[f * m + end - 1] <= sorted[f * m + start] + TreeGrower.featureTolerance
        }
        if featuresPerSplit >= featureCount {
            for f in 0..<featureCount where !isConstant(f) {
                scan(f, start, end, total: total, classCount: classCount, best: &best)
            }
            return best
        }
        // Fisher–Yates draws until `featuresPerSplit` non-constant features have been scanned.
        for f in 0..<featureCount { candidates[f] = f }
        var tried = 0, drawn = 0
        while drawn < featureCount && tried < featuresPerSplit {
            let pick = drawn + generator.integer(below: featureCount - drawn)
            let f = candidates[pick]
            candidates[pick] = candidates[drawn]
            candidates[drawn] = f
            drawn += 1
            if isConstant(f) { continue }
            tried += 1
            scan(f, start, end, total: total, classCount: classCount, best: &best)
        }
        return best
    }

    /// Scores every boundary of feature `f` in the segment and keeps the best in `best`.
    private func scan(_ f: Int, _ start: Int, _ end: Int, total: Double, classCount: Int, best: inout Split) {
        let base = f * active
        let minLeaf = settings.minSamplesLeaf
        let firstBoundary = start + minLeaf - 1, lastBoundary = end - minLeaf - 1
        guard firstBoundary <= lastBoundary else { return }
        let idx = order + base, x = sorted + base
        let tolerance = TreeGrower.featureTolerance
        var leftWeight = 0.0
        if classCount > 0 {
            for k in 0..<classCount { leftCounts[k] = 0 }
            let entropy = settings.criterion == .entropy
            for p in start..<firstBoundary {
                let i = Int(idx[p])
                leftCounts[Int(labels[i])] += weights[i]
                leftWeight += weights[i]
            }
            for p in firstBoundary...lastBoundary {
                let i = Int(idx[p])
                let w = weights[i]
                leftCounts[Int(labels[i])] += w
                leftWeight += w
                if x[p + 1] <= x[p] + tolerance { continue }
                let rightWeight = total - leftWeight
                guard leftWeight > 0, rightWeight > 0 else { continue }
                var score = 0.0
                if entropy {
                    for k in 0..<classCount {
                        let l = leftCounts[k], r = classCounts[k] - l
                        if l > 0 { score += l * log2(l / leftWeight) }
                        if r > 0 { score += r * log2(r / rightWeight) }
                    }
                } else {
                    var left = 0.0, right = 0.0
                    for k in 0..<classCount {
                        let l = leftCounts[k], r = classCounts[k] - l
                        left += l * l
                        right += r * r
                    }
                    score = left / leftWeight + right / rightWeight
                }
                if score > best.score { best = Split(score: score, feature: f, leftCount: p - start + 1, threshold: midpoint(x[p], x[p + 1])) }
            }
        } else {
            var totalSum = 0.0
            for p in start..<end { let i = Int(idx[p]); totalSum += weights[i] * targets[i] }
            var leftSum = 0.0
            for p in start..<firstBoundary {
                let i = Int(idx[p])
                leftSum += weights[i] * targets[i]
                leftWeight += weights[i]
            }
            for p in firstBoundary...lastBoundary {
                let i = Int(idx[p])
                leftSum += weights[i] * targets[i]
                leftWeight += weights[i]
                if x[p + 1] <= x[p] + tolerance { continue }
                let rightWeight = total - leftWeight
                guard leftWeight > 0, rightWeight > 0 else { continue }
                let rightSum = totalSum - leftSum
                let score = leftSum * leftSum / leftWeight + rightSum * rightSum / rightWeight
                if score > best.score { best = Split(score: score, feature: f, leftCount: p - start + 1, threshold: midpoint(x[p], x[p + 1])) }
            }
        }
    }

    /// The threshold between two neighbouring values: their midpoint, or the lower value when the
    /// midpoint rounds onto the upper one.
    @inline(__always)
    private func midpoint(_ low: Double, _ high: Double) -> Double {
        let t = low / 2 + high / 2
        return t == high || !t.isFinite ? low : t
    }

    /// Reorders every feature's segment stably: the split's left examples first.
    private func partition(_ start: Int, _ end: Int, split: Split) {
        let m = active
        let splitBase = split.feature * m
        for p in start..<end { goesLeft[Int(order[splitBase + p])] = p < start + split.leftCount }
        for g in 0..<featureCount where g != split.feature {
            let idx = order + g * m, x = sorted + g * m
            var write = start, spilled = 0
            // Branch-free: each example is written to both places and only one cursor moves on.
            for p in start..<end {
                let i = idx[p], v = x[p]
                let left = goesLeft[Int(i)] ? 1 : 0
                idx[write] = i
                x[write] = v
                spill[spilled] = i
                spillValues[spilled] = v
                write += left
                spilled += 1 - left
            }
            for s in 0..<spilled {
                idx[write + s] = spill[s]
                x[write + s] = spillValues[s]
            }
        }
    }
}
