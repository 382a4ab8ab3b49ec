import Foundation

/// How a layer's starting weights are drawn; the choice decides whether a deep network trains at all.
public enum Initializer: String, CaseIterable, Sendable {
    /// Uniform in ±1/√fan_in for weights and biases, as PyTorch's `nn.Linear` does.
    case uniform
    /// Xavier/Glorot uniform: ±√(6 / (fan_in + fan_out)), biases 0; suits tanh and sigmoid.
    case xavier
    /// He/Kaiming normal: standard deviation √(2 / fan_in), biases 0; suits ReLU.
    case he
    /// All zeros: every unit stays identical, which shows why random starts are needed.
    case zeros

    /// Weights of shape [fanOut, fanIn] and a bias of shape [fanOut].
    func parameters(fanIn: Int, fanOut: Int, generator: inout RandomGenerator) -> (weights: Tensor, bias: Tensor) {
        let count = fanIn * fanOut
        var weights = [Double](repeating: 0, count: count)
        var bias = [Double](repeating: 0, count: fanOut)
        switch self {
        case .uniform:
            let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
            for i in 0..<count { weights[i] = generator.uniform(-bound, bound) }
            for i in 0..<fanOut { bias[i] = generator.uniform(-bound, bound) }
        case .xavier:
            let bound = fanIn + fanOut > 0 ? (6 / Double(fanIn + fanOut)).squareRoot() : 0
            for i in 0..<count { weights[i] = generator.uniform(-bound, bound) }
        case .he:
            let deviation = fanIn > 0 ? (2 / Double(fanIn)).squareRoot() : 0
            for i in 0..<count { weights[i] = generator.normal(mean: 0, standardDeviation: deviation) }
        case .zeros:
            break
        }
        return (Tensor(unchecked: [fanOut, fanIn], scalars: weights), Tensor(unchecked: [fanOut], scalars: bias))
    }
}
