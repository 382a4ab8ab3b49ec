/// A reverse-mode tape for tensors: every operation on a `Tracked` tensor appends a node holding
/// its value and the step that carries a gradient back to its inputs; `backward()` walks the nodes
/// from last to first.
///
///     let tape = Tape()
///     let w = tape.variable(try Tensor([[1, 2], [3, 4]]))
///     let x = tape.constant(Tensor([1, -1]))
///     let loss = try w.matmul(x).squared.sum()
///     try loss.backward()
///     print(w.gradient)                   // ∂loss/∂w
///
/// The tensor counterpart of `Value` (micrograd's scalar graph): nodes are appended in the order
/// they are made, so that order is already topological and no sort is needed. Constants, and
/// results computed only from constants, record no backward step at all, so inference through
/// a tape costs the forward maths alone.
///
/// `Dense`, the activations and the losses are built on it; new layers and custom networks
/// (a Q-network, a NAF head) need no hand-written backward pass.
public final class Tape {
    /// One recorded value and how to pass its gradient on.
    struct Node {
        var value: Tensor
        /// Whether a variable lies upstream: only such nodes get gradients.
        var requiresGradient: Bool
        /// Given ∂output/∂(this node), adds each input's share to the tape's gradients.
        var backward: ((Tensor, Tape) throws -> Void)?
    }

    // Unchecked exclusivity, as in `Budget`: every operation reads and appends these, and the
    // run-time access checks of a class's stored properties cost more than a small op's maths.
    @exclusivity(unchecked) var nodes: [Node] = []
    /// ∂output/∂node after `backward`, by node index (nil where no gradient arrived).
    @exclusivity(unchecked) var gradients: [Tensor?] = []
    /// Variables made from parameters: their gradients are written back after `backward`.
    @exclusivity(unchecked) private var bindings: [(index: Int, parameter: Parameter)] = []

    public init() {}

    /// The number of recorded nodes.
    public var count: Int { nodes.count }

    /// A tensor whose gradient `backward()` computes.
    public func variable(_ value: Tensor) -> Tracked {
        append(Node(value: value, requiresGradient: true, backward: nil))
    }

    /// A tensor that takes part in the computation but needs no gradient (inputs, targets).
    public func constant(_ value: Tensor) -> Tracked {
        append(Node(value: value, requiresGradient: false, backward: nil))
    }

    /// A variable holding `parameter`'s value; `backward()` stores its gradient in
    /// `parameter.gradient` (zeros if the output does not depend on it), ready for an optimiser.
    public func variable(_ parameter: Parameter) -> Tracked {
        let tracked = variable(parameter.value)
        bindings.append((tracked.index, parameter))
        return tracked
    }

    /// Forgets every node (keeping the storage) so the tape can record the next batch.
    public func reset() {
        nodes.removeAll(keepingCapacity: true)
        gradients.removeAll(keepingCapacity: true)
        bindings.removeAll(keepingCapacity: true)
    }

    private func append(_ node: Node) -> Tracked {
        nodes.append(node)
        return Tracked(tape: self, index: nodes.count - 1)
    }

    /// Records the result of an operation on `inputs`. `backward` runs only if one of them needs
    /// a gradient; it receives ∂output/∂result and calls `accumulate` for each input that does.
    func record(_ value: Tensor, from a: Tracked, _ b: Tracked? = nil, _ c: Tracked? = nil,
                backward: @escaping (Tensor, Tape) throws -> Void) -> Tracked {
        Budget.noteWork(value.count)
        let requires = nodes[a.index].requiresGradient || (b.map { nodes[$0.index].requiresGradient } ?? false)
            || (c.map { nodes[$0.index].requiresGradient } ?? false)
        return append(Node(value: value, requiresGradient: requires, backward: requires ? backward : nil))
    }

    /// `record` for an operation of any number of inputs.
    func record(_ value: Tensor, fromAll inputs: [Tracked], backward: @escaping (Tensor, Tape) throws -> Void) -> Tracked {
        Budget.noteWork(value.count)
        let requires = inputs.contains { nodes[$0.index].requiresGradient }
        return append(Node(value: value, requiresGradient: requires, backward: requires ? backward : nil))
    }

    /// Adds `gradient` to the gradient of node `index`, if it needs one (the gradient is not even
    /// computed otherwise). The first contribution is stored as it is (no copy); later ones are
    /// added in place.
    ///
    /// Backward steps name their inputs by index, never by `Tracked`: a `Tracked` holds its tape,
    /// so a step that captured one would keep the tape alive through its own nodes forever.
    func accumulate(_ gradient: @autoclosure () throws -> Tensor, into index: Int) rethrows {
        guard nodes[index].requiresGradient else { return }
        let contribution = try gradient()
        if var existing = gradients[index] {
            gradients[index] = nil
            existing.addInPlace(contribution)
            gradients[index] = existing
        } else {
            gradients[index] = contribution
        }
    }

    /// Computes ∂output/∂node for every node that needs one, from the one-element `output`.
    ///
    /// Gradients from an earlier call are discarded first. Checks the cell's budget between nodes.
    public func backward(from output: Tracked) throws {
        guard output.tape === self else { throw MLError.invalidArgument("backward() from a tensor of another tape") }
        guard output.value.count == 1 else {
            throw MLError.shapeMismatch("backward() needs a one-element output (a loss), got shape \(describe(shape: output.value.shape)); sum or average it first")
        }
        gradients.removeAll(keepingCapacity: true)
        gradients.append(contentsOf: repeatElement(Tensor?.none, count: nodes.count))
        gradients[output.index] = Tensor(unchecked: output.value.shape, scalars: [1])
        let budget = Budget.current
        for index in stride(from: output.index, through: 0, by: -1) {
            guard let gradient = gradients[index], let step = nodes[index].backward else { continue }
            try budget?.check()
            try step(gradient, self)
            // Intermediate gradients are kept so a lesson can read them; variables' always are.
        }
        if let exceeded = budget?.exceeded { throw exceeded }
        for (index, parameter) in bindings {
            parameter.gradient = gradient(at: index)
        }
    }

    /// ∂output/∂node from the last `backward`, zeros where no gradient arrived.
    func gradient(at index: Int) -> Tensor {
        if index < gradients.count, let gradient = gradients[index] { return gradient }
        let value = nodes[index].value
        return Tensor(unchecked: value.shape, scalars: Array(repeating: 0, count: value.count))
    }
}

/// A tensor recorded on a `Tape`: the result of `tape.variable(_:)`, `tape.constant(_:)` or an
/// operation on other tracked tensors of the same tape.
///
/// Its operations mirror `Tensor`'s (`+ - * /` with broadcasting, `exp`, `sigmoid`, `matmul`,
/// `sum(axis:)`, …) and each records how to differentiate itself.
public struct Tracked: CustomStringConvertible {
    /// The tape this tensor is recorded on.
    public let tape: Tape
    /// Its position on the tape.
    let index: Int

    /// The tensor's value.
    public var value: Tensor { tape.nodes[index].value }
    /// The shape of the value.
    public var shape: [Int] { tape.nodes[index].value.shape }
    /// ∂output/∂self from the tape's last `backward()` (zeros before it, or if no path leads here).
    public var gradient: Tensor { tape.gradient(at: index) }
    /// Whether a variable lies upstream, so `backward()` computes a gradient for this tensor.
    public var requiresGradient: Bool { tape.nodes[index].requiresGradient }

    /// Back-propagates from this one-element tensor: `tape.backward(from: self)`.
    public func backward() throws { try tape.backward(from: self) }

    public var description: String { "Tracked(\(value))" }

    /// Throws unless `other` is on the same tape (operations cannot mix tapes).
    func sameTape(_ other: Tracked, _ operation: String) throws {
        guard tape === other.tape else {
            throw MLError.invalidArgument("cannot \(operation) tensors recorded on different tapes")
        }
    }
}
