/// A plain snapshot of a `Value` graph for drawing: nodes with ids and the edges between them.
///
/// Ids are positions in topological order (inputs first), assigned when the snapshot is taken, so
/// two snapshots of the same expression are identical and no global counter is needed.
public struct ComputationGraph: Equatable, Sendable {
    /// One node: what a graph figure prints inside a box.
    public struct Node: Equatable, Sendable {
        public var id: Int
        public var label: String
        public var op: String
        public var value: Double
        public var grad: Double
        /// Ids of the nodes this one was computed from, in operand order.
        public var parents: [Int]
    }

    /// One arrow, from an operand to the node computed from it.
    public struct Edge: Equatable, Sendable {
        public var from: Int
        public var to: Int
    }

    /// Nodes in topological order; the output is last.
    public var nodes: [Node]
    /// Every operand → result arrow.
    public var edges: [Edge] { nodes.flatMap { node in node.parents.map { Edge(from: $0, to: node.id) } } }
}

extension Value {
    /// A snapshot of the graph that computed this value, for figures and for inspection.
    public func graph() -> ComputationGraph {
        let order = topologicalOrder()
        var ids: [ObjectIdentifier: Int] = [:]
        for (index, node) in order.enumerated() { ids[ObjectIdentifier(node)] = index }
        let nodes = order.enumerated().map { index, node in
            ComputationGraph.Node(id: index, label: node.label, op: node.op, value: node.value, grad: node.grad,
                                  parents: node.parents.compactMap { ids[ObjectIdentifier($0)] })
        }
        return ComputationGraph(nodes: nodes)
    }
}
