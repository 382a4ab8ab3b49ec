/// One box of a tree diagram: its text, its class mix and its children.
public struct TreeDiagramNode: Equatable, Sendable, Codable {
    /// Text lines, the first drawn bold: the split ("x₁ ≤ 4.5") or a leaf's decision.
    public var lines: [String]
    /// Class fractions drawn as a stacked bar in class colours (empty: no bar).
    public var mix: [Double]
    /// Indices of the children in `TreeDiagram.nodes`, in branch order (the first is "yes").
    public var children: [Int]

    /// Creates a node.
    public init(lines: [String], mix: [Double] = [], children: [Int] = []) {
        self.lines = lines
        self.mix = mix
        self.children = children
    }
}

/// A tree drawn top-down (a decision tree's splits), root first in `nodes`.
///
/// Child indices that are out of range, point back at the root, or repeat a node already placed
/// are ignored, so any input lays out in finite time.
public struct TreeDiagram: Equatable, Sendable, Codable {
    /// The nodes; node 0 is the root.
    public var nodes: [TreeDiagramNode]
    /// The words written on the edges to the first, second, … child ("yes", "no").
    public var branchLabels: [String]
    /// Names of the classes whose fractions the mix bars show, for the legend.
    public var classNames: [String]

    /// Creates a diagram.
    public init(nodes: [TreeDiagramNode], branchLabels: [String] = ["yes", "no"], classNames: [String] = []) {
        self.nodes = nodes
        self.branchLabels = branchLabels
        self.classNames = classNames
    }
}

extension Figure {
    /// A tree diagram figure.
    public static func tree(_ diagram: TreeDiagram, title: String = "") -> Figure {
        Figure(.tree(diagram), title: title)
    }
}
