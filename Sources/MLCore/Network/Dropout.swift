/// Randomly zeroes a fraction `rate` of its inputs during training (inverted dropout).
///
/// Kept units are scaled by 1/(1 − rate) during training so that at inference, when dropout
/// does nothing, the expected activations match.
public final class Dropout: Layer {
    /// The fraction of units dropped in each training step, in [0, 1).
    public let rate: Double

    public init(_ rate: Double) throws {
        try require(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), got \(rate)")
        self.rate = rate
    }

    public override var kind: String { "Dropout" }
    public override var description: String { "Dropout(\(rate))" }

    /// Inference: the input unchanged.
    public override func forward(_ input: Tensor) throws -> Tensor { input }

    override func record(_ input: Tracked, training: Bool, generator: inout RandomGenerator) throws -> Tracked {
        guard training else { return input }
        let keep = 1 - rate
        let mask = (0..<input.value.count).map { _ in generator.uniform() < keep ? 1 / keep : 0 }
        return try input * Tensor(unchecked: input.shape, scalars: mask)
    }
}
