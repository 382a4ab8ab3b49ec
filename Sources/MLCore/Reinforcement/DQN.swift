/// Deep Q-learning (Mnih et al. 2015): Q-learning with a neural network in place of the table,
/// made stable by a replay buffer and a target network.
///
///     let cartPole = try CartPole(maxSteps: 200, seed: 1)
///     let network = try MLP([4, 64, 64, 2], activation: .relu, seed: 2)
///     let agent = try DQN(network: network, seed: 3)
///     let returns = try agent.train(on: cartPole, episodes: 150)
///
/// Every step the agent acts ε-greedily on the network's Q(s, ·), stores the transition in the
/// `ReplayBuffer`, and (once `warmupSteps` are stored) takes one gradient step on a random
/// mini-batch towards the targets y = r + γ max_a′ Q_target(s′, a′) (y = r after a terminal
/// step). The targets come from a copy of the network, the target network, refreshed every
/// `targetUpdateInterval` steps, so that they do not move with every update. The loss is the
/// Huber loss of Q(s, a) − y (quadratic within ±1, linear beyond), which keeps the gradient of a
/// rare large error bounded. ε falls linearly from `epsilonStart` to `epsilonEnd` over the first
/// `explorationSteps` steps.
///
/// The network is any `Sequential` of `Dense` (and `Dropout`) layers with as many inputs as the
/// observation and one linear output per action; it is trained in place.
public final class DQN: CustomStringConvertible {
    /// The online network Q(s, ·), trained in place.
    public let network: Sequential
    public let optimizer: Optimizer
    public let discount: Double
    public let batchSize: Int
    public let replayCapacity: Int
    /// Steps stored before the first update.
    public let warmupSteps: Int
    /// Steps between two copies of the network into the target network.
    public let targetUpdateInterval: Int
    public let epsilonStart: Double
    public let epsilonEnd: Double
    /// Steps over which ε falls from `epsilonStart` to `epsilonEnd`.
    public let explorationSteps: Int
    public let seed: Int
    /// Environment steps taken while training.
    public private(set) var steps = 0
    /// Gradient steps taken.
    public private(set) var updates = 0
    /// The total reward of every training episode so far.
    public private(set) var episodeReturns: [Double] = []
    /// The mean Huber loss of the updates in every training episode (0 before the first update).
    public private(set) var episodeLosses: [Double] = []

    private let target: Sequential
    private var buffer: ReplayBuffer?
    private var generator: RandomGenerator

    public init(network: Sequential, optimizer: Optimizer = Adam(learningRate: 0.0005), discount: Double = 0.99,
                batchSize: Int = 64, replayCapacity: Int = 10_000, warmupSteps: Int = 500,
                targetUpdateInterval: Int = 250, epsilonStart: Double = 1, epsilonEnd: Double = 0.05,
                explorationSteps: Int = 5_000, seed: Int = 0) throws {
        try requireDiscount(discount, in: "DQN")
        try require(batchSize >= 1, "DQN: batchSize must be ≥ 1, got \(batchSize)")
        try require(replayCapacity >= batchSize, "DQN: replayCapacity (\(replayCapacity)) must hold at least one batch (\(batchSize))")
        try require(warmupSteps >= 0, "DQN: warmupSteps must be ≥ 0, got \(warmupSteps)")
        try require(targetUpdateInterval >= 1, "DQN: targetUpdateInterval must be ≥ 1, got \(targetUpdateInterval)")
        try requireProbability(epsilonStart, "epsilonStart ε", in: "DQN")
        try requireProbability(epsilonEnd, "epsilonEnd ε", in: "DQN")
        try require(explorationSteps >= 0, "DQN: explorationSteps must be ≥ 0, got \(explorationSteps)")
        try require(!network.denseLayers.isEmpty, "DQN: the network needs at least one Dense layer")
        self.network = network
        self.optimizer = optimizer
        self.discount = discount
        self.batchSize = batchSize
        self.replayCapacity = replayCapacity
        self.warmupSteps = warmupSteps
        self.targetUpdateInterval = targetUpdateInterval
        self.epsilonStart = epsilonStart
        self.epsilonEnd = epsilonEnd
        self.explorationSteps = explorationSteps
        self.seed = seed
        self.target = try network.inferenceCopy()
        generator = RandomGenerator(seed: seed)
    }

    /// ε at the current step.
    public var epsilon: Double {
        guard explorationSteps > 0, steps < explorationSteps else { return epsilonEnd }
        return epsilonStart + (epsilonEnd - epsilonStart) * Double(steps) / Double(explorationSteps)
    }

    /// The network's Q(s, a) for every action.
    public func qValues(_ observation: [Double]) throws -> [Double] {
        try network.predict(Tensor(observation)).scalars
    }

    /// The action of highest Q(s, ·) (ties: the lowest).
    public func greedyAction(_ observation: [Double]) throws -> Int {
        let q = try qValues(observation)
        return argmax(q, from: 0, count: q.count)
    }

    /// Trains for `episodes` episodes; returns each one's total reward, also appended to
    /// `episodeReturns`. The cell's budget is checked every step.
    @discardableResult
    public func train(on environment: Environment, episodes: Int) throws -> [Double] {
        try require(episodes >= 1, "DQN.train: episodes must be ≥ 1, got \(episodes)")
        try checkShapes(environment)
        if buffer == nil { buffer = try ReplayBuffer(capacity: replayCapacity, observationSize: environment.observationSize) }
        let actions = environment.actionCount
        var checkpoints = BudgetCheckpoints(every: 16)
        var returns: [Double] = []
        for _ in 0..<episodes {
            var observation = environment.reset()
            var total = 0.0, lossSum = 0.0, lossCount = 0
            while true {
                try checkpoints.pass()
                let action: Int
                if generator.uniform() < epsilon {
                    action = generator.integer(below: actions)
                } else {
                    action = EpsilonGreedy.choose(try qValues(observation), count: actions, epsilon: 0, generator: &generator)
                }
                let transition = try environment.step(action)
                try require(transition.observation.allSatisfy(\.isFinite) && transition.reward.isFinite,
                            "DQN: the environment returned a value that is not finite")
                try buffer?.append(observation: observation, action: action, reward: transition.reward,
                                   next: transition.observation, terminal: transition.terminated)
                steps += 1
                total += transition.reward
                if let stored = buffer?.count, stored >= Swift.max(warmupSteps, batchSize) {
                    lossSum += try learn()
                    lossCount += 1
                }
                if steps % targetUpdateInterval == 0 { synchronizeTarget() }
                observation = transition.observation
                if transition.done { break }
            }
            returns.append(total)
            episodeLosses.append(lossCount > 0 ? lossSum / Double(lossCount) : 0)
        }
        episodeReturns += returns
        return returns
    }

    /// Plays `episodes` episodes greedily, without learning, and returns their total rewards.
    public func evaluate(on environment: Environment, episodes: Int = 10) throws -> [Double] {
        try require(episodes >= 1, "DQN.evaluate: episodes must be ≥ 1, got \(episodes)")
        try checkShapes(environment)
        var checkpoints = BudgetCheckpoints(every: 64)
        var returns: [Double] = []
        for _ in 0..<episodes {
            var observation = environment.reset()
            var total = 0.0
            while true {
                try checkpoints.pass()
                let transition = try environment.step(try greedyAction(observation))
                total += transition.reward
                observation = transition.observation
                if transition.done { break }
            }
            returns.append(total)
        }
        return returns
    }

    /// One gradient step on a random batch; returns its mean Huber loss.
    private func learn() throws -> Double {
        guard let buffer else { return 0 }
        let batch = try buffer.sample(batchSize, generator: &generator)
        let nextQ = try target.predict(batch.nextObservations)
        let actions = nextQ.columnCount
        var targets = [Double](repeating: 0, count: batchSize)
        for i in 0..<batchSize {
            var y = batch.rewards[i]
            if !batch.terminals[i] {
                let row = i * actions
                y += discount * nextQ.scalars[row + argmax(nextQ.scalars, from: row, count: actions)]
            }
            targets[i] = y
        }
        let tape = Tape()
        let q = try network.forward(tape.constant(batch.observations))
        let error = try q.picked(columnPerRow: batch.actions) - Tensor(unchecked: [batchSize], scalars: targets)
        // Huber loss with δ = 1 (½e² for |e| ≤ 1, |e| − ½ beyond), written as ½c² + |e| − |c| with
        // c = e clamped to ±1: the same values, and a slope of e clipped to ±1.
        let clipped = error.clamped(-1, 1)
        let huber = try (0.5 * clipped.squared + error.magnitude - clipped.magnitude).mean()
        try huber.backward()
        let loss = huber.value.scalars[0]
        optimizer.step(network.parameters)
        updates += 1
        return loss
    }

    /// Copies the online network's weights into the target network.
    private func synchronizeTarget() {
        for (online, copy) in zip(network.denseLayers, target.denseLayers) {
            copy.weightParameter.value = online.weightParameter.value
            copy.biasParameter.value = online.biasParameter.value
        }
    }

    private func checkShapes(_ environment: Environment) throws {
        let inputs = network.inputSize ?? environment.observationSize
        try require(inputs == environment.observationSize,
                    "DQN: the network takes \(inputs) inputs but the environment's observations have \(environment.observationSize) values")
        let outputs = network.denseLayers.last?.outputSize ?? 0
        try require(outputs == environment.actionCount,
                    "DQN: the network has \(outputs) outputs but the environment has \(environment.actionCount) actions (one Q-value per action)")
    }

    public var description: String {
        "DQN(discount: \(discount), batchSize: \(batchSize)): \(episodeReturns.count) episodes, \(steps) steps, \(updates) updates"
    }
}

extension Sequential {
    /// A copy of the Dense layers' weights and activations, for inference (dropout is left out,
    /// as inference skips it anyway). The target network of `DQN`.
    func inferenceCopy() throws -> Sequential {
        var copies: [Layer] = []
        for layer in layers {
            if let dense = layer as? Dense {
                copies.append(try Dense(weights: dense.weights, bias: dense.bias, activation: dense.activation))
            } else if !(layer is Dropout) {
                throw MLError.invalidArgument("DQN takes networks of Dense and Dropout layers, got \(layer)")
            }
        }
        return try Sequential(copies)
    }
}
