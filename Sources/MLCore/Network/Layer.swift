/// One stage of a sequential network: a `Dense` layer or `Dropout`.
///
/// A concrete base class rather than a protocol so the lesson bridge can expose it directly;
/// the training hooks (`train(_:)`, `backward(_:)`) are internal, and every layer computes its
/// own gradients by hand, which is exact and fast.
public class Layer: CustomStringConvertible {
    /// The trainable tensors of this layer (none for dropout).
    public var parameters: [Parameter] { [] }
    /// The number of trainable numbers.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }
    /// The width this layer expects, or nil when it accepts any width.
    public var inputSize: Int? { nil }
    /// The width this layer produces, or nil when it equals its input's.
    public var outputSize: Int? { nil }
    /// The short name used in summaries.
    public var kind: String { "Layer" }

    public var description: String { kind }

    /// The layer's output for `input` in inference mode.
    public func forward(_ input: Tensor) throws -> Tensor { input }

    /// The training forward pass on a batch matrix: caches what `backward` needs.
    func train(_ input: Tensor, generator: inout RandomGenerator) -> Tensor { input }

    /// Given ∂L/∂output of the last `train` call, stores ∂L/∂parameters and returns ∂L/∂input
    /// (skipped, returning an empty tensor, when `needInput` is false).
    func backward(_ outputGradient: Tensor, needInput: Bool) -> Tensor { outputGradient }
}
