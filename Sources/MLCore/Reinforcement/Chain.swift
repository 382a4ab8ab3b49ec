/// A row of states where only the far end pays: the smallest environment whose optimal values
/// can be written down by hand.
///
///     state:   0 ── 1 ── 2 ──▶ end (+1)
///
/// Actions: 0 moves left (staying put at state 0), 1 moves right; moving right from the last
/// state ends the episode with reward `reward`, every other step gives 0. Episodes start in state
/// 0. With discount γ the Bellman solution for three states is
/// Q*(s, right) = γ^(2−s) and Q*(s, left) = γ · V*(max(s − 1, 0)), V*(s) = γ^(2−s):
/// Q* = [[γ³, γ²], [γ³, γ], [γ², 1]].
public final class Chain: TabularEnvironment, CustomStringConvertible {
    /// The number of states in the row.
    public let length: Int
    /// The reward for leaving the last state to the right.
    public let reward: Double
    public let maxSteps: Int
    public private(set) var state = 0
    private var clock: EpisodeClock

    public init(length: Int = 3, reward: Double = 1, maxSteps: Int = 100) throws {
        try require(length >= 1, "Chain: length must be ≥ 1, got \(length)")
        try require(reward.isFinite, "Chain: reward must be finite, got \(reward)")
        try requireStepLimit(maxSteps, in: "Chain")
        self.length = length
        self.reward = reward
        self.maxSteps = maxSteps
        clock = EpisodeClock(maxSteps: maxSteps, running: true)
    }

    public var stateCount: Int { length }
    public var actionCount: Int { 2 }

    public func isTerminal(_ state: Int) -> Bool { false }

    public func outcome(of action: Int, in state: Int) -> (next: Int, reward: Double, terminal: Bool) {
        if action == 1 {
            return state == length - 1 ? (state, reward, true) : (state + 1, 0, false)
        }
        return (Swift.max(state - 1, 0), 0, false)
    }

    public func reset() -> [Double] {
        state = 0
        clock.start()
        return oneHot(state)
    }

    public func step(_ action: Int) throws -> Transition {
        try step(action, from: &state, clock: &clock, name: "Chain")
    }

    public var description: String { "Chain(length: \(length), reward: \(reward))" }
}
