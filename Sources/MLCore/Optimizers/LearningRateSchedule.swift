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
    ///
    /// Under a `Budget` that cannot hold `epochs` numbers (or runs out of time while computing
    /// them) the result is empty and the budget's `exceeded` says why.
    public func learningRates(initial: Double, epochs: Int) -> [Double] {
        let count = Swift.max(epochs, 0)
        let budget = Budget.current
        if let budget, (try? budget.allocate(count)) == nil { return [] }
        var rates: [Double] = []
        rates.reserveCapacity(count)
        var checkpoints = BudgetCheckpoints(every: 65_536, budget: budget)
        for epoch in 0..<count {
            guard checkpoints.passIfWithinBudget() else { return [] }
            rates.append(learningRate(initial: initial, epoch: epoch))
        }
        return rates
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
