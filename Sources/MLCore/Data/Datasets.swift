import Foundation

/// Deterministic toy data sets from the lecture: the same seed gives the same points everywhere.
///
/// Binary problems have targets 0/1 in one column; `spirals` and `blobs` with more than two
/// classes have one column of class indices.
public enum Datasets {
    /// Gaussian blobs around `classes` centres spaced on a circle of radius 3: linearly separable
    /// for two classes with a small spread.
    public static func blobs(count: Int, classes: Int = 2, spread: Double = 0.5, seed: Int) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(classes >= 1, "classes must be ≥ 1, got \(classes)")
        try require(spread >= 0, "spread must be ≥ 0, got \(spread)")
        var generator = RandomGenerator(seed: seed)
        var features: [Double] = [], targets: [Double] = []
        for i in 0..<count {
            let label = i % classes
            let angle = Double.pi / 4 + 2 * Double.pi * Double(label) / Double(classes)
            features.append(3 * cos(angle) + generator.normal(mean: 0, standardDeviation: spread))
            features.append(3 * sin(angle) + generator.normal(mean: 0, standardDeviation: spread))
            targets.append(Double(label))
        }
        return shuffled(features, targets, width: 2, seed: &generator)
    }

    /// The XOR problem: four clusters at (±1, ±1) with Gaussian `noise`; label 1 where the signs differ.
    public static func xor(count: Int, noise: Double = 0.25, seed: Int) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(noise >= 0, "noise must be ≥ 0, got \(noise)")
        var generator = RandomGenerator(seed: seed)
        var features: [Double] = [], targets: [Double] = []
        for i in 0..<count {
            let cx: Double = i % 2 == 0 ? 1 : -1
            let cy: Double = (i / 2) % 2 == 0 ? 1 : -1
            features.append(cx + generator.normal(mean: 0, standardDeviation: noise))
            features.append(cy + generator.normal(mean: 0, standardDeviation: noise))
            targets.append(cx * cy < 0 ? 1 : 0)
        }
        return shuffled(features, targets, width: 2, seed: &generator)
    }

    /// The four corners of the XOR truth table: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0.
    public static var xorTable: Dataset {
        Dataset(unchecked: Tensor(unchecked: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1]),
                targets: Tensor(unchecked: [4, 1], scalars: [0, 1, 1, 0]))
    }

    /// Two interleaving half circles (as scikit-learn's `make_moons`): label 0 on the upper moon,
    /// 1 on the lower one, with Gaussian `noise` added to both coordinates.
    public static func moons(count: Int, noise: Double = 0.1, seed: Int) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(noise >= 0, "noise must be ≥ 0, got \(noise)")
        var generator = RandomGenerator(seed: seed)
        let outer = count / 2, inner = count - outer
        var features: [Double] = [], targets: [Double] = []
        for i in 0..<outer {
            let t = outer > 1 ? Double.pi * Double(i) / Double(outer - 1) : 0
            features += [cos(t) + generator.normal(mean: 0, standardDeviation: noise),
                         sin(t) + generator.normal(mean: 0, standardDeviation: noise)]
            targets.append(0)
        }
        for i in 0..<inner {
            let t = inner > 1 ? Double.pi * Double(i) / Double(inner - 1) : 0
            features += [1 - cos(t) + generator.normal(mean: 0, standardDeviation: noise),
                         0.5 - sin(t) + generator.normal(mean: 0, standardDeviation: noise)]
            targets.append(1)
        }
        return shuffled(features, targets, width: 2, seed: &generator)
    }

    /// Two concentric circles (as scikit-learn's `make_circles`): label 0 outside (radius 1),
    /// 1 inside (radius `factor`).
    public static func circles(count: Int, noise: Double = 0.05, factor: Double = 0.5, seed: Int) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(noise >= 0, "noise must be ≥ 0, got \(noise)")
        try require(factor > 0 && factor < 1, "factor must be in (0, 1), got \(factor)")
        var generator = RandomGenerator(seed: seed)
        let outer = count / 2, inner = count - outer
        var features: [Double] = [], targets: [Double] = []
        for (size, radius, label) in [(outer, 1.0, 0.0), (inner, factor, 1.0)] {
            for i in 0..<size {
                let t = 2 * Double.pi * Double(i) / Double(Swift.max(size, 1))
                features += [radius * cos(t) + generator.normal(mean: 0, standardDeviation: noise),
                             radius * sin(t) + generator.normal(mean: 0, standardDeviation: noise)]
                targets.append(label)
            }
        }
        return shuffled(features, targets, width: 2, seed: &generator)
    }

    /// Interleaved spirals, one arm per class (as in CS231n's example), targets are class indices.
    public static func spirals(count: Int, classes: Int = 2, noise: Double = 0.2, seed: Int) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(classes >= 1, "classes must be ≥ 1, got \(classes)")
        try require(noise >= 0, "noise must be ≥ 0, got \(noise)")
        var generator = RandomGenerator(seed: seed)
        var features: [Double] = [], targets: [Double] = []
        for label in 0..<classes {
            let size = count / classes + (label < count % classes ? 1 : 0)
            for i in 0..<size {
                let radius = Double(i) / Double(Swift.max(size - 1, 1))
                let angle = Double(label) * 4 + 4 * radius + generator.normal(mean: 0, standardDeviation: noise)
                features += [radius * sin(angle), radius * cos(angle)]
                targets.append(Double(label))
            }
        }
        return shuffled(features, targets, width: 2, seed: &generator)
    }

    /// A noisy 1-D regression problem: x uniform in `range`, y = sin(2πx) + Gaussian `noise`.
    public static func sine(count: Int, noise: Double = 0.1, range: ClosedRange<Double> = 0...1, seed: Int) throws -> Dataset {
        try function(count: count, noise: noise, range: range, seed: seed) { sin(2 * Double.pi * $0) }
    }

    /// A noisy 1-D regression problem: x uniform in `range`, y = f(x) + Gaussian `noise`, sorted by x.
    public static func function(count: Int, noise: Double = 0.1, range: ClosedRange<Double> = 0...1, seed: Int,
                                _ f: (Double) -> Double) throws -> Dataset {
        try require(count >= 0, "count must be ≥ 0, got \(count)")
        try Tensor.reserve(shape: [count, 3])
        try require(noise >= 0, "noise must be ≥ 0, got \(noise)")
        var generator = RandomGenerator(seed: seed)
        let xs = (0..<count).map { _ in generator.uniform(range.lowerBound, range.upperBound) }.sorted()
        let ys = xs.map { f($0) + generator.normal(mean: 0, standardDeviation: noise) }
        return Dataset(unchecked: Tensor(unchecked: [count, 1], scalars: xs), targets: Tensor(unchecked: [count, 1], scalars: ys))
    }

    /// Rows of width `width` with their labels, in an order shuffled by `generator`.
    private static func shuffled(_ features: [Double], _ targets: [Double], width: Int,
                                 seed generator: inout RandomGenerator) -> Dataset {
        let count = targets.count
        let order = generator.shuffled(Array(0..<count))
        let x = Tensor(unchecked: [count, width], scalars: features).gatherRows(order)
        let y = Tensor(unchecked: [count, 1], scalars: targets).gatherRows(order)
        return Dataset(unchecked: x, targets: y)
    }
}
