import MLCore
import Plots

/// A fitted decision tree drawn as the lecture draws one: boxes from the root down, each with its
/// split (or decision), impurity, sample count and class mix.
extension Figure {
    /// The tree diagram of a classification tree, down to `maxDepth` (a node whose subtree is cut
    /// says how many nodes it hides).
    public static func tree(_ tree: DecisionTree, featureNames: [String] = [], classNames: [String] = [],
                            maxDepth: Int = 4, title: String = "") throws -> Figure {
        try diagram(tree.nodes, criterion: tree.criterion, featureNames: featureNames, classNames: classNames,
                    maxDepth: maxDepth, title: title, showsMix: true)
    }

    /// The tree diagram of a regression tree (each leaf shows its mean value).
    public static func tree(_ tree: RegressionTree, featureNames: [String] = [], maxDepth: Int = 4,
                            title: String = "") throws -> Figure {
        try diagram(tree.nodes, criterion: .squaredError, featureNames: featureNames, classNames: [],
                    maxDepth: maxDepth, title: title, showsMix: false)
    }
}

private func diagram(_ nodes: [TreeNode], criterion: SplitCriterion, featureNames: [String], classNames: [String],
                     maxDepth: Int, title: String, showsMix: Bool) throws -> Figure {
    try require(!nodes.isEmpty, "a tree diagram needs a fitted tree; call fit(_:) first")
    try requireCount(maxDepth, in: 0...12, name: "maxDepth")
    // Only nodes down to maxDepth are drawn; they are renumbered in the same (depth-first) order.
    var index: [Int: Int] = [:]
    var kept: [Int] = []
    for (i, node) in nodes.enumerated() where node.depth <= maxDepth {
        index[i] = kept.count
        kept.append(i)
    }
    let diagramNodes = kept.map { i -> TreeDiagramNode in
        let node = nodes[i]
        let stats = node.statistics(criterion: criterion)
        var lines = [node.label(featureNames: featureNames, classNames: classNames), stats.prefix(2).joined(separator: " · ")]
        if stats.count > 2 { lines.append(stats[2]) }
        var children: [Int] = []
        if let left = node.left, let right = node.right {
            if let l = index[left], let r = index[right] {
                children = [l, r]
            } else {
                lines.append("▾ \(subtreeSize(nodes, i) - 1) more nodes")
            }
        }
        return TreeDiagramNode(lines: lines, mix: showsMix ? node.value : [], children: children)
    }
    return .tree(TreeDiagram(nodes: diagramNodes, classNames: showsMix ? classNames : []), title: title)
}

/// The number of nodes in the subtree rooted at `root`, itself included.
private func subtreeSize(_ nodes: [TreeNode], _ root: Int) -> Int {
    var size = 0, stack = [root]
    while let i = stack.popLast() {
        size += 1
        if let l = nodes[i].left, let r = nodes[i].right { stack += [l, r] }
    }
    return size
}
