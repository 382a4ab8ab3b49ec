/// Rosenblatt's perceptron: a step unit ŷ = step(w·x + b) trained by the perceptron rule.
///
/// The rule w ← w + η(y − ŷ)x, b ← b + η(y − ŷ) changes the weights only on mistakes; it finds a
/// separating line whenever one exists (and never settles on XOR, which is the lecture's point).
public final class Perceptron: CustomStringConvertible {
    /// The weight of each input.
    public var weights: Tensor
    /// The threshold, as a bias added to w·x.
    public var bias: Double

    /// A perceptron with `inputs` weights, all zero (or uniform in ±0.5 from `seed`).
    public init(inputs: Int, seed: Int? = nil) throws {
        try require(inputs >= 1, "a perceptron needs at least 1 input, got \(inputs)")
        try Tensor.validate(shape: [inputs])
        if let seed {
            weights = try Tensor.uniform([inputs], low: -0.5, high: 0.5, seed: seed)
        } else {
            weights = Tensor(unchecked: [inputs], scalars: Array(repeating: 0, count: inputs))
        }
        bias = 0
    }

    public var description: String { "Perceptron(weights: \(weights), bias: \(bias))" }

    /// 1 where w·x + b ≥ 0, else 0, for each row of `features` (or one vector).
    public func predict(_ features: Tensor) throws -> Tensor {
        let x = features.rank == 1 ? Tensor(unchecked: [1, features.count], scalars: features.scalars) : features
        guard x.rank == 2, x.shape[1] == weights.count else {
            throw MLError.shapeMismatch("this perceptron takes \(weights.count) inputs, got shape \(describe(shape: features.shape))")
        }
        let outputs = x.rowArrays.map { row -> Double in
            var z = bias
            for (w, value) in zip(weights.scalars, row) { z += w * value }
            return z >= 0 ? 1 : 0
        }
        return Tensor(unchecked: features.rank == 1 ? [] : [outputs.count, 1], scalars: outputs)
    }

    /// Runs the perceptron rule over the examples in order for `epochs` passes (stopping early
    /// once a pass makes no mistake) and returns the number of mistakes in each pass.
    @discardableResult
    public func train(_ data: Dataset, learningRate: Double = 1, epochs: Int) throws -> [Int] {
        try require(epochs >= 0, "epochs must be ≥ 0, got \(epochs)")
        guard data.featureCount == weights.count, data.targetCount == 1 else {
            throw MLError.shapeMismatch("this perceptron takes \(weights.count) inputs and one 0/1 target, got features \(describe(shape: data.features.shape)) and targets \(describe(shape: data.targets.shape))")
        }
        var mistakes: [Int] = []
        let rows = data.features.rowArrays
        for _ in 0..<epochs {
            var count = 0
            for (row, target) in zip(rows, data.targets.scalars) {
                var z = bias
                for (w, value) in zip(weights.scalars, row) { z += w * value }
                let error = (target > 0.5 ? 1.0 : 0.0) - (z >= 0 ? 1.0 : 0.0)
                guard error != 0 else { continue }
                count += 1
                for i in 0..<weights.count { weights.scalars[i] += learningRate * error * row[i] }
                bias += learningRate * error
            }
            mistakes.append(count)
            if count == 0 { break }
        }
        return mistakes
    }
}
