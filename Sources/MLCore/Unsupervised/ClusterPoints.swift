import Foundation

/// One k-means run's result.
struct LloydRun {
    var centroids: [Double]
    var labels: [Int]
    var inertia: Double
    var iterations: Int
}

/// The examples k-means works on, row-major, with the seeding and Lloyd steps.
struct ClusterPoints {
    let values: [Double]
    let count: Int
    let width: Int

    init(_ features: Tensor) {
        values = features.scalars
        count = features.rowCount
        width = features.columnCount
    }

    /// The mean over features of each feature's variance (scikit-learn scales `tol` by it).
    var meanFeatureVariance: Double {
        var total = 0.0
        for k in 0..<width {
            var mean = 0.0
            for i in 0..<count { mean += values[i * width + k] }
            mean /= Double(count)
            var variance = 0.0
            for i in 0..<count { variance += (values[i * width + k] - mean) * (values[i * width + k] - mean) }
            total += variance / Double(count)
        }
        return total / Double(width)
    }

    private func row(_ i: Int) -> ArraySlice<Double> { values[(i * width)..<((i + 1) * width)] }

    /// The squared distance between example `i` and the point at `p`.
    private func distance(_ i: Int, _ p: UnsafePointer<Double>) -> Double {
        values.withUnsafeBufferPointer { v in
            guard let base = v.baseAddress else { return 0 }
            return squaredDistance(base + i * width, p, width)
        }
    }

    /// The squared distance between examples `i` and `j`.
    private func distance(_ i: Int, _ j: Int) -> Double {
        values.withUnsafeBufferPointer { v in
            guard let base = v.baseAddress else { return 0 }
            return squaredDistance(base + i * width, base + j * width, width)
        }
    }

    /// k distinct examples drawn uniformly.
    func randomSeeds(_ k: Int, _ generator: inout RandomGenerator) -> [Double] {
        var order = Array(0..<count)
        generator.shuffle(&order)
        return order.prefix(k).flatMap { row($0) }
    }

    /// Greedy k-means++: each centroid the best of 2 + ⌊ln k⌋ candidates drawn ∝ D(x)².
    func plusPlusSeeds(_ k: Int, _ generator: inout RandomGenerator) -> [Double] {
        let trials = 2 + Int(log(Double(k)))
        var chosen = [generator.integer(below: count)]
        var closest = (0..<count).map { distance($0, chosen[0]) }
        var potential = closest.reduce(0, +)
        while chosen.count < k {
            var bestCandidate = -1, bestPotential = Double.infinity, bestClosest: [Double] = []
            for _ in 0..<trials {
                let candidate = draw(proportionalTo: closest, total: potential, &generator)
                var updated = closest
                var sum = 0.0
                for i in 0..<count {
                    updated[i] = Swift.min(updated[i], distance(i, candidate))
                    sum += updated[i]
                }
                if sum < bestPotential { bestCandidate = candidate; bestPotential = sum; bestClosest = updated }
            }
            chosen.append(bestCandidate)
            closest = bestClosest
            potential = bestPotential
        }
        return chosen.flatMap { row($0) }
    }

    /// An index drawn with probability weights[i] / total (uniform when every weight is 0:
    /// all examples coincide with a centroid already).
    private func draw(proportionalTo weights: [Double], total: Double, _ generator: inout RandomGenerator) -> Int {
        guard total > 0 else { return generator.integer(below: count) }
        let target = generator.uniform() * total
        var running = 0.0
        for (i, w) in weights.enumerated() {
            running += w
            if running > target { return i }
        }
        return weights.lastIndex(where: { $0 > 0 }) ?? count - 1
    }

    /// Lloyd's algorithm from `start` (k centroids, row-major).
    func lloyd(from start: [Double], clusters k: Int, maxIterations: Int, tolerance: Double) -> LloydRun {
        var centroids = start
        var labels = [Int](repeating: -1, count: count)
        var nearest = [Double](repeating: 0, count: count)
        var iterations = 0
        func assign() -> Bool {
            var changed = false
            centroids.withUnsafeBufferPointer { cb in
                guard let cp = cb.baseAddress else { return }
                for i in 0..<count {
                    var best = 0, bestDistance = distance(i, cp)
                    for c in 1..<k {
                        let d = distance(i, cp + c * width)
                        if d < bestDistance { best = c; bestDistance = d }
                    }
                    if labels[i] != best { labels[i] = best; changed = true }
                    nearest[i] = bestDistance
                }
            }
            return changed
        }
        _ = assign()
        while iterations < maxIterations {
            iterations += 1
            // The update step: each centroid to the mean of its examples.
            var sums = [Double](repeating: 0, count: k * width)
            var sizes = [Int](repeating: 0, count: k)
            for i in 0..<count {
                let c = labels[i]
                sizes[c] += 1
                for f in 0..<width { sums[c * width + f] += values[i * width + f] }
            }
            // An empty cluster takes the example farthest from its own centroid (out of a cluster
            // that keeps at least one other example).
            if sizes.contains(0) {
                let farthest = (0..<count).sorted { nearest[$0] != nearest[$1] ? nearest[$0] > nearest[$1] : $0 < $1 }
                var next = 0
                for c in 0..<k where sizes[c] == 0 {
                    while next < count, sizes[labels[farthest[next]]] < 2 { next += 1 }
                    guard next < count else { break }
                    let far = farthest[next], old = labels[far]
                    next += 1
                    for f in 0..<width {
                        sums[old * width + f] -= values[far * width + f]
                        sums[c * width + f] = values[far * width + f]
                    }
                    sizes[old] -= 1
                    sizes[c] = 1
                    labels[far] = c
                }
            }
            var shift = 0.0
            for c in 0..<k {
                for f in 0..<width {
                    let updated = sizes[c] > 0 ? sums[c * width + f] / Double(sizes[c]) : centroids[c * width + f]
                    shift += (updated - centroids[c * width + f]) * (updated - centroids[c * width + f])
                    centroids[c * width + f] = updated
                }
            }
            let changed = assign()
            if !changed || shift <= tolerance { break }
        }
        return LloydRun(centroids: centroids, labels: labels, inertia: nearest.reduce(0, +), iterations: iterations)
    }
}
