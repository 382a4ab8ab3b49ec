/// What a tree learns to predict: a class per example, or a number.
enum TreeTarget {
    /// Class labels 0..<count.
    case classes([Int32], count: Int)
    /// Real-valued targets (regression).
    case values([Double])

    /// Numbers stored per node: the class fractions, or the mean.
    var width: Int {
        switch self {
        case .classes(_, let count): return count
        case .values: return 1
        }
    }
}

/// A tree fresh from the grower: its nodes and the impurity decrease credited to each feature
/// (already normalised to sum to 1, unless no split decreased anything).
struct GrownTree: Sendable {
    var nodes: TreeNodes
    var importances: [Double]
}

extension GrownTree {
    /// The trees' importances averaged with `weights` (a forest's ones, AdaBoost's says) and
    /// normalised to sum to 1; all zero when no tree split anything.
    static func averageImportances(_ trees: [GrownTree], weights: [Double], featureCount: Int) -> [Double] {
        var total = [Double](repeating: 0, count: featureCount)
        for (tree, weight) in zip(trees, weights) {
            for f in 0..<featureCount { total[f] += weight * tree.importances[f] }
        }
        let sum = total.reduce(0, +)
        return sum > 0 ? total.map { $0 / sum } : total
    }
}
