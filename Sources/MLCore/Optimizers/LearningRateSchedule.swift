import Foundation

/// How the learning rate is annealed over the epochs of training.
public enum LearningRateSchedule: Equatable, Sendable, CustomStringConvertible {
    /// The initial rate throughout.
    case constant
    /// Multiply by `factor` every `every` epochs: γₜ = γ₀ · factor^⌊t / every⌋.
    case step(every: Int, factor: Double)
    /// γₜ = γ₀ · e^(−rate·t).
    case exponential(rate: Double)
    /// 1/t decay: γₜ = γ₀ / (1 + rate·t).
    case inverseTime(rate: Double)

    /// The rate for epoch `epoch` (counting from 0) starting from `initial`.
    public func learningRate(initial: Double, epoch: Int) -> Double {
        let t = Double(Swift.max(epoch, 0))
        switch self {
        case .constant: return initial
        case .step(let every, let factor): return initial * Foundation.pow(factor, Double(epoch / Swift.max(every, 1)))
        case .exponential(let rate): return initial * Foundation.exp(-rate * t)
        case .inverseTime(let rate): return initial / (1 + rate * t)
        }
    }

    /// The rates for epochs 0..<epochs, for plotting a schedule.
    public func learningRates(initial: Double, epochs: Int) -> [Double] {
        (0..<Swift.max(epochs, 0)).map { learningRate(initial: initial, epoch: $0) }
    }

    public var description: String {
        switch self {
        case .constant: return "constant"
        case .step(let every, let factor): return "step(every: \(every), factor: \(factor))"
        case .exponential(let rate): return "exponential(rate: \(rate))"
        case .inverseTime(let rate): return "inverseTime(rate: \(rate))"
        }
    }
}
