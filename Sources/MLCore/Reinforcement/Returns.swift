/// The return: what an agent is trying to maximise, the discounted sum of the rewards to come,
/// G_t = Σ_k γ^k R_{t+k} = R_t + γ G_{t+1}.
///
///     Returns.discounted([1, 1, 1], discount: 0.5)     // 1 + 0.5 + 0.25 = 1.75
///     Returns.perStep([1, 1, 1], discount: 0.5)        // [1.75, 1.5, 1.0]
///
/// `rewards[t]` is the reward R_t for the action at step t. γ = 1 is the plain total (what an
/// episode's "score" is); γ < 1 makes near rewards worth more than far ones.
public enum Returns {
    /// G_0, the return from the first step.
    public static func discounted(_ rewards: [Double], discount: Double) throws -> Double {
        try perStep(rewards, discount: discount).first ?? 0
    }

    /// G_t for every step t, computed backwards by G_t = R_t + γ G_{t+1}.
    public static func perStep(_ rewards: [Double], discount: Double) throws -> [Double] {
        try requireDiscount(discount, in: "Returns")
        var returns = [Double](repeating: 0, count: rewards.count)
        var following = 0.0
        for t in rewards.indices.reversed() {
            following = rewards[t] + discount * following
            returns[t] = following
        }
        return returns
    }

    /// The mean of each `window` consecutive values, one per value from the first on (the first
    /// ones average what there is so far): the smoothed learning curve of noisy episode returns.
    public static func movingAverage(_ values: [Double], window: Int) throws -> [Double] {
        try require(window >= 1, "movingAverage: window must be ≥ 1, got \(window)")
        var averages: [Double] = []
        averages.reserveCapacity(values.count)
        var sum = 0.0
        for (i, value) in values.enumerated() {
            sum += value
            if i >= window { sum -= values[i - window] }
            averages.append(sum / Double(Swift.min(i + 1, window)))
        }
        return averages
    }
}

/// γ must lie in [0, 1].
func requireDiscount(_ discount: Double, in name: String) throws {
    try require(discount >= 0 && discount <= 1, "\(name): discount γ must be in [0, 1], got \(discount)")
}

/// ε must lie in [0, 1].
func requireProbability(_ value: Double, _ parameter: String, in name: String) throws {
    try require(value >= 0 && value <= 1, "\(name): \(parameter) must be in [0, 1], got \(value)")
}
