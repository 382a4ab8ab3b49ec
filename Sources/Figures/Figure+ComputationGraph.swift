import MLCore
import Plots

/// The computational graph of a `Value`: each node's value, the operation that made it and, after
/// `backward()`, its gradient — the circuit diagrams of the backpropagation lecture.
extension Figure {
    /// The graph that computed `value`, inputs on the left and `value` on the right.
    ///
    /// Call it after `backward()` to see the gradients; before, they are all 0. Throws for graphs
    /// of more than `maximumGraphNodes` nodes, which no page can show legibly.
    public static func graph(_ value: Value, title: String = "") throws -> Figure {
        // Count at most one node past the limit: a graph of a million nodes is not walked.
        let nodes = value.topologicalOrder(limit: maximumGraphNodes + 1).count
        try requireDrawable(nodes, counted: false)
        return try graph(value.graph(), title: title)
    }

    /// A snapshot taken with `Value.graph()`, drawn as a figure.
    ///
    /// Node ids are the snapshot's (topological order, inputs first); every operand → result pair
    /// becomes an edge. Operations are shown with the lecture's symbols: `*` as ×, `-` as −, and
    /// negation as "−x"; "+1", "1/x", "exp", "tanh" and the others read as they are.
    public static func graph(_ graph: ComputationGraph, title: String = "") throws -> Figure {
        try requireDrawable(graph.nodes.count, counted: true)
        let nodes = graph.nodes.map {
            GraphNode(id: $0.id, label: $0.label, op: displayedOperation($0.op), value: $0.value, grad: $0.grad)
        }
        let edges = graph.edges.map { GraphEdge(input: $0.from, output: $0.to) }
        return .graph(GraphFigure(nodes: nodes, edges: edges), title: title)
    }

    /// The most nodes a graph figure draws: a neuron with a few inputs, not a whole network.
    public static let maximumGraphNodes = 200

    /// Fails for graphs of more than `maximumGraphNodes` nodes; `counted` says whether `nodeCount`
    /// is the whole graph's or stopped one past the limit.
    private static func requireDrawable(_ nodeCount: Int, counted: Bool) throws {
        let shown = counted ? "\(nodeCount)" : "more than \(maximumGraphNodes)"
        try require(nodeCount <= maximumGraphNodes,
                    "the graph has \(shown) nodes, too many to draw legibly (at most \(maximumGraphNodes)); draw a smaller expression, e.g. a single neuron")
    }
}

/// An MLCore op name with the lecture's symbols: "*" → "×", "-" → "−", "neg" → "−x".
func displayedOperation(_ op: String) -> String {
    if op == "neg" { return "−x" }
    return String(op.map { $0 == "*" ? "×" : $0 == "-" ? "−" : $0 })
}
