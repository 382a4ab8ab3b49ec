@testable import MLCore

/// Small data sets whose splits, impurities and boosting weights are worked out by hand in the
/// tests that use them.
enum TreeFixtures {
    /// Seven examples, two features: x₁ = 1…7 with labels 0 0 1 0 1 1 1; x₂ a permutation of 1…7.
    ///
    /// By hand (Gini): the root's best split is x₁ ≤ 4.5 (children [3, 1] and [0, 3], weighted
    /// impurity 3/14); x₂'s best is only 12/35. In the left child, x₂ ≤ 2 separates [0, 1] from [3, 0].
    static func seven() throws -> Dataset {
        let x1: [Double] = [1, 2, 3, 4, 5, 6, 7]
        let x2: [Double] = [5, 3, 1, 7, 2, 6, 4]
        let y: [Double] = [0, 0, 1, 0, 1, 1, 1]
        return try Dataset(features: Tensor(zip(x1, x2).map { [$0, $1] }), targets: Tensor(y))
    }

    /// Two noisy classes in 5 features (the first two informative), `count` examples.
    static func noisy(count: Int, seed: Int) throws -> Dataset {
        var generator = RandomGenerator(seed: seed)
        var rows: [[Double]] = [], labels: [Double] = []
        for _ in 0..<count {
            let row = (0..<5).map { _ in generator.normal() }
            rows.append(row)
            labels.append(row[0] + 0.5 * row[1] + 0.8 * generator.normal() > 0 ? 1 : 0)
        }
        return try Dataset(features: Tensor(rows), targets: Tensor(labels))
    }
}
