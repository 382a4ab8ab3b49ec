import Foundation

/// The γ of an RBF or polynomial kernel: a number, or a rule that reads it off the training data.
///
/// `.scale` (scikit-learn's default) is 1 / (features × variance of all feature values), so the
/// kernel does not change when the data is rescaled; `.auto` is 1 / features. A literal works
/// too: `.rbf(gamma: 0.5)`.
public enum KernelGamma: Equatable, Sendable, CustomStringConvertible, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case scale
    case auto
    case value(Double)

    public init(floatLiteral value: Double) { self = .value(value) }
    public init(integerLiteral value: Int) { self = .value(Double(value)) }

    /// γ for a training set of `features` (a matrix [examples, width]).
    func resolved(for features: Tensor) -> Double {
        switch self {
        case .value(let gamma): return gamma
        case .auto: return 1 / Double(Swift.max(features.columnCount, 1))
        case .scale:
            let x = features.scalars
            guard !x.isEmpty else { return 1 }
            let mean = x.reduce(0, +) / Double(x.count)
            let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count)
            // scikit-learn: a constant data set (variance 0) gets γ = 1.
            return variance > 0 ? 1 / (Double(features.columnCount) * variance) : 1
        }
    }

    public var description: String {
        switch self {
        case .scale: return "scale"
        case .auto: return "auto"
        case .value(let gamma): return "\(gamma)"
        }
    }
}

/// A kernel k(x, x′): the inner product of two examples after some feature map φ, computed
/// without building φ (the kernel trick).
///
/// | kernel | k(x, x′) | φ |
/// |---|---|---|
/// | `.linear` | x·x′ | x itself |
/// | `.polynomial(degree: d, gamma: γ, coef0: r)` | (γ x·x′ + r)^d | all monomials up to degree d |
/// | `.rbf(gamma: γ)` | exp(−γ‖x − x′‖²) | infinitely many features |
/// | `.custom(name:_:)` | any function of the two examples | whatever the function implies |
/// | `.precomputed` | the features *are* the kernel values | the Gram matrix is given |
///
/// A custom kernel is the hook for kernels MLCore does not know, e.g. a quantum kernel
/// |⟨φ(x)|φ(x′)⟩|². It must be symmetric and positive semi-definite, as every kernel must; the
/// solver still terminates when it is not, but the result then has no margin to speak of.
/// With `.precomputed`, `fit` takes the n × n matrix K[i][j] = k(xᵢ, xⱼ) of the training examples
/// as its features and `predict` an m × n matrix of k(new example, training example).
public struct Kernel: CustomStringConvertible, @unchecked Sendable {
    /// The kernel's formula; γ is kept apart because `.scale` depends on the training data.
    enum Form {
        case linear
        case polynomial(degree: Int, coef0: Double)
        case rbf
        case custom(name: String, function: ([Double], [Double]) throws -> Double)
        case precomputed
    }

    let form: Form
    /// γ of the RBF and polynomial kernels (unused by the others).
    public let gamma: KernelGamma

    /// k(x, x′) = x·x′: a separating hyperplane in the original features.
    public static var linear: Kernel { Kernel(form: .linear, gamma: .value(1)) }

    /// k(x, x′) = (γ x·x′ + coef0)^degree (scikit-learn's defaults: degree 3, γ "scale", coef0 0).
    public static func polynomial(degree: Int = 3, gamma: KernelGamma = .scale, coef0: Double = 0) -> Kernel {
        Kernel(form: .polynomial(degree: degree, coef0: coef0), gamma: gamma)
    }

    /// k(x, x′) = exp(−γ‖x − x′‖²), the Gaussian or radial basis function kernel.
    public static func rbf(gamma: KernelGamma = .scale) -> Kernel { Kernel(form: .rbf, gamma: gamma) }

    /// Any symmetric, positive semi-definite function of two examples (given as arrays).
    public static func custom(name: String = "custom", _ function: @escaping ([Double], [Double]) throws -> Double) -> Kernel {
        Kernel(form: .custom(name: name, function: function), gamma: .value(1))
    }

    /// The features are kernel values already: row i holds k(xᵢ, xⱼ) for every training example j.
    public static var precomputed: Kernel { Kernel(form: .precomputed, gamma: .value(1)) }

    /// Whether the features are a precomputed Gram matrix.
    public var isPrecomputed: Bool { if case .precomputed = form { return true }; return false }

    /// Whether the kernel is x·x′, so that the weight vector w exists in the original features.
    public var isLinear: Bool { if case .linear = form { return true }; return false }

    public var description: String {
        switch form {
        case .linear: return "linear"
        case .polynomial(let degree, let coef0): return "polynomial(degree: \(degree), gamma: \(gamma), coef0: \(coef0))"
        case .rbf: return "rbf(gamma: \(gamma))"
        case .custom(let name, _): return name
        case .precomputed: return "precomputed"
        }
    }

    /// Throws for settings no kernel can have, naming the model.
    func validate(model: String) throws {
        if case .value(let g) = gamma {
            try require(g.isFinite && g > 0, "\(model): the kernel's gamma must be a positive number, got \(g)")
        }
        if case .polynomial(let degree, let coef0) = form {
            try require(degree >= 1 && degree <= 100, "\(model): a polynomial kernel's degree must be between 1 and 100, got \(degree)")
            try require(coef0.isFinite, "\(model): a polynomial kernel's coef0 must be finite, got \(coef0)")
        }
    }

    /// k(x, x′) for two examples of the same width, with γ already resolved.
    func value(_ x: [Double], _ y: [Double], gamma: Double) throws -> Double {
        try require(x.count == y.count, "a kernel needs two examples of the same width, got \(x.count) and \(y.count)")
        switch form {
        case .linear:
            return dotProduct(x, y)
        case .polynomial(let degree, let coef0):
            return integerPower(gamma * dotProduct(x, y) + coef0, degree)
        case .rbf:
            var distance = 0.0
            for (a, b) in zip(x, y) { distance += (a - b) * (a - b) }
            return exp(-gamma * distance)
        case .custom(_, let function):
            let k = try function(x, y)
            try require(k.isFinite, "the custom kernel returned \(k); a kernel value must be finite")
            return k
        case .precomputed:
            throw MLError.invalidArgument("a precomputed kernel has no formula: its values are the features themselves")
        }
    }

    /// k(x, x′) for two examples, γ as given (`.scale` and `.auto` need the data, so they count as 1 / width).
    public func value(_ x: [Double], _ y: [Double]) throws -> Double {
        let g: Double
        switch gamma {
        case .value(let value): g = value
        case .scale, .auto: g = 1 / Double(Swift.max(x.count, 1))
        }
        return try value(x, y, gamma: g)
    }

    /// The Gram matrix K[i][j] = k(aᵢ, bⱼ) of the rows of `a` and `b`, γ resolved on `a` (or given).
    public func matrix(_ a: Tensor, _ b: Tensor, gamma: Double? = nil) throws -> Tensor {
        try require(a.rank == 2 && b.rank == 2 && a.columnCount == b.columnCount,
                    "a Gram matrix needs two matrices of the same width, got shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape))")
        let kernel = try KernelRows(kernel: self, features: b, gamma: gamma ?? self.gamma.resolved(for: a))
        var out = [Double](repeating: 0, count: a.rowCount * b.rowCount)
        try out.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for i in 0..<a.rowCount {
                try kernel.row(against: Array(a.scalars[(i * a.columnCount)..<((i + 1) * a.columnCount)]), into: base + i * b.rowCount)
            }
        }
        return Tensor(unchecked: [a.rowCount, b.rowCount], scalars: out)
    }
}

/// xⁿ for a small whole n, by repeated squaring.
@inline(__always)
func integerPower(_ x: Double, _ n: Int) -> Double {
    var result = 1.0, base = x, e = n
    while e > 0 {
        if e & 1 == 1 { result *= base }
        base *= base
        e >>= 1
    }
    return result
}

/// x·y of two arrays.
@inline(__always)
func dotProduct(_ x: [Double], _ y: [Double]) -> Double {
    x.withUnsafeBufferPointer { a in
        y.withUnsafeBufferPointer { b in
            guard let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
            return dotProduct(pa, pb, Swift.min(a.count, b.count))
        }
    }
}

/// The dot product of `count` doubles, eight lanes at a time in two accumulators (the order is
/// fixed, so it is deterministic).
@inline(__always)
func dotProduct(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
    var even = SIMD4<Double>(), odd = SIMD4<Double>()
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    let stride = MemoryLayout<Double>.stride
    var k = 0
    while k + 8 <= count {
        even += ra.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
            * rb.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
        odd += ra.loadUnaligned(fromByteOffset: (k + 4) * stride, as: SIMD4<Double>.self)
            * rb.loadUnaligned(fromByteOffset: (k + 4) * stride, as: SIMD4<Double>.self)
        k += 8
    }
    if k + 4 <= count {
        even += ra.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
            * rb.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
        k += 4
    }
    var sum = (even + odd).sum()
    while k < count {
        sum += a[k] * b[k]
        k += 1
    }
    return sum
}
