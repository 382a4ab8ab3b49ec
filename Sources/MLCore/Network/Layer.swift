/// One stage of a sequential network: a `Dense` layer or `Dropout`.
///
/// A concrete base class rather than a protocol so the lesson bridge can expose it directly.
/// Training records each layer's forward pass on a `Tape`, which differentiates it: no layer
/// has a backward pass of its own.
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

    /// The layer's output for a tracked batch, recorded on its tape; `generator` draws what
    /// training randomises (dropout masks). Parameters enter as variables bound to themselves,
    /// so the tape's `backward()` fills their gradients.
    func record(_ input: Tracked, training: Bool, generator: inout RandomGenerator) throws -> Tracked { input }
}
