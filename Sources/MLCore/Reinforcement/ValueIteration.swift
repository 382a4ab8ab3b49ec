/// The Bellman optimality equation solved by iteration, for an environment whose rules are
/// known: Q*(s, a) = r + γ max_a′ Q*(s′, a′) (just r when the step ends the episode), with
/// terminal states worth 0.
///
/// Each sweep applies the right-hand side to every state and action; it is a contraction for
/// γ < 1, so the sweeps converge to the unique solution whatever the start. This is what
/// Q-learning estimates from experience, without knowing the rules.
public enum ValueIteration {
    /// Q*(s, a) for every state (rows) and action, to within `tolerance` (the largest change of
    /// the last sweep).
    public static func qValues(_ environment: TabularEnvironment, discount: Double, tolerance: Double = 1e-12,
                               maxSweeps: Int = 100_000) throws -> [[Double]] {
        try requireDiscount(discount, in: "ValueIteration")
        try require(tolerance > 0, "ValueIteration: tolerance must be > 0, got \(tolerance)")
        try require(maxSweeps >= 1, "ValueIteration: maxSweeps must be ≥ 1, got \(maxSweeps)")
        let states = environment.stateCount, actions = environment.actionCount
        try Tensor.reserve(shape: [states, actions])
        let rules = (0..<states).map { s in (0..<actions).map { environment.outcome(of: $0, in: s) } }
        let terminal = (0..<states).map(environment.isTerminal)
        var q = [[Double]](repeating: [Double](repeating: 0, count: actions), count: states)
        var checkpoints = BudgetCheckpoints(every: 256)
        for _ in 0..<maxSweeps {
            try checkpoints.pass()
            let values = q.map { $0.max() ?? 0 }
            var change = 0.0
            for s in 0..<states where !terminal[s] {
                for a in 0..<actions {
                    let (next, reward, ends) = rules[s][a]
                    let updated = reward + (ends || terminal[next] ? 0 : discount * values[next])
                    change = Swift.max(change, Swift.abs(updated - q[s][a]))
                    q[s][a] = updated
                }
            }
            if change < tolerance { return q }
        }
        throw MLError.invalidArgument("ValueIteration did not converge in \(maxSweeps) sweeps (γ = \(discount); with γ = 1 a loop without cost never settles)")
    }
}
