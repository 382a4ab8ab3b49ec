import Synchronization

/// A trainable tensor together with the gradient of the loss with respect to it.
///
/// A reference type so that a layer and an optimiser see the same weights: the optimiser keeps
/// its per-parameter state (momentum, Adam's moments) keyed by the parameter's serial number.
public final class Parameter: CustomStringConvertible {
    /// A name for summaries: `"dense1.weights"`.
    public let name: String
    /// The current value.
    public var value: Tensor
    /// ∂loss/∂value from the last backward pass (same shape as `value`).
    public var gradient: Tensor
    /// Whether L1/L2 penalties and max-norm apply (weights yes, biases no).
    public let isWeight: Bool
    /// A number no other parameter of this process has, or will have: optimisers key their state
    /// by it. (An object's address can be reused once it is freed, so a new model's parameter
    /// could otherwise inherit the moments of a discarded one.)
    let serialNumber: Int

    init(name: String, value: Tensor, isWeight: Bool) {
        self.name = name
        self.value = value
        self.gradient = Tensor(unchecked: value.shape, scalars: Array(repeating: 0, count: value.count))
        self.isWeight = isWeight
        self.serialNumber = Parameter.serialNumbers.add(1, ordering: .relaxed).newValue
    }

    private static let serialNumbers = Atomic<Int>(0)

    /// Creates a free-standing parameter, e.g. a 2-D point for an optimiser to move.
    public convenience init(_ value: Tensor, name: String = "parameter") {
        self.init(name: name, value: value, isWeight: true)
    }

    public var description: String { "Parameter \(name) \(describe(shape: value.shape))" }

    /// Sets the gradient to zero.
    public func zeroGradient() {
        gradient = Tensor(unchecked: value.shape, scalars: Array(repeating: 0, count: value.count))
    }
}
