/// A network that applies its layers one after another; `MLP` builds the common case.
///
///     let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
///     print(model.parameterCount)    // 337
public final class Sequential: CustomStringConvertible {
    /// The layers, input side first.
    public private(set) var layers: [Layer]
    /// The tape training records each batch on, reset between batches so its storage is reused.
    private let trainingTape = Tape()

    /// Chains `layers`; each Dense layer's input width must match the previous Dense layer's output.
    public init(_ layers: [Layer]) throws {
        var width: Int?
        for (index, layer) in layers.enumerated() {
            if let expected = layer.inputSize, let width, expected != width {
                throw MLError.shapeMismatch("layer \(index) (\(layer)) takes \(expected) inputs but the layer before it gives \(width)")
            }
            width = layer.outputSize ?? width
        }
        self.layers = layers
    }

    /// A multi-layer perceptron: Dense layers of the given widths (`[inputs, hidden…, outputs]`),
    /// `activation` on the hidden layers, `output` on the last, optional dropout after each hidden
    /// layer, weights drawn from `seed`.
    public convenience init(_ sizes: [Int], activation: Activation = .relu, output: Activation = .identity,
                            dropout: Double = 0, initializer: Initializer = .uniform, seed: Int = 0) throws {
        try require(sizes.count >= 2, "an MLP needs at least an input and an output size, got \(sizes)")
        for size in sizes where size <= 0 { throw MLError.invalidArgument("layer sizes must be ≥ 1, got \(sizes)") }
        var generator = RandomGenerator(seed: seed)
        var layers: [Layer] = []
        for index in 0..<(sizes.count - 1) {
            let last = index == sizes.count - 2
            layers.append(try Dense(sizes[index], sizes[index + 1], activation: last ? output : activation,
                                    initializer: initializer, generator: &generator, name: "dense\(index + 1)"))
            if !last && dropout > 0 { layers.append(try Dropout(dropout)) }
        }
        try self.init(layers)
    }

    /// The Dense layers only, in order (what a lesson means by "layer 1, layer 2, …").
    public var denseLayers: [Dense] { layers.compactMap { $0 as? Dense } }
    /// Every trainable parameter, input side first.
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }
    /// The number of trainable numbers (weights and biases).
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    /// The input width, if the network has a Dense layer.
    public var inputSize: Int? { layers.lazy.compactMap(\.inputSize).first }

    public var description: String {
        "Sequential(" + layers.map(\.description).joined(separator: ", ") + ")"
    }

    /// A table of layers, output shapes and parameter counts, Keras-style.
    public var summary: String {
        var rows: [(String, String, String)] = [("Layer", "Output", "Parameters")]
        var width = inputSize ?? 0
        for (index, layer) in layers.enumerated() {
            width = layer.outputSize ?? width
            let name: String
            if let dense = layer as? Dense { name = "\(index + 1). Dense \(dense.weights.shape[1]) → \(dense.weights.shape[0]), \(dense.activation)" }
            else { name = "\(index + 1). \(layer)" }
            rows.append((name, "[\(width)]", "\(layer.parameterCount)"))
        }
        let first = rows.map(\.0.count).max() ?? 0, second = rows.map(\.1.count).max() ?? 0, third = rows.map(\.2.count).max() ?? 0
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: n - s.count) }
        func padLeft(_ s: String, _ n: Int) -> String { String(repeating: " ", count: n - s.count) + s }
        var lines = rows.map { pad($0.0, first) + "  " + pad($0.1, second) + "  " + padLeft($0.2, third) }
        let rule = String(repeating: "─", count: first + second + third + 4)
        lines.insert(rule, at: 1)
        lines.append(rule)
        lines.append("Total parameters: \(parameterCount)")
        return lines.joined(separator: "\n")
    }

    /// The network's output for `input` (a batch matrix, one example per row, or one vector).
    public func predict(_ input: Tensor) throws -> Tensor {
        var x = input
        for layer in layers { x = try layer.forward(x) }
        return x
    }

    /// Predicted class labels: `output ≥ threshold` for one output, the largest output otherwise.
    /// `classify(_:)` (the `Classifier` requirement) picks the threshold from the output layer.
    public func classify(_ input: Tensor, threshold: Double) throws -> [Int] {
        Metrics.labels(try predict(input), threshold: threshold)
    }

    /// The same as `predict`: the forward pass.
    public func forward(_ input: Tensor) throws -> Tensor { try predict(input) }

    /// The input followed by every layer's output, for following a forward pass step by step.
    public func activations(_ input: Tensor) throws -> [Tensor] {
        var outputs = [input]
        for layer in layers { outputs.append(try layer.forward(outputs[outputs.count - 1])) }
        return outputs
    }

    /// The mean loss and the accuracy on `data` in inference mode (no dropout).
    public func evaluate(_ data: Dataset, loss: Loss) throws -> (loss: Double, accuracy: Double) {
        let predictions = try predict(data.features)
        return (try loss.value(predictions, data.targets), try loss.accuracy(predictions, data.targets))
    }

    /// The fraction of `data` classified correctly (threshold 0.5 for one output, argmax otherwise).
    public func accuracy(on data: Dataset) throws -> Double {
        try Metrics.accuracy(try predict(data.features), data.targets)
    }

    /// Checks that `data` fits this network's input width, naming both shapes if not.
    func validate(_ data: Dataset) throws {
        if let width = inputSize, width != data.featureCount {
            throw MLError.shapeMismatch("the network takes \(width) inputs but the data has \(data.featureCount) features (shape \(describe(shape: data.features.shape)))")
        }
    }

    /// The forward pass recorded on `input`'s tape (inference mode: dropout does nothing), with
    /// every weight and bias a variable bound to its parameter. A network inside a larger
    /// computation — a Q-network's head, a custom loss — then trains by the tape's `backward()`.
    public func forward(_ input: Tracked) throws -> Tracked {
        var generator = RandomGenerator(seed: 0)
        var x = input
        for layer in layers { x = try layer.record(x, training: false, generator: &generator) }
        return x
    }

    /// Forward and backward on one batch, on a tape: fills every parameter's `gradient` and
    /// returns the batch's loss and predictions. A sigmoid output with binary cross-entropy, and
    /// a softmax output with categorical cross-entropy, take the loss on the logits (one
    /// operation whose gradient is p − y), which is both exact and stable.
    func computeGradients(_ x: Tensor, _ y: Tensor, loss: Loss, generator: inout RandomGenerator) throws -> (loss: Double, predictions: Tensor) {
        let tape = trainingTape
        tape.reset()
        defer { tape.reset() }   // the batch's tensors are not kept past the step
        var activation = tape.constant(x)
        var lossNode: Tracked
        var predictions: Tensor
        if let last = layers.last as? Dense, let logitsLoss = loss.onLogits(of: last.activation) {
            for layer in layers.dropLast() { activation = try layer.record(activation, training: true, generator: &generator) }
            let z = try last.preActivation(activation)
            lossNode = try logitsLoss.value(z, y)
            predictions = last.activation(z.value)
        } else {
            for layer in layers { activation = try layer.record(activation, training: true, generator: &generator) }
            lossNode = try loss.value(activation, y)
            predictions = activation.value
        }
        try lossNode.backward()
        return (lossNode.value.scalars[0], predictions)
    }

    /// ∂loss/∂parameter for every parameter (in `parameters` order) on the whole of `data`,
    /// by backpropagation; also stored in each parameter's `gradient`. For gradient checks.
    public func gradients(_ data: Dataset, loss: Loss) throws -> [Tensor] {
        try validate(data)
        var generator = RandomGenerator(seed: 0)
        _ = try computeGradients(data.features, data.targets, loss: loss, generator: &generator)
        return parameters.map(\.gradient)
    }
}

/// `MLP([2, 16, 1], activation: .relu, output: .sigmoid, seed: 1)` reads as the lecture names it.
public typealias MLP = Sequential
