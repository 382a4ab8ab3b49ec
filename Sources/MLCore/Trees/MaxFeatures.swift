/// How many features a tree tries at each split (the rest are ignored at that node).
///
/// Trying a random subset at every node decorrelates the trees of a random forest; a single tree
/// tries them all. When every feature tried is constant in a node, further ones are drawn, so a
/// split is found whenever one exists (as scikit-learn does).
public enum MaxFeatures: Equatable, Sendable, CustomStringConvertible {
    /// Every feature (a single tree's default).
    case all
    /// √features, rounded down, at least 1 (a random forest's default).
    case sqrt
    /// log₂ features, rounded down, at least 1.
    case log2
    /// This many features (at most all of them).
    case count(Int)
    /// This fraction of the features, rounded down, at least 1.
    case fraction(Double)

    public var description: String {
        switch self {
        case .all: return ".all"
        case .sqrt: return ".sqrt"
        case .log2: return ".log2"
        case .count(let n): return ".count(\(n))"
        case .fraction(let f): return ".fraction(\(f))"
        }
    }

    /// The number of features to try out of `featureCount`.
    func resolved(featureCount: Int) throws -> Int {
        let n = Double(featureCount)
        switch self {
        case .all: return featureCount
        case .sqrt: return Swift.max(1, Int(n.squareRoot()))
        case .log2: return Swift.max(1, Int(Foundation.log2(n)))
        case .count(let k):
            try require(k >= 1, "maxFeatures must try at least 1 feature, got .count(\(k))")
            return Swift.min(k, featureCount)
        case .fraction(let f):
            try require(f > 0 && f <= 1, "maxFeatures fraction must be in (0, 1], got .fraction(\(f))")
            return Swift.max(1, Int(f * n))
        }
    }
}

import Foundation
