/// A scalar in a computational graph that remembers how it was computed, micrograd-style.
///
/// Each node keeps its value, its gradient, the operation that made it, its parents and a local
/// backward rule (how its gradient flows to its parents, by the chain rule). `backward()` sorts
/// the graph topologically and applies those rules from the output back to the inputs, which is
/// exactly backpropagation as the lecture draws it on a circuit diagram:
///
///     let x = Value(-2, "x"), y = Value(5, "y"), z = Value(-4, "z")
///     let f = (x + y) * z
///     f.backward()
///     print(x.grad, y.grad, z.grad)   // -4.0 -4.0 3.0
///
/// Values are reference types because a node is shared by every expression that uses it.
public final class Value: CustomStringConvertible {
    /// The number this node holds (the forward pass).
    public var value: Double
    /// ∂output/∂self after `backward()` on some output.
    public var grad: Double = 0
    /// A name to show in graphs (`"x"`, `"w0"`); empty for intermediate nodes unless set.
    public var label: String
    /// The operation that produced this node: `""` for an input, `"+"`, `"*"`, `"exp"`, `"1/x"`, `"+1"`, ….
    public let op: String
    /// The nodes this one was computed from.
    public let parents: [Value]
    /// Adds this node's contribution to its parents' gradients, given its own `grad`.
    private let localBackward: ((Value) -> Void)?

    /// Creates an input (leaf) node.
    public init(_ value: Double, _ label: String = "") {
        self.value = value
        self.label = label
        self.op = ""
        self.parents = []
        self.localBackward = nil
    }

    /// Creates an interior node (internal: use the operators and methods).
    init(_ value: Double, op: String, parents: [Value], backward: @escaping (Value) -> Void) {
        self.value = value
        self.label = ""
        self.op = op
        self.parents = parents
        self.localBackward = backward
    }

    /// The micrograd name for `value`.
    public var data: Double {
        get { value }
        set { value = newValue }
    }

    public var description: String {
        let name = label.isEmpty ? "Value" : "Value \(label)"
        return "\(name)(value: \(value), grad: \(grad))"
    }

    /// Sets this node's label and returns the node, for chaining: `let e = (a * b).named("e")`.
    @discardableResult
    public func named(_ label: String) -> Value {
        self.label = label
        return self
    }

    /// All nodes that this one depends on (itself included), inputs first.
    ///
    /// Iterative depth-first search, so a graph thousands of nodes deep cannot overflow the stack.
    public func topologicalOrder() -> [Value] {
        var order: [Value] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(node: Value, expanded: Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for parent in node.parents.reversed() where !visited.contains(ObjectIdentifier(parent)) {
                stack.append((parent, false))
            }
        }
        return order
    }

    /// Backpropagates from this node: resets every gradient in its graph to 0, sets its own to 1,
    /// then applies each node's local rule in reverse topological order.
    ///
    /// Resetting first means calling `backward()` twice gives the same gradients, not double.
    public func backward() {
        let order = topologicalOrder()
        for node in order { node.grad = 0 }
        grad = 1
        for node in order.reversed() { node.localBackward?(node) }
    }

    /// Sets every gradient in this node's graph to 0.
    public func zeroGrad() {
        for node in topologicalOrder() { node.grad = 0 }
    }
}
