import Foundation

/// The non-linearity a layer applies to its pre-activation z = W·x + b.
public enum Activation: String, CaseIterable, Sendable, CustomStringConvertible {
    /// σ(z) = 1 / (1 + e⁻ᶻ), outputs in (0, 1): a probability.
    case sigmoid
    /// tanh(z), outputs in (−1, 1).
    case tanh
    /// max(0, z).
    case relu
    /// z for z > 0, 0.01·z otherwise: a ReLU whose negative side still learns.
    case leakyRelu
    /// eᶻⁱ / Σⱼ eᶻʲ across each row: a probability distribution over classes.
    case softmax
    /// 1 for z ≥ 0, else 0: the perceptron's threshold (its derivative is 0, so it cannot be trained by gradients).
    case step
    /// z unchanged: a linear output, for regression.
    case identity

    /// The slope of `leakyRelu` for negative inputs.
    public static let leakySlope = 0.01

    public var description: String { rawValue }

    /// The activation of one number (softmax of a single number is 1).
    public func callAsFunction(_ z: Double) -> Double {
        switch self {
        case .sigmoid: return stableSigmoid(z)
        case .tanh: return Foundation.tanh(z)
        case .relu: return MLCore.relu(z)
        case .leakyRelu: return z > 0 ? z : Activation.leakySlope * z
        case .softmax: return 1
        case .step: return z >= 0 ? 1 : 0
        case .identity: return z
        }
    }

    /// The derivative f′(z) of one number (softmax: the diagonal term of its Jacobian, 0 for one class).
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .sigmoid: let s = stableSigmoid(z); return s * (1 - s)
        case .tanh: let t = Foundation.tanh(z); return 1 - t * t
        case .relu: return z > 0 ? 1 : 0
        case .leakyRelu: return z > 0 ? 1 : Activation.leakySlope
        case .softmax, .step: return 0
        case .identity: return 1
        }
    }

    /// The activation of every element (softmax: of every row of a matrix, or of a whole vector).
    public func callAsFunction(_ z: Tensor) -> Tensor {
        var out = z
        applyInPlace(&out)
        return out
    }

    /// Applies the activation to `z` in place; the training hot path.
    func applyInPlace(_ z: inout Tensor) {
        let columns = z.rank >= 2 ? z.shape[z.rank - 1] : z.count
        z.scalars.withUnsafeMutableBufferPointer { v in
            switch self {
            case .sigmoid: if let base = v.baseAddress { VectorKernels.sigmoid(base, into: base, count: v.count) }
            case .tanh: for i in 0..<v.count { v[i] = Foundation.tanh(v[i]) }
            case .relu: reluInPlace(v)
            case .leakyRelu: for i in 0..<v.count { v[i] *= v[i] > 0 ? 1 : Activation.leakySlope }
            case .step: for i in 0..<v.count { v[i] = v[i] >= 0 ? 1 : 0 }
            case .identity: break
            case .softmax:
                guard columns > 0 else { return }
                for start in stride(from: 0, to: v.count, by: columns) {
                    var largest = -Double.infinity
                    for i in start..<(start + columns) { largest = Swift.max(largest, v[i]) }
                    var total = 0.0
                    for i in start..<(start + columns) { v[i] = Foundation.exp(v[i] - largest); total += v[i] }
                    for i in start..<(start + columns) { v[i] /= total }
                }
            }
        }
    }

    /// The activation of every element of a tracked tensor, recorded on its tape.
    public func callAsFunction(_ z: Tracked) -> Tracked {
        switch self {
        case .sigmoid: return z.sigmoid
        case .tanh: return z.tanh
        case .relu: return z.relu
        case .leakyRelu: return z.leakyRelu
        case .softmax: return z.softmax
        // The step's derivative is 0 everywhere it exists: nothing flows back through it.
        case .step: return z.tape.constant(self(z.value))
        case .identity: return z
        }
    }
}

extension Activation {
    /// Whether f′(z) can be written from the output y = f(z) alone: then a layer applies f in
    /// place and its backward step needs neither z nor a separate activation node on the tape.
    /// (Softmax couples a row; the step has no gradient.)
    var differentiatesFromOutput: Bool {
        switch self {
        case .identity, .sigmoid, .tanh, .relu, .leakyRelu: return true
        case .softmax, .step: return false
        }
    }

    /// g ⊙ f′(z) from the incoming gradient g and the output y = f(z), for an activation that
    /// `differentiatesFromOutput`: σ′ = y(1 − y), tanh′ = 1 − y², ReLU′ = [y > 0], and leaky
    /// ReLU's slope from the sign of y (the sign of z, its slope being positive). The identity
    /// returns g itself, uncopied.
    func gradient(_ g: Tensor, output y: Tensor) -> Tensor {
        switch self {
        case .identity, .softmax, .step: return g
        case .sigmoid: return Tensor.zipped(g, y) { g, y in g * y * (1 - y) }
        case .tanh: return Tensor.zipped(g, y) { g, y in g * (1 - y * y) }
        case .relu: return Tensor.zipped(g, y) { g, y in y > 0 ? g : 0 }
        case .leakyRelu:
            let slope = Activation.leakySlope
            return Tensor.zipped(g, y) { g, y in y > 0 ? g : slope * g }
        }
    }
}

/// max(0, x), keeping a NaN as numpy's `maximum(x, 0)` does (`Swift.max(0, .nan)` is 0).
@inline(__always)
func relu(_ x: Double) -> Double { x < 0 ? 0 : x }

/// max(0, x) in place, four at a time: SIMD compares and selects instead of branches, which the
/// random signs of pre-activations would mispredict half the time.
func reluInPlace(_ v: UnsafeMutableBufferPointer<Double>) {
    guard let base = v.baseAddress else { return }
    let raw = UnsafeMutableRawPointer(base)
    var i = 0
    while i + 4 <= v.count {
        let x = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self)
        raw.storeBytes(of: x.replacing(with: 0, where: x .< 0), toByteOffset: i * 8, as: SIMD4<Double>.self)
        i += 4
    }
    while i < v.count { if v[i] < 0 { v[i] = 0 }; i += 1 }
}
