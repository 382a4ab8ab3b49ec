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
    public private(set) var parents: [Value]
    /// Adds this node's contribution to its parents' gradients (passed as the second argument),
    /// given its own `grad`.
    private let localBackward: ((Value, [Value]) -> Void)?

    /// Creates an input (leaf) node.
    public init(_ value: Double, _ label: String = "") {
        self.value = value
        self.label = label
        self.op = ""
        self.parents = []
        self.localBackward = nil
    }

    /// Creates an interior node (internal: use the operators and methods).
    init(_ value: Double, op: String, parents: [Value], backward: @escaping (Value, [Value]) -> Void) {
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

    /// Frees a long chain one node at a time: a node referenced only by the node being freed has
    /// its own inputs taken first, so no release recurses into the next (a graph of a million
    /// `v = v + 1` steps would otherwise overflow the stack).
    deinit {
        guard !parents.isEmpty else { return }
        var pending = parents
        parents = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.parents)
                node.parents = []
            }
        }
    }

    /// All nodes that this one depends on (itself included), inputs first.
    ///
    /// Iterative depth-first search, so a graph thousands of nodes deep cannot overflow the stack.
    /// Under a `Budget` that runs out first the order is cut short and the budget's `exceeded`
    /// says why.
    public func topologicalOrder() -> [Value] {
        topologicalOrder(limit: .max)
    }

    /// The first `limit` nodes of the topological order (all of it for a smaller graph): enough to
    /// tell whether a graph is small enough to draw without walking a huge one.
    public func topologicalOrder(limit: Int) -> [Value] {
        var order: [Value] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(node: Value, expanded: Bool)] = [(self, false)]
        var checkpoints = BudgetCheckpoints(every: 4_096)
        while let (node, expanded) = stack.popLast() {
            guard order.count < limit, checkpoints.passIfWithinBudget() else { break }
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
    ///
    /// Under a `Budget` that runs out first, no gradient changes and the budget's `exceeded`
    /// says why.
    public func backward() {
        let order = topologicalOrder()
        if Budget.current?.exceeded != nil { return }
        for node in order { node.grad = 0 }
        grad = 1
        for node in order.reversed() { node.localBackward?(node, node.parents) }
    }

    /// Sets every gradient in this node's graph to 0.
    public func zeroGrad() {
        for node in topologicalOrder() { node.grad = 0 }
    }
}
