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
/// The head's backward pass — from the loss to the three heads' outputs — is written out in
/// `headGradient` and checked against finite differences in the tests.
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
        let output = try outputs(of: layers, states)
        return (0..<targets.count).reduce(0.0) { total, i in
            let q = head(output, row: i, action: Array(actions.scalars[(i * actionCount)..<((i + 1) * actionCount)])).q
            return total + 0.5 * (q - targets[i]) * (q - targets[i])
        } / Double(targets.count)
    }

    /// ∂loss/∂parameter for every parameter (in `parameters` order), by backpropagation through
    /// the head and the layers; also stored in each parameter's `gradient`. Returns the loss.
    ///
    /// The layers' backward pass is written here from their public weights (the hidden layers are
    /// tanh, whose derivative 1 − h² needs only their outputs), so the agent depends on nothing
    /// inside `Dense` but its forward pass.
    @discardableResult
    public func gradients(states: Tensor, actions: Tensor, targets: [Double]) throws -> Double {
        try checkBatch(states, actions, targets)
        var inputs = [states]
        for layer in layers { inputs.append(try layer.forward(inputs[inputs.count - 1])) }
        let output = inputs.removeLast()
        let n = targets.count
        var outputGradient = [Double](repeating: 0, count: output.count)
        var total = 0.0
        let width = output.shape[1]
        for i in 0..<n {
            let action = Array(actions.scalars[(i * actionCount)..<((i + 1) * actionCount)])
            let decoded = head(output, row: i, action: action)
            let error = decoded.q - targets[i]
            total += 0.5 * error * error
            headGradient(decoded, action: action, scale: error / Double(n), into: &outputGradient, offset: i * width)
        }
        // ∂L/∂z of the head (identity), then down through the tanh layers: ∂L/∂z = ∂L/∂h ⊙ (1 − h²).
        var gradient = Tensor(unchecked: output.shape, scalars: outputGradient)
        for index in layers.indices.reversed() {
            let layer = layers[index], input = inputs[index]
            let parameters = layer.parameters
            parameters[0].gradient = try gradient.transposed.matmul(input)
            parameters[1].gradient = try gradient.sum(axis: 0)
            guard index > 0 else { break }
            let upstream = try gradient.matmul(layer.weights)
            gradient = Tensor(unchecked: upstream.shape, scalars: zip(upstream.scalars, input.scalars).map { $0 * (1 - $1 * $1) })
        }
        return total / Double(n)
    }

    /// One row of the head decoded: V, μ, L (row-major lower triangle), and Q at `action`.
    struct Head {
        var value: Double
        var mean: [Double]
        var lower: [Double]
        var difference: [Double]
        /// w = Lᵀ (a − μ), so the advantage is −½ ‖w‖².
        var w: [Double]
        var q: Double
    }

    /// The position of L's entry (i, k), i ≥ k, among the head's triangle outputs.
    @inline(__always) private func triangle(_ i: Int, _ k: Int) -> Int { i * (i + 1) / 2 + k }

    private func head(_ output: Tensor, row: Int, action: [Double]) -> Head {
        let width = output.shape[1], base = row * width, m = actionCount
        let o = output.scalars
        var mean = [Double](repeating: 0, count: m), difference = mean, w = mean
        var lower = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            mean[i] = tanh(o[base + 1 + i])
            difference[i] = action[i] - mean[i]
            for k in 0...i {
                let raw = o[base + 1 + m + triangle(i, k)]
                // exp keeps the diagonal positive, so P = L Lᵀ is positive definite; the clamp keeps it finite.
                lower[i * m + k] = i == k ? exp(Swift.min(10, Swift.max(-10, raw))) : raw
            }
        }
        var squares = 0.0
        for k in 0..<m {
            var sum = 0.0
            for i in k..<m { sum += lower[i * m + k] * difference[i] }
            w[k] = sum
            squares += sum * sum
        }
        return Head(value: o[base], mean: mean, lower: lower, difference: difference, w: w, q: o[base] - 0.5 * squares)
    }

    /// Adds `scale` · ∂Q/∂(head outputs) of one row to `gradient` at `offset`.
    ///
    /// With d = a − μ and w = Lᵀd, Q = V − ½‖w‖², so ∂Q/∂V = 1; ∂Q/∂μ = L w, through tanh's
    /// derivative 1 − μ²; ∂Q/∂Lᵢₖ = −dᵢ wₖ, through exp's derivative Lᵢᵢ on the diagonal.
    func headGradient(_ head: Head, action: [Double], scale: Double, into gradient: inout [Double], offset: Int) {
        let m = actionCount
        gradient[offset] += scale
        for i in 0..<m {
            var lw = 0.0
            for k in 0...i { lw += head.lower[i * m + k] * head.w[k] }
            gradient[offset + 1 + i] += scale * lw * (1 - head.mean[i] * head.mean[i])
            for k in 0...i {
                var g = -head.difference[i] * head.w[k]
                if i == k { g *= head.lower[i * m + i] }
                gradient[offset + 1 + m + triangle(i, k)] += scale * g
            }
        }
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
