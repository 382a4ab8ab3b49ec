/// Tabular Q-learning (Watkins 1989): a table of action values Q(s, a), learned from experience
/// alone by the update
///
///     Q(s, a) ← Q(s, a) + α (r + γ max_a′ Q(s′, a′) − Q(s, a))
///
/// where the target r + γ max Q(s′, ·) is just r after a terminal transition. Actions are chosen
/// ε-greedily (see `EpsilonGreedy`). Q-learning is off-policy: whatever the exploration, the
/// table moves towards the values of the greedy policy, the solution of the Bellman optimality
/// equation, so in a deterministic world with enough episodes it reaches `ValueIteration`'s Q*.
///
///     let world = try GridWorld.standard()
///     let agent = try QLearning(for: world, learningRate: 0.5, discount: 0.9, epsilon: 0.2, seed: 1)
///     let returns = try agent.train(on: world, episodes: 300)
///     print(agent.greedyPolicy)
///
/// The table starts at 0. The random stream (exploration, ties) is seeded once, at creation, so a
/// sequence of `train` calls gives the same table every time.
public final class QLearning: CustomStringConvertible {
    public let stateCount: Int
    public let actionCount: Int
    /// α: how far each update moves Q(s, a) towards its target.
    public let learningRate: Double
    /// γ: what a reward one step later is worth now.
    public let discount: Double
    /// ε: the probability of a random action while learning.
    public let epsilon: Double
    public let seed: Int
    /// Q(s, a), row by row: `table[s * actionCount + a]`.
    private var table: [Double]
    private var generator: RandomGenerator
    /// The return (total reward, γ = 1) of every training episode so far.
    public private(set) var episodeReturns: [Double] = []
    /// The updates made so far (one per step).
    public private(set) var updates = 0

    public init(states: Int, actions: Int, learningRate: Double = 0.1, discount: Double = 0.99,
                epsilon: Double = 0.1, seed: Int = 0) throws {
        try require(states >= 1, "QLearning: states must be ≥ 1, got \(states)")
        try require(actions >= 1, "QLearning: actions must be ≥ 1, got \(actions)")
        try require(learningRate > 0 && learningRate <= 1, "QLearning: learningRate α must be in (0, 1], got \(learningRate)")
        try requireDiscount(discount, in: "QLearning")
        try requireProbability(epsilon, "epsilon ε", in: "QLearning")
        try Tensor.reserve(shape: [states, actions])
        stateCount = states
        actionCount = actions
        self.learningRate = learningRate
        self.discount = discount
        self.epsilon = epsilon
        self.seed = seed
        table = [Double](repeating: 0, count: states * actions)
        generator = RandomGenerator(seed: seed)
    }

    /// A table sized for `environment`'s states and actions.
    public convenience init(for environment: TabularEnvironment, learningRate: Double = 0.1, discount: Double = 0.99,
                            epsilon: Double = 0.1, seed: Int = 0) throws {
        try self.init(states: environment.stateCount, actions: environment.actionCount, learningRate: learningRate,
                      discount: discount, epsilon: epsilon, seed: seed)
    }

    /// Q(s, a) as rows of actions, one row per state.
    public var qValues: [[Double]] {
        (0..<stateCount).map { Array(table[($0 * actionCount)..<(($0 + 1) * actionCount)]) }
    }

    /// V(s) = max_a Q(s, a) for every state.
    public var stateValues: [Double] {
        (0..<stateCount).map { s in table[(s * actionCount)..<((s + 1) * actionCount)].max() ?? 0 }
    }

    /// The greedy action of every state (ties: the lowest action).
    public var greedyPolicy: [Int] {
        (0..<stateCount).map { argmax(table, from: $0 * actionCount, count: actionCount) }
    }

    /// The greedy action in `state` (ties: the lowest action).
    public func greedyAction(in state: Int) throws -> Int {
        try requireState(state)
        return argmax(table, from: state * actionCount, count: actionCount)
    }

    /// One Q-learning update from one observed transition; returns the TD error
    /// r + γ max Q(s′, ·) − Q(s, a) before the update. For following the rule by hand.
    @discardableResult
    public func update(state: Int, action: Int, reward: Double, next: Int, terminal: Bool) throws -> Double {
        try requireState(state)
        try requireState(next)
        try require(action >= 0 && action < actionCount, "QLearning has actions 0..<\(actionCount), got \(action)")
        try require(reward.isFinite, "QLearning: the reward must be finite, got \(reward)")
        return learn(state, action, reward, next, terminal)
    }

    @inline(__always)
    private func learn(_ state: Int, _ action: Int, _ reward: Double, _ next: Int, _ terminal: Bool) -> Double {
        var target = reward
        if !terminal {
            var best = table[next * actionCount]
            for k in 1..<Swift.max(actionCount, 1) { best = Swift.max(best, table[next * actionCount + k]) }
            target += discount * best
        }
        let index = state * actionCount + action
        let error = target - table[index]
        table[index] += learningRate * error
        updates += 1
        return error
    }

    /// Runs `episodes` episodes in `environment`, acting ε-greedily and updating after every
    /// step; returns each episode's total reward (its return with γ = 1), also appended to
    /// `episodeReturns`. The cell's budget is checked as it goes.
    @discardableResult
    public func train(on environment: TabularEnvironment, episodes: Int) throws -> [Double] {
        try require(episodes >= 1, "QLearning.train: episodes must be ≥ 1, got \(episodes)")
        try require(environment.stateCount == stateCount && environment.actionCount == actionCount,
                    "QLearning: the table has \(stateCount) states × \(actionCount) actions but the environment has \(environment.stateCount) × \(environment.actionCount)")
        var checkpoints = BudgetCheckpoints(every: 4_096)
        var returns: [Double] = []
        returns.reserveCapacity(episodes)
        for _ in 0..<episodes {
            _ = environment.reset()
            var state = environment.state
            var total = 0.0
            while true {
                try checkpoints.pass()
                let action = EpsilonGreedy.choose(table, from: state * actionCount, count: actionCount,
                                                  epsilon: epsilon, generator: &generator)
                let transition = try environment.step(action)
                let next = environment.state
                _ = learn(state, action, transition.reward, next, transition.terminated)
                total += transition.reward
                state = next
                if transition.done { break }
            }
            returns.append(total)
        }
        episodeReturns += returns
        return returns
    }

    /// Plays one episode greedily (no exploration, no learning) and returns the states visited,
    /// the start first.
    public func greedyPath(on environment: TabularEnvironment) throws -> [Int] {
        try require(environment.stateCount == stateCount, "QLearning: the table has \(stateCount) states but the environment has \(environment.stateCount)")
        _ = environment.reset()
        var path = [environment.state]
        var checkpoints = BudgetCheckpoints(every: 4_096)
        while true {
            try checkpoints.pass()
            let transition = try environment.step(argmax(table, from: environment.state * actionCount, count: actionCount))
            path.append(environment.state)
            if transition.done { return path }
        }
    }

    private func requireState(_ state: Int) throws {
        try require(state >= 0 && state < stateCount, "QLearning has states 0..<\(stateCount), got \(state)")
    }

    public var description: String {
        "QLearning(states: \(stateCount), actions: \(actionCount), α: \(learningRate), γ: \(discount), ε: \(epsilon)): \(episodeReturns.count) episodes"
    }
}
