/// One value in a computational graph: a leaf input or the result of an operation.
public struct GraphNode: Equatable, Sendable, Codable {
    /// A unique identifier, referred to by edges.
    public var id: Int
    /// The value's name (may be empty).
    public var label: String
    /// The operation that produced it ("+", "×", "tanh", …); empty for inputs.
    public var op: String
    /// The forward value.
    public var value: Double
    /// The gradient of the output with respect to this value.
    public var grad: Double

    /// Creates a node.
    public init(id: Int, label: String = "", op: String = "", value: Double, grad: Double = 0) {
        self.id = id
        self.label = label
        self.op = op
        self.value = value
        self.grad = grad
    }
}

/// An edge from an operand to the value computed from it.
public struct GraphEdge: Equatable, Sendable, Codable {
    /// The id of the operand (drawn further left).
    public var input: Int
    /// The id of the result (drawn further right).
    public var output: Int

    /// Creates an edge.
    public init(input: Int, output: Int) {
        self.input = input
        self.output = output
    }
}

/// The computational graph of a scalar expression, micrograd style.
///
/// Edges naming unknown ids are ignored; a cycle (which an expression graph cannot have) is
/// broken so that layout still terminates.
public struct GraphFigure: Equatable, Sendable, Codable {
    /// The values.
    public var nodes: [GraphNode]
    /// Operand → result edges.
    public var edges: [GraphEdge]

    /// Creates a graph.
    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
