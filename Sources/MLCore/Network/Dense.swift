/// A fully connected layer: a = f(W·x + b) for every input row x.
///
/// `weights` has shape [outputs, inputs] as in the lecture's W·x (and PyTorch's `nn.Linear`);
/// `bias` has shape [outputs]. Both are readable and settable so a lesson can set the slides'
/// numbers and compute h₁ = f(W₁·x + b₁) step by step.
public final class Dense: Layer {
    let weightParameter: Parameter
    let biasParameter: Parameter
    /// The non-linearity applied after W·x + b.
    public var activation: Activation

    /// Creates a layer from `inputs` to `outputs` units with random weights drawn from `seed`.
    public convenience init(_ inputs: Int, _ outputs: Int, activation: Activation = .identity,
                            initializer: Initializer = .uniform, seed: Int = 0) throws {
        var generator = RandomGenerator(seed: seed)
        try self.init(inputs, outputs, activation: activation, initializer: initializer, generator: &generator)
    }

    /// Creates a layer drawing its weights from `generator`.
    public init(_ inputs: Int, _ outputs: Int, activation: Activation = .identity,
                initializer: Initializer = .uniform, generator: inout RandomGenerator, name: String = "dense") throws {
        try require(inputs > 0 && outputs > 0, "a Dense layer needs at least 1 input and 1 output, got \(inputs) → \(outputs)")
        try Tensor.reserve(shape: [outputs, inputs + 1])
        let (weights, bias) = initializer.parameters(fanIn: inputs, fanOut: outputs, generator: &generator)
        weightParameter = Parameter(name: name + ".weights", value: weights, isWeight: true)
        biasParameter = Parameter(name: name + ".bias", value: bias, isWeight: false)
        self.activation = activation
    }

    /// Creates a layer with the given weights [outputs, inputs] and bias [outputs].
    public init(weights: Tensor, bias: Tensor, activation: Activation = .identity) throws {
        guard weights.rank == 2, bias.rank == 1, bias.count == weights.shape[0] else {
            throw MLError.shapeMismatch("weights \(describe(shape: weights.shape)) need a bias of shape [\(weights.rank == 2 ? weights.shape[0] : 0)], got \(describe(shape: bias.shape))")
        }
        weightParameter = Parameter(name: "dense.weights", value: weights, isWeight: true)
        biasParameter = Parameter(name: "dense.bias", value: bias, isWeight: false)
        self.activation = activation
    }

    /// The weight matrix W, shape [outputs, inputs].
    public var weights: Tensor { weightParameter.value }
    /// The bias vector b, shape [outputs].
    public var bias: Tensor { biasParameter.value }

    /// Replaces W; the shape must stay [outputs, inputs].
    public func setWeights(_ newValue: Tensor) throws {
        guard newValue.shape == weights.shape else {
            throw MLError.shapeMismatch("weights must keep shape \(describe(shape: weights.shape)), got \(describe(shape: newValue.shape))")
        }
        weightParameter.value = newValue
    }

    /// Replaces b; the shape must stay [outputs].
    public func setBias(_ newValue: Tensor) throws {
        guard newValue.count == bias.count else {
            throw MLError.shapeMismatch("bias must keep shape \(describe(shape: bias.shape)), got \(describe(shape: newValue.shape))")
        }
        biasParameter.value = Tensor(unchecked: bias.shape, scalars: newValue.scalars)
    }

    /// ∂L/∂W from the last backward pass.
    public var weightGradient: Tensor { weightParameter.gradient }
    /// ∂L/∂b from the last backward pass.
    public var biasGradient: Tensor { biasParameter.gradient }

    public override var parameters: [Parameter] { [weightParameter, biasParameter] }
    public override var inputSize: Int? { weights.shape[1] }
    public override var outputSize: Int? { weights.shape[0] }
    public override var kind: String { "Dense" }
    public override var description: String {
        "Dense(\(weights.shape[1]) → \(weights.shape[0]), activation: \(activation))"
    }

    /// z = W·x + b for a vector x, or X·Wᵀ + b for a batch matrix X (one example per row).
    public func preActivation(_ input: Tensor) throws -> Tensor {
        let inputs = weights.shape[1]
        if input.rank == 1 {
            guard input.count == inputs else {
                throw MLError.shapeMismatch("this layer takes \(inputs) inputs, got a vector of shape \(describe(shape: input.shape))")
            }
            let batch = Tensor(unchecked: [1, inputs], scalars: input.scalars)
            return Tensor(unchecked: [weights.shape[0]], scalars: affine(batch).scalars)
        }
        guard input.rank == 2, input.shape[1] == inputs else {
            throw MLError.shapeMismatch("this layer takes rows of \(inputs) inputs, got shape \(describe(shape: input.shape))")
        }
        return affine(input)
    }

    /// a = f(W·x + b).
    public override func forward(_ input: Tensor) throws -> Tensor {
        activation(try preActivation(input))
    }

    /// X·Wᵀ + b for a checked batch matrix.
    func affine(_ input: Tensor) -> Tensor { Tensor.affine(input, weights: weights, bias: bias) }

    /// z = X·Wᵀ + b on the tape, with W and b as variables bound to this layer's parameters.
    public func preActivation(_ input: Tracked) throws -> Tracked {
        let tape = input.tape
        return try input.linear(weights: tape.variable(weightParameter), bias: tape.variable(biasParameter))
    }

    /// a = f(X·Wᵀ + b) on the tape, as one fused operation (`Tracked.linear`).
    override func record(_ input: Tracked, training: Bool, generator: inout RandomGenerator) throws -> Tracked {
        let tape = input.tape
        return try input.linear(weights: tape.variable(weightParameter), bias: tape.variable(biasParameter), activation: activation)
    }
}
