import Foundation

/// Continuous-action Q-learning with normalized advantage functions (NAF; Gu, Lillicrap,
/// Sutskever and Levine 2016), the algorithm CERN's steering studies used.
///
/// One network reads the state and gives three heads: a value V(s), the best action μ(s), and the
/// entries of a lower-triangular matrix L(s) (its diagonal through exp, so it is positive). The
/// Q-function is then a quadratic bowl in the action,
///
///     Q(s, a) = V(s) − ½ (a − μ(s))ᵀ P(s) (a − μ(s)),   P = L Lᵀ,
///
/// whose maximum over a is at a = μ(s) with value V(s): the greedy action needs no search, which
/// is what makes Q-learning work with 16 continuous actions. Training minimises
/// ½ (Q(s, a) − y)² towards y = r + γ V′(s′), with V′ from a slowly following copy of the network.
///
/// The network is the lecture's: two hidden layers of 32 tanh units (MLCore's `Dense` layers).
/// The head is built from tape operations (column slices, `lowerTriangular`,
/// `matrixVectorProducts`), so the tape differentiates it: there is no hand-written backward pass.
public final class NAFAgent {
    public let stateCount: Int
    public let actionCount: Int
    /// Millimetres that one unit of network input stands for (readings are divided by it).
    public let stateScale: Double
    /// Milliradians that an action of 1 (the largest the network gives) stands for.
    public let actionScale: Double
    /// γ: how much a step's successors count. Small, because the best correction is myopic.
    public let discount: Double
    public let batchSize: Int
    /// Gradient updates after each interaction with the environment.
    public let updatesPerStep: Int
    /// τ: how far the target network moves towards the trained one after each update.
    public let targetUpdate: Double
    /// The episodes over which exploration noise falls to its floor, counted over all `train` calls.
    public let explorationEpisodes: Int

    let layers: [Dense]
    private let targetLayers: [Dense]
    private let optimizer: Adam
    private var generator: RandomGenerator
    private var replay: [Transition] = []
    /// The tape each update records on, reset between updates so its storage is reused.
    private let tape = Tape()
    /// Interactions the agent has learnt from.
    public private(set) var interactions = 0
    /// Gradient updates made.
    public private(set) var updates = 0
    /// Episodes the agent has trained on, over all `train` calls.
    public private(set) var episodes = 0

    /// How a transition ended, for its learning target.
    enum Ending { case running, success, failure }

    struct Transition {
        var state: [Double]
        var action: [Double]
        var reward: Double
        var next: [Double]
        var ending: Ending
    }

    public init(states: Int, actions: Int, hidden: [Int] = [32, 32], stateScale: Double = 3, actionScale: Double = 0.2,
                discount: Double = 0.5, learningRate: Double = 0.001, batchSize: Int = 32, updatesPerStep: Int = 10,
                targetUpdate: Double = 0.01, explorationEpisodes: Int = 600, seed: Int = 0) throws {
        try require(states > 0 && actions > 0 && actions <= 64, "NAF needs at least one state and 1…64 actions, got \(states) and \(actions)")
        try require(!hidden.isEmpty && hidden.allSatisfy { $0 > 0 }, "hidden layers need at least one unit each, got \(hidden)")
        try require(stateScale > 0 && actionScale > 0, "stateScale and actionScale must be positive")
        try require(discount >= 0 && discount < 1, "the discount γ must be in [0, 1), got \(discount)")
        try require(batchSize > 0 && updatesPerStep >= 0 && targetUpdate > 0 && targetUpdate <= 1,
                    "batchSize must be positive, updatesPerStep ≥ 0 and targetUpdate in (0, 1]")
        try require(explorationEpisodes > 0, "explorationEpisodes must be at least 1, got \(explorationEpisodes)")
        stateCount = states
        actionCount = actions
        self.stateScale = stateScale
        self.actionScale = actionScale
        self.discount = discount
        self.batchSize = batchSize
        self.updatesPerStep = updatesPerStep
        self.targetUpdate = targetUpdate
        self.explorationEpisodes = explorationEpisodes
        generator = RandomGenerator(seed: seed)
        let sizes = [states] + hidden
        var built: [Dense] = []
        for (index, (inputs, outputs)) in zip(sizes, sizes.dropFirst()).enumerated() {
            built.append(try Dense(inputs, outputs, activation: .tanh, initializer: .xavier, generator: &generator, name: "hidden\(index + 1)"))
        }
        let head = try Dense(hidden[hidden.count - 1], 1 + actions + actions * (actions + 1) / 2, activation: .identity,
                             initializer: .xavier, generator: &generator, name: "head")
        // A small head starts with Q close to 0 everywhere and a gentle P.
        try head.setWeights(head.weights * 0.1)
        built.append(head)
        layers = built
        targetLayers = try built.map { try Dense(weights: $0.weights, bias: $0.bias, activation: $0.activation) }
        optimizer = Adam(learningRate: learningRate)
    }

    /// Every trainable parameter, layer by layer.
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// The greedy action μ(s) for monitor `readings`, in milliradians per corrector.
    public func action(_ readings: [Double]) throws -> [Double] {
        try require(readings.count == stateCount, "the agent reads \(stateCount) monitors, got \(readings.count) readings")
        let output = try outputs(of: layers, Tensor(unchecked: [1, stateCount], scalars: readings.map { $0 / stateScale }))
        return (0..<actionCount).map { tanh(output.scalars[1 + $0]) * actionScale }
    }

    /// V(s): the value the agent expects from monitor `readings` on.
    public func value(_ readings: [Double]) throws -> Double {
        try require(readings.count == stateCount, "the agent reads \(stateCount) monitors, got \(readings.count) readings")
        return try outputs(of: layers, Tensor(unchecked: [1, stateCount], scalars: readings.map { $0 / stateScale })).scalars[0]
    }

    /// Learns online from `episodes` more episodes on `beamline`: each step acts with μ(s) plus
    /// Gaussian exploration noise (its deviation falls linearly from `explorationNoise` to 0.02 over
    /// the agent's first `explorationEpisodes` episodes), stores the transition, and makes
    /// `updatesPerStep` updates on random mini-batches of everything seen so far.
    ///
    /// Training carries on where the last call stopped, so two calls of 500 episodes train the
    /// agent exactly as one of 1 000 (a lesson can split training across cells).
    public func train(on beamline: Beamline, episodes count: Int, explorationNoise: Double = 0.3) throws -> NAFTrainingReport {
        try require(count > 0, "training needs at least one episode, got \(count)")
        try require(beamline.monitorCount == stateCount && beamline.correctorCount == actionCount,
                    "the agent was made for \(stateCount) monitors and \(actionCount) correctors, the beamline has \(beamline.monitorCount) and \(beamline.correctorCount)")
        let budget = Budget.current
        let watch = Stopwatch()
        var returns: [Double] = [], lengths: [Int] = [], outcomes: [BeamlineOutcome] = []
        let startInteractions = interactions
        for _ in 0..<count {
            var readings = beamline.reset()
            let progress = Double(episodes) / Double(explorationEpisodes)
            episodes += 1
            let sigma = Swift.max(0.02, explorationNoise * (1 - progress))
            var total = 0.0
            while true {
                try budget?.check()
                let greedy = try action(readings).map { $0 / actionScale }
                let explored = greedy.map { Swift.min(1, Swift.max(-1, $0 + generator.normal(mean: 0, standardDeviation: sigma))) }
                let step = try beamline.step(explored.map { $0 * actionScale })
                let ending: Ending = step.outcome == .success ? .success : step.outcome == .failure ? .failure : .running
                replay.append(Transition(state: readings.map { $0 / stateScale }, action: explored, reward: step.reward,
                                         next: step.readings.map { $0 / stateScale }, ending: ending))
                interactions += 1
                total += step.reward
                if replay.count >= batchSize {
                    for _ in 0..<updatesPerStep { try update() }
                }
                readings = step.readings
                if step.outcome.isDone {
                    returns.append(total)
                    lengths.append(step.steps)
                    outcomes.append(step.outcome)
                    break
                }
            }
        }
        return NAFTrainingReport(episodeReturns: returns, episodeLengths: lengths, outcomes: outcomes,
                                 interactions: interactions - startInteractions, seconds: watch.seconds)
    }

    /// One gradient step on a random mini-batch of the replay memory.
    private func update() throws {
        var states: [Double] = [], actions: [Double] = [], nexts: [Double] = []
        var rewards: [Double] = [], endings: [Ending] = []
        for _ in 0..<batchSize {
            let t = replay[generator.integer(below: replay.count)]
            states += t.state; actions += t.action; nexts += t.next
            rewards.append(t.reward); endings.append(t.ending)
        }
        let nextValues = try outputs(of: targetLayers, Tensor(unchecked: [batchSize, stateCount], scalars: nexts))
        let width = nextValues.shape[1]
        let targets = (0..<batchSize).map { i -> Double in
            switch endings[i] {
            case .success: return rewards[i]
            // Past the limit the beam is lost: count the bad reward as if it lasted for ever.
            case .failure: return rewards[i] / (1 - discount)
            case .running: return rewards[i] + discount * nextValues.scalars[i * width]
            }
        }
        _ = try gradients(states: Tensor(unchecked: [batchSize, stateCount], scalars: states),
                          actions: Tensor(unchecked: [batchSize, actionCount], scalars: actions), targets: targets)
        optimizer.step(parameters)
        updates += 1
        for (target, trained) in zip(targetLayers, layers) {
            for (t, p) in zip(target.parameters, trained.parameters) {
                p.value.scalars.withUnsafeBufferPointer { trainedValues in
                    t.value.scalars.withUnsafeMutableBufferPointer { targetValues in
                        for j in 0..<targetValues.count { targetValues[j] += targetUpdate * (trainedValues[j] - targetValues[j]) }
                    }
                }
            }
        }
    }

    /// The loss ½ mean (Q(s, a) − y)² on a batch: `states` [n, states] already scaled,
    /// `actions` [n, actions] in network units (−1…1).
    public func loss(states: Tensor, actions: Tensor, targets: [Double]) throws -> Double {
        try checkBatch(states, actions, targets)
        return try lossNode(on: Tape(), states: states, actions: actions, targets: targets).value.scalars[0]
    }

    /// ∂loss/∂parameter for every parameter (in `parameters` order), by the tape's backward pass
    /// through the head and the layers; stored in each parameter's `gradient`. Returns the loss.
    @discardableResult
    public func gradients(states: Tensor, actions: Tensor, targets: [Double]) throws -> Double {
        try checkBatch(states, actions, targets)
        tape.reset()
        defer { tape.reset() }   // the batch's tensors are not kept past the step
        let loss = try lossNode(on: tape, states: states, actions: actions, targets: targets)
        try loss.backward()
        return loss.value.scalars[0]
    }

    /// ½ mean (Q(s, a) − y)² recorded on `tape`, the layers' parameters bound as variables.
    private func lossNode(on tape: Tape, states: Tensor, actions: Tensor, targets: [Double]) throws -> Tracked {
        var x = tape.constant(states)
        var unused = RandomGenerator(seed: 0)   // dense layers draw nothing
        for layer in layers { x = try layer.record(x, training: true, generator: &unused) }
        return try (q(x, actions: actions) - Tensor(targets)).squared.mean() * 0.5
    }

    /// Q(s, a) = V − ½ ‖Lᵀ(a − μ)‖² for each row of the head's `output` [n, 1 + m + m(m+1)/2]:
    /// V, then μ through tanh, then L's triangle row by row with exp on the diagonal.
    /// (‖Lᵀd‖² = dᵀ L Lᵀ d = dᵀ P d.)
    func q(_ output: Tracked, actions: Tensor) throws -> Tracked {
        let m = actionCount
        let value = try output.column(0)
        let mean = try output.columns(1..<(1 + m)).tanh
        let lower = try output.columns((1 + m)..<(1 + m + m * (m + 1) / 2)).lowerTriangular(size: m, diagonal: .exp(limit: 10))
        let w = try lower.matrixVectorProducts(actions - mean, transposed: true)
        return try value - w.squared.sum(axis: 1) * 0.5
    }

    private func outputs(of network: [Dense], _ input: Tensor) throws -> Tensor {
        var activation = input
        for layer in network { activation = try layer.forward(activation) }
        return activation
    }

    private func checkBatch(_ states: Tensor, _ actions: Tensor, _ targets: [Double]) throws {
        try require(states.rank == 2 && states.shape[1] == stateCount && actions.rank == 2 && actions.shape[1] == actionCount
                    && states.shape[0] == targets.count && actions.shape[0] == targets.count && !targets.isEmpty,
                    "a batch needs states [n, \(stateCount)], actions [n, \(actionCount)] and n targets, got \(describe(shape: states.shape)), \(describe(shape: actions.shape)) and \(targets.count)")
    }
}

/// What a training run did: per episode its return (the sum of rewards), its length and how it
/// ended; the interactions with the environment and the seconds it took.
public struct NAFTrainingReport: Sendable, CustomStringConvertible {
    public let episodeReturns: [Double]
    public let episodeLengths: [Int]
    public let outcomes: [BeamlineOutcome]
    public let interactions: Int
    public let seconds: Double

    public var description: String {
        let successes = outcomes.filter { $0 == .success }.count
        return "NAFTrainingReport(\(episodeReturns.count) episodes, \(interactions) interactions, \(successes) successes)"
    }
}
