/// Moves parameters against their gradients; the subclasses are the update rules of `torch.optim`.
///
/// Each rule matches PyTorch's documented algorithm number for number (weight decay added to the
/// gradient first, then the rule's own state), so a lesson can compare with PyTorch output.
/// State (velocities, moments, step counts) is kept per parameter, by its serial number.
public class Optimizer: CustomStringConvertible {
    /// The step size γ; training schedules overwrite it each epoch.
    public var learningRate: Double
    /// L2 weight decay λ added to every gradient as g + λ·θ (PyTorch's `weight_decay`).
    public let weightDecay: Double
    /// The learning rate given at creation, the base for schedules.
    public let initialLearningRate: Double
    var steps: [Int: Int] = [:]

    init(learningRate: Double, weightDecay: Double) {
        self.learningRate = learningRate
        self.initialLearningRate = learningRate
        self.weightDecay = weightDecay
    }

    public var description: String { "Optimizer(learningRate: \(learningRate))" }

    /// Throws if an argument is one `torch.optim` refuses (a negative learning rate, Nesterov
    /// without momentum, …). `fit` and `TestFunction.path` call it before the first step, and
    /// the lesson bridge when the optimiser is made, as PyTorch does; `step` alone does not.
    public func validate() throws {
        try require(learningRate >= 0, "invalid learning rate: \(learningRate) (it must be ≥ 0)")
        try require(weightDecay >= 0, "invalid weight decay: \(weightDecay) (it must be ≥ 0)")
    }

    /// Applies one update to every parameter from its current `gradient`.
    public func step(_ parameters: [Parameter]) {
        for parameter in parameters {
            let key = parameter.serialNumber
            let t = (steps[key] ?? 0) + 1
            steps[key] = t
            let count = parameter.value.count
            parameter.value.scalars.withUnsafeMutableBufferPointer { theta in
                parameter.gradient.scalars.withUnsafeBufferPointer { gradient in
                    update(key: key, step: t, count: count, theta: theta, gradient: gradient)
                }
            }
        }
    }

    /// Forgets all state, as a freshly created optimiser.
    public func reset() {
        steps = [:]
        learningRate = initialLearningRate
        resetState()
    }

    func resetState() {}

    /// One parameter's update (override point).
    func update(key: Int, step: Int, count: Int,
                theta: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>) {}

    /// Per-parameter state buffers of `count` zeros, created on first use.
    static func buffer(_ store: inout [Int: [Double]], _ key: Int, count: Int) -> [Double] {
        // Removing (rather than reading) leaves the array uniquely referenced, so updating it in
        // place does not copy it; the caller stores it back.
        if let existing = store.removeValue(forKey: key), existing.count == count { return existing }
        return [Double](repeating: 0, count: count)
    }
}

/// Stochastic gradient descent, optionally with (Nesterov) momentum, as `torch.optim.SGD`:
///
///     g ← g + λθ;  b ← g (first step) or μb + (1 − τ)g;  g ← g + μb (Nesterov) or b;  θ ← θ − γg
public final class SGD: Optimizer {
    /// μ: how much of the previous velocity is kept.
    public let momentum: Double
    /// τ: how much of the new gradient is damped when it enters the velocity.
    public let dampening: Double
    /// Whether to look ahead along the velocity (Nesterov momentum).
    public let nesterov: Bool
    private var velocity: [Int: [Double]] = [:]

    public init(learningRate: Double = 0.01, momentum: Double = 0, dampening: Double = 0,
                nesterov: Bool = false, weightDecay: Double = 0) {
        self.momentum = momentum
        self.dampening = dampening
        self.nesterov = nesterov
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    public override var description: String {
        momentum == 0 ? "SGD(learningRate: \(learningRate))"
            : "SGD(learningRate: \(learningRate), momentum: \(momentum)\(nesterov ? ", nesterov: true" : ""))"
    }

    override func resetState() { velocity = [:] }

    public override func validate() throws {
        try super.validate()
        try require(momentum >= 0, "invalid momentum: \(momentum) (it must be ≥ 0)")
        if nesterov {
            try require(momentum > 0 && dampening == 0, "Nesterov momentum needs a momentum > 0 and zero dampening, got momentum \(momentum) and dampening \(dampening)")
        }
    }

    override func update(key: Int, step: Int, count: Int,
                         theta: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>) {
        let lr = learningRate, decay = weightDecay
        if momentum == 0 {
            for i in 0..<count { theta[i] -= lr * (gradient[i] + decay * theta[i]) }
            return
        }
        var b = Optimizer.buffer(&velocity, key, count: count)
        let mu = momentum, tau = dampening
        for i in 0..<count {
            var g = gradient[i]
            if decay != 0 { g += decay * theta[i] }
            b[i] = step == 1 ? g : mu * b[i] + (1 - tau) * g
            let direction = nesterov ? g + mu * b[i] : b[i]
            theta[i] -= lr * direction
        }
        velocity[key] = b
    }
}

/// Classic momentum: `SGD` with momentum μ (0.9 by default).
public func Momentum(learningRate: Double = 0.01, momentum: Double = 0.9, weightDecay: Double = 0) -> SGD {
    SGD(learningRate: learningRate, momentum: momentum, weightDecay: weightDecay)
}

/// Nesterov momentum: `SGD` with `nesterov: true`.
public func Nesterov(learningRate: Double = 0.01, momentum: Double = 0.9, weightDecay: Double = 0) -> SGD {
    SGD(learningRate: learningRate, momentum: momentum, nesterov: true, weightDecay: weightDecay)
}

/// Adagrad, as `torch.optim.Adagrad`: per-coordinate steps shrink with the sum of squared gradients.
///
///     γ̃ ← γ / (1 + (t − 1)η);  g ← g + λθ;  s ← s + g²;  θ ← θ − γ̃ g / (√s + ε)
public final class Adagrad: Optimizer {
    /// η: learning-rate decay per step.
    public let learningRateDecay: Double
    /// The starting value of the sum of squares.
    public let initialAccumulator: Double
    public let epsilon: Double
    private var sums: [Int: [Double]] = [:]

    public init(learningRate: Double = 0.01, learningRateDecay: Double = 0, weightDecay: Double = 0,
                initialAccumulator: Double = 0, epsilon: Double = 1e-10) {
        self.learningRateDecay = learningRateDecay
        self.initialAccumulator = initialAccumulator
        self.epsilon = epsilon
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    public override var description: String { "Adagrad(learningRate: \(learningRate))" }
    override func resetState() { sums = [:] }

    public override func validate() throws {
        try super.validate()
        try require(learningRateDecay >= 0, "invalid learning-rate decay: \(learningRateDecay) (it must be ≥ 0)")
        try require(initialAccumulator >= 0, "invalid initial accumulator: \(initialAccumulator) (it must be ≥ 0)")
        try require(epsilon >= 0, "invalid epsilon: \(epsilon) (it must be ≥ 0)")
    }

    override func update(key: Int, step: Int, count: Int,
                         theta: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>) {
        var s = sums.removeValue(forKey: key) ?? [Double](repeating: initialAccumulator, count: count)
        let clr = learningRate / (1 + Double(step - 1) * learningRateDecay)
        for i in 0..<count {
            var g = gradient[i]
            if weightDecay != 0 { g += weightDecay * theta[i] }
            s[i] += g * g
            theta[i] -= clr * g / (s[i].squareRoot() + epsilon)
        }
        sums[key] = s
    }
}

/// RMSprop, as `torch.optim.RMSprop`: steps divided by a running RMS of recent gradients.
///
///     g ← g + λθ;  v ← αv + (1 − α)g²;  ṽ ← v (− ḡ² if centred, ḡ ← αḡ + (1 − α)g);
///     with momentum μ > 0: b ← μb + g/(√ṽ + ε), θ ← θ − γb;  otherwise θ ← θ − γ g/(√ṽ + ε)
public final class RMSprop: Optimizer {
    /// α: the smoothing constant of the running average.
    public let alpha: Double
    public let epsilon: Double
    public let momentum: Double
    /// Whether to normalise by an estimate of the gradient's variance instead of its second moment.
    public let centered: Bool
    private var squares: [Int: [Double]] = [:]
    private var averages: [Int: [Double]] = [:]
    private var buffers: [Int: [Double]] = [:]

    public init(learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8,
                weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false) {
        self.alpha = alpha
        self.epsilon = epsilon
        self.momentum = momentum
        self.centered = centered
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    public override var description: String { "RMSprop(learningRate: \(learningRate), alpha: \(alpha))" }
    override func resetState() { squares = [:]; averages = [:]; buffers = [:] }

    public override func validate() throws {
        try super.validate()
        try require(alpha >= 0, "invalid alpha: \(alpha) (it must be ≥ 0)")
        try require(epsilon >= 0, "invalid epsilon: \(epsilon) (it must be ≥ 0)")
        try require(momentum >= 0, "invalid momentum: \(momentum) (it must be ≥ 0)")
    }

    override func update(key: Int, step: Int, count: Int,
                         theta: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>) {
        var v = Optimizer.buffer(&squares, key, count: count)
        var average = centered ? Optimizer.buffer(&averages, key, count: count) : []
        var b = momentum > 0 ? Optimizer.buffer(&buffers, key, count: count) : []
        for i in 0..<count {
            var g = gradient[i]
            if weightDecay != 0 { g += weightDecay * theta[i] }
            v[i] = alpha * v[i] + (1 - alpha) * g * g
            var scale = v[i]
            if centered {
                average[i] = alpha * average[i] + (1 - alpha) * g
                scale -= average[i] * average[i]
            }
            let denominator = scale.squareRoot() + epsilon
            if momentum > 0 {
                b[i] = momentum * b[i] + g / denominator
                theta[i] -= learningRate * b[i]
            } else {
                theta[i] -= learningRate * g / denominator
            }
        }
        squares[key] = v
        if centered { averages[key] = average }
        if momentum > 0 { buffers[key] = b }
    }
}

/// Adam, as `torch.optim.Adam`: momentum on the gradient and RMS scaling, both bias-corrected.
///
///     g ← g + λθ;  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
///     θ ← θ − (γ / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
public final class Adam: Optimizer {
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    private var moments: [Int: (m: [Double], v: [Double])] = [:]

    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 0) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        super.init(learningRate: learningRate, weightDecay: weightDecay)
    }

    public override var description: String { "Adam(learningRate: \(learningRate))" }
    override func resetState() { moments = [:] }

    public override func validate() throws {
        try super.validate()
        try require(epsilon >= 0, "invalid epsilon: \(epsilon) (it must be ≥ 0)")
        try require(beta1 >= 0 && beta1 < 1, "invalid beta1: \(beta1) (it must be in [0, 1))")
        try require(beta2 >= 0 && beta2 < 1, "invalid beta2: \(beta2) (it must be in [0, 1))")
    }

    override func update(key: Int, step: Int, count: Int,
                         theta: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>) {
        var state = moments.removeValue(forKey: key) ?? ([Double](repeating: 0, count: count), [Double](repeating: 0, count: count))
        if state.m.count != count { state = ([Double](repeating: 0, count: count), [Double](repeating: 0, count: count)) }
        let correction1 = 1 - Foundation.pow(beta1, Double(step))
        let correction2Root = (1 - Foundation.pow(beta2, Double(step))).squareRoot()
        let stepSize = learningRate / correction1
        let b1 = beta1, b2 = beta2, eps = epsilon, decay = weightDecay
        state.m.withUnsafeMutableBufferPointer { m in
            state.v.withUnsafeMutableBufferPointer { v in
                guard let mBase = m.baseAddress, let vBase = v.baseAddress,
                      let tBase = theta.baseAddress, let gBase = gradient.baseAddress else { return }
                // Four lanes at a time (the same arithmetic per element, so the same results):
                // the square root and division dominate and vectorise.
                typealias V = SIMD4<Double>
                let mRaw = UnsafeMutableRawPointer(mBase), vRaw = UnsafeMutableRawPointer(vBase)
                let tRaw = UnsafeMutableRawPointer(tBase), gRaw = UnsafeRawPointer(gBase)
                var i = 0
                while i + 4 <= count {
                    let offset = i * 8
                    let t = tRaw.loadUnaligned(fromByteOffset: offset, as: V.self)
                    var g = gRaw.loadUnaligned(fromByteOffset: offset, as: V.self)
                    if decay != 0 { g += decay * t }
                    let mNew = b1 * mRaw.loadUnaligned(fromByteOffset: offset, as: V.self) + (1 - b1) * g
                    let vNew = b2 * vRaw.loadUnaligned(fromByteOffset: offset, as: V.self) + (1 - b2) * g * g
                    mRaw.storeBytes(of: mNew, toByteOffset: offset, as: V.self)
                    vRaw.storeBytes(of: vNew, toByteOffset: offset, as: V.self)
                    tRaw.storeBytes(of: t - stepSize * mNew / (vNew.squareRoot() / correction2Root + eps),
                                    toByteOffset: offset, as: V.self)
                    i += 4
                }
                while i < count {
                    var g = gradient[i]
                    if decay != 0 { g += decay * theta[i] }
                    m[i] = b1 * m[i] + (1 - b1) * g
                    v[i] = b2 * v[i] + (1 - b2) * g * g
                    theta[i] -= stepSize * m[i] / (v[i].squareRoot() / correction2Root + eps)
                    i += 1
                }
            }
        }
        moments[key] = state
    }
}

import Foundation
