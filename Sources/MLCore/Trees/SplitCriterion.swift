import Foundation

/// What a CART split minimises: the impurity of the two children, weighted by their size.
///
/// - `gini`: 1 − Σₖ pₖ², the chance that two examples drawn from the node disagree (the default,
///   as in scikit-learn);
/// - `entropy`: −Σₖ pₖ log₂ pₖ, in bits;
/// - `squaredError`: the variance of the targets, for regression trees.
public enum SplitCriterion: String, CaseIterable, Sendable, CustomStringConvertible {
    case gini
    case entropy
    case squaredError

    public var description: String { rawValue }

    /// Whether the criterion measures class mixtures (rather than spread of values).
    var isClassification: Bool { self != .squaredError }

    /// The impurity of a node holding class weights `counts` (total `total`).
    public static func impurity(_ criterion: SplitCriterion, classWeights counts: [Double]) -> Double {
        counts.withUnsafeBufferPointer { impurity(criterion, counts: $0, total: $0.reduce(0, +)) }
    }

    /// Gini or entropy of class weights summing to `total` (0 for an empty node).
    static func impurity(_ criterion: SplitCriterion, counts: UnsafeBufferPointer<Double>, total: Double) -> Double {
        guard total > 0 else { return 0 }
        switch criterion {
        case .gini:
            var sum = 0.0
            for c in counts { sum += c * c }
            return 1 - sum / (total * total)
        case .entropy:
            var h = 0.0
            for c in counts where c > 0 {
                let p = c / total
                h -= p * log2(p)
            }
            return h
        case .squaredError:
            return 0
        }
    }

    /// The variance of values whose weighted sum is `sum` and weighted sum of squares `squares`.
    static func variance(sum: Double, squares: Double, total: Double) -> Double {
        guard total > 0 else { return 0 }
        let mean = sum / total
        return Swift.max(squares / total - mean * mean, 0)
    }
}
