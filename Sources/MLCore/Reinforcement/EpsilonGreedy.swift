/// ε-greedy action choice, shared by Q-learning and DQN: with probability ε a uniformly random
/// action (exploration), otherwise one of highest value (exploitation).
///
/// Ties among the highest values are broken at random while learning: with all values still
/// equal (at the start) the agent then wanders instead of always taking action 0.
enum EpsilonGreedy {
    /// An action for `values[start ..< start + count]`, drawing from `generator`.
    static func choose(_ values: [Double], from start: Int = 0, count: Int, epsilon: Double,
                       generator: inout RandomGenerator) -> Int {
        if epsilon > 0 && generator.uniform() < epsilon { return generator.integer(below: count) }
        var best = values[start], ties = 0
        var chosen = 0
        for k in 0..<count {
            let value = values[start + k]
            if value > best {
                best = value
                chosen = k
                ties = 1
            } else if value == best {
                // Reservoir sampling: the i-th of i equal maxima replaces the choice with
                // probability 1 / i, so each is equally likely.
                ties += 1
                if ties == 1 || generator.integer(below: ties) == 0 { chosen = k }
            }
        }
        return chosen
    }
}
