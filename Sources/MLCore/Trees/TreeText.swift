import Foundation

/// A fitted tree as indented text, one node per line: the split (or the leaf's decision), then
/// impurity, sample count and class mix.
///
///     x₂ ≤ 0.25  (gini 0.5, 200 samples, [100, 100])
///     ├─ yes: class 0  (gini 0, 80 samples, [80, 0])
///     └─ no: x₁ ≤ -0.5  (gini 0.18, 120 samples, [20, 100])
///        ├─ yes: …
///
/// The first child of a split is the "yes" branch (feature ≤ threshold). Features are named
/// x₁, x₂, … (1-based, as in the lecture's plots) unless names are given.
enum TreeText {
    /// The tree's text, down to `maxDepth` (deeper subtrees are summarised in one line).
    static func render(_ nodes: [TreeNode], criterion: SplitCriterion, featureNames: [String],
                       classNames: [String], maxDepth: Int) -> String {
        guard !nodes.isEmpty else { return "(empty tree)" }
        var lines: [String] = []
        // (node, prefix of its own line, prefix of its children's lines, branch word)
        var stack: [(Int, String, String, String)] = [(0, "", "", "")]
        while let (index, linePrefix, childPrefix, branch) = stack.popLast() {
            let node = nodes[index]
            if node.depth > maxDepth {
                lines.append(linePrefix + branch + "… (a subtree of \(subtreeSize(nodes, index)) nodes, \(subtreeDepth(nodes, index)) deep)")
                continue
            }
            lines.append(linePrefix + branch + label(node, featureNames: featureNames, classNames: classNames)
                         + "  (" + statistics(node, criterion: criterion).joined(separator: ", ") + ")")
            if let left = node.left, let right = node.right {
                stack.append((right, childPrefix + "└─ ", childPrefix + "   ", "no: "))
                stack.append((left, childPrefix + "├─ ", childPrefix + "│  ", "yes: "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "x₂ ≤ 0.25" for a split, "class 1" or "value 0.73" for a leaf.
    static func label(_ node: TreeNode, featureNames: [String], classNames: [String]) -> String {
        if let feature = node.feature, let threshold = node.threshold {
            return "\(featureName(feature, featureNames)) ≤ \(number(threshold, digits: 4))"
        }
        return decision(node, classNames: classNames)
    }

    /// What a node decides: its majority class, or its mean value.
    static func decision(_ node: TreeNode, classNames: [String]) -> String {
        guard node.value.count > 1 else { return "value " + number(node.value.first ?? 0, digits: 4) }
        var best = 0
        for k in node.value.indices where node.value[k] > node.value[best] { best = k }
        return best < classNames.count ? classNames[best] : "class \(best)"
    }

    /// "gini 0.18", "120 samples" and, for classes, "[20, 100]" (the weighted class counts).
    static func statistics(_ node: TreeNode, criterion: SplitCriterion) -> [String] {
        let name = criterion == .squaredError ? "squared error" : criterion.rawValue
        var parts = ["\(name) \(number(node.impurity, digits: 3))", "\(node.samples) sample\(node.samples == 1 ? "" : "s")"]
        if node.value.count > 1 {
            parts.append("[" + node.value.map { number($0 * node.weight, digits: 3) }.joined(separator: ", ") + "]")
        }
        return parts
    }

    /// The name of feature `index`: the given one, or x with a subscript of index + 1.
    static func featureName(_ index: Int, _ names: [String]) -> String {
        if index < names.count { return names[index] }
        let subscripts: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return "x" + String(String(index + 1).compactMap { $0.wholeNumberValue.map { subscripts[$0] } })
    }

    /// A number in at most `digits` significant digits, integers without a decimal point, no
    /// negative zero.
    static func number(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "nan" }
        let rounded = value.rounded()
        if Swift.abs(value - rounded) < 1e-9 * Swift.max(1, Swift.abs(value)), Swift.abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        return String(format: "%.\(digits)g", value)
    }

    private static func subtreeSize(_ nodes: [TreeNode], _ root: Int) -> Int {
        var size = 0, stack = [root]
        while let i = stack.popLast() {
            size += 1
            if let l = nodes[i].left, let r = nodes[i].right { stack += [l, r] }
        }
        return size
    }

    private static func subtreeDepth(_ nodes: [TreeNode], _ root: Int) -> Int {
        var deepest = 0, stack = [root]
        while let i = stack.popLast() {
            deepest = Swift.max(deepest, nodes[i].depth - nodes[root].depth)
            if let l = nodes[i].left, let r = nodes[i].right { stack += [l, r] }
        }
        return deepest
    }
}
