/// Randomly zeroes a fraction `rate` of its inputs during training (inverted dropout).
///
/// Kept units are scaled by 1/(1 − rate) during training so that at inference, when dropout
/// does nothing, the expected activations match.
public final class Dropout: Layer {
    /// The fraction of units dropped in each training step, in [0, 1).
    public let rate: Double
    private var mask: [Double] = []

    public init(_ rate: Double) throws {
        try require(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), got \(rate)")
        self.rate = rate
    }

    public override var kind: String { "Dropout" }
    public override var description: String { "Dropout(\(rate))" }

    /// Inference: the input unchanged.
    public override func forward(_ input: Tensor) throws -> Tensor { input }

    override func train(_ input: Tensor, generator: inout RandomGenerator) -> Tensor {
        let keep = 1 - rate
        mask = (0..<input.count).map { _ in generator.uniform() < keep ? 1 / keep : 0 }
        var output = input
        for i in 0..<output.count { output.scalars[i] *= mask[i] }
        return output
    }

    override func backward(_ outputGradient: Tensor, needInput: Bool) -> Tensor {
        var gradient = outputGradient
        for i in 0..<gradient.count { gradient.scalars[i] *= mask[i] }
        return gradient
    }
}
