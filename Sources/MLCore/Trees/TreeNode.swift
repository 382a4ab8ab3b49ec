/// One node of a fitted tree, as lessons and figures read it.
public struct TreeNode: Equatable, Sendable {
    /// The feature this node splits on (0-based); nil for a leaf.
    public var feature: Int?
    /// Examples whose feature is ≤ this go to `left`, the others to `right`; nil for a leaf.
    public var threshold: Double?
    /// The index (in `nodes`) of the child for feature ≤ threshold.
    public var left: Int?
    /// The index of the child for feature > threshold.
    public var right: Int?
    /// 0 at the root.
    public var depth: Int
    /// How many training examples reached this node (distinct examples: a bootstrap duplicate
    /// counts once here and twice in `weight`).
    public var samples: Int
    /// The total weight of those examples (their count, unless the fit was weighted).
    public var weight: Double
    /// The node's impurity: Gini, entropy (bits) or the variance of the targets.
    public var impurity: Double
    /// Class fractions of a classification tree's node (summing to 1), or `[mean]` of a
    /// regression tree's.
    public var value: [Double]

    /// Whether the node is a leaf.
    public var isLeaf: Bool { feature == nil }

    /// The split ("x₂ ≤ 0.25", features named x₁, x₂, … unless names are given) or, for a
    /// leaf, its decision ("class 1", or "value 0.73" in a regression tree).
    public func label(featureNames: [String] = [], classNames: [String] = []) -> String {
        TreeText.label(self, featureNames: featureNames, classNames: classNames)
    }

    /// The numbers a tree's text shows for this node: impurity ("gini 0.18"), sample count and,
    /// in a classification tree, the weighted class counts ("[20, 100]").
    public func statistics(criterion: SplitCriterion) -> [String] {
        TreeText.statistics(self, criterion: criterion)
    }
}

extension TreeNodes {
    /// The nodes as lessons see them.
    var publicNodes: [TreeNode] {
        (0..<count).map { i in
            let leaf = feature[i] < 0
            return TreeNode(feature: leaf ? nil : Int(feature[i]), threshold: leaf ? nil : threshold[i],
                            left: leaf ? nil : Int(left[i]), right: leaf ? nil : Int(right[i]),
                            depth: Int(depth[i]), samples: samples[i], weight: weight[i], impurity: impurity[i],
                            value: Array(values[(i * width)..<((i + 1) * width)]))
        }
    }
}
