import MLCore

/// Reinforcement learning: the environments (grid world, chain, cart-pole), the return,
/// value iteration, tabular Q-learning and DQN.
func registerReinforcementLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Transition.self, name: "Transition") { t in
        t.property("observation") { $0.observation }
        t.property("reward") { $0.reward }
        t.property("terminated") { $0.terminated }
        t.property("truncated") { $0.truncated }
        t.property("done") { $0.done }
        t.property("description") { $0.description }
    }
    lib.declare(GridWorld.self, name: "GridWorld") { t in
        t.initializer("init(_ layout: [String], stepCost: Double = 0.04, goalReward: Double = 1, pitReward: Double = -1, maxSteps: Int = 100)") { a in
            try GridWorld(a[0], stepCost: a[1], goalReward: a[2], pitReward: a[3], maxSteps: a[4])
        }
        t.staticMethod("standard(stepCost: Double = 0.04, maxSteps: Int = 100) -> GridWorld") { a in
            try GridWorld.standard(stepCost: a[0], maxSteps: a[1])
        }
        declareTabularMembers(t)
        t.method("position(of state: Int) -> (row: Int, column: Int)") { m, a in
            let p = try m.position(of: a[0])
            return tupleValue([.int(p.row), .int(p.column)], labels: ["row", "column"])
        }
        t.method("state(row: Int, column: Int) -> Int?") { m, a in m.state(row: try a[0], column: try a[1]) }
        t.property("layout") { $0.layout }
        t.property("rows") { $0.rows }
        t.property("columns") { $0.columns }
        t.property("stepCost") { $0.stepCost }
        t.property("goalReward") { $0.goalReward }
        t.property("pitReward") { $0.pitReward }
        t.property("startState") { $0.startState }
    }
    lib.declare(Chain.self, name: "Chain") { t in
        t.initializer("init(length: Int = 3, reward: Double = 1, maxSteps: Int = 100)") { a in
            try Chain(length: a[0], reward: a[1], maxSteps: a[2])
        }
        declareTabularMembers(t)
        t.property("length") { $0.length }
        t.property("reward") { $0.reward }
    }
    lib.declare(CartPole.self, name: "CartPole") { t in
        t.initializer("init(maxSteps: Int = 500, seed: Int = 0)") { a in try CartPole(maxSteps: a[0], seed: a[1]) }
        declareEnvironmentMembers(t)
        t.method("reset(to observation: [Double]) -> [Double]") { m, a in try m.reset(to: a[0]) }
        t.property("observation") { $0.observation }
        t.property("position") { $0.position }
        t.property("velocity") { $0.velocity }
        t.property("angle") { $0.angle }
        t.property("angularVelocity") { $0.angularVelocity }
        t.property("steps") { $0.steps }
        t.property("seed") { $0.seed }
    }
    lib.namespace("Returns") { t in
        t.staticMethod("discounted(_ rewards: [Double], discount: Double) -> Double") { a in try Returns.discounted(a[0], discount: a[1]) }
        t.staticMethod("perStep(_ rewards: [Double], discount: Double) -> [Double]") { a in try Returns.perStep(a[0], discount: a[1]) }
        t.staticMethod("movingAverage(_ values: [Double], window: Int) -> [Double]") { a in try Returns.movingAverage(a[0], window: a[1]) }
    }
    lib.namespace("ValueIteration") { t in
        t.staticMethod("qValues(_ environment: TabularEnvironment, discount: Double, tolerance: Double = 1e-12, maxSweeps: Int = 100000) -> [[Double]]") { a in
            try ValueIteration.qValues((a[0] as AnyTabularEnvironment).environment, discount: a[1], tolerance: a[2], maxSweeps: a[3])
        }
    }
    lib.declare(QLearning.self, name: "QLearning") { t in
        t.initializer("init(states: Int, actions: Int, learningRate: Double = 0.1, discount: Double = 0.99, epsilon: Double = 0.1, seed: Int = 0)") { a in
            try QLearning(states: a[0], actions: a[1], learningRate: a[2], discount: a[3], epsilon: a[4], seed: a[5])
        }
        t.initializer("init(for environment: TabularEnvironment, learningRate: Double = 0.1, discount: Double = 0.99, epsilon: Double = 0.1, seed: Int = 0)") { a in
            try QLearning(for: (a[0] as AnyTabularEnvironment).environment, learningRate: a[1], discount: a[2], epsilon: a[3], seed: a[4])
        }
        t.method("train(on environment: TabularEnvironment, episodes: Int) -> [Double]") { m, a in
            try m.train(on: (a[0] as AnyTabularEnvironment).environment, episodes: a[1])
        }
        t.method("update(state: Int, action: Int, reward: Double, next: Int, terminal: Bool) -> Double") { m, a in
            try m.update(state: a[0], action: a[1], reward: a[2], next: a[3], terminal: a[4])
        }
        t.method("greedyAction(in state: Int) -> Int") { m, a in try m.greedyAction(in: a[0]) }
        t.method("greedyPath(on environment: TabularEnvironment) -> [Int]") { m, a in
            try m.greedyPath(on: (a[0] as AnyTabularEnvironment).environment)
        }
        t.property("qValues") { $0.qValues }
        t.property("stateValues") { $0.stateValues }
        t.property("greedyPolicy") { $0.greedyPolicy }
        t.property("episodeReturns") { $0.episodeReturns }
        t.property("updates") { $0.updates }
        t.property("stateCount") { $0.stateCount }
        t.property("actionCount") { $0.actionCount }
        t.property("learningRate") { $0.learningRate }
        t.property("discount") { $0.discount }
        t.property("epsilon") { $0.epsilon }
        t.property("description") { $0.description }
    }
    lib.declare(DQN.self, name: "DQN") { t in
        // The default optimiser is written out in MLCore's signature; nil here stands for it.
        t.initializer("init(network: Sequential, optimizer: Optimizer? = nil, discount: Double = 0.99, batchSize: Int = 64, replayCapacity: Int = 10000, warmupSteps: Int = 500, targetUpdateInterval: Int = 250, epsilonStart: Double = 1, epsilonEnd: Double = 0.05, explorationSteps: Int = 5000, seed: Int = 0)") { a in
            try DQN(network: a[0], optimizer: (try a[1] as Optimizer?) ?? Adam(learningRate: 0.0005), discount: a[2], batchSize: a[3],
                    replayCapacity: a[4], warmupSteps: a[5], targetUpdateInterval: a[6], epsilonStart: a[7], epsilonEnd: a[8],
                    explorationSteps: a[9], seed: a[10])
        }
        t.method("train(on environment: Environment, episodes: Int) -> [Double]") { m, a in
            try m.train(on: (a[0] as AnyEnvironment).environment, episodes: a[1])
        }
        t.method("evaluate(on environment: Environment, episodes: Int = 10) -> [Double]") { m, a in
            try m.evaluate(on: (a[0] as AnyEnvironment).environment, episodes: a[1])
        }
        t.method("qValues(_ observation: [Double]) -> [Double]") { m, a in try m.qValues(a[0]) }
        t.method("greedyAction(_ observation: [Double]) -> Int") { m, a in try m.greedyAction(a[0]) }
        t.property("network") { $0.network }
        t.property("epsilon") { $0.epsilon }
        t.property("steps") { $0.steps }
        t.property("updates") { $0.updates }
        t.property("episodeReturns") { $0.episodeReturns }
        t.property("episodeLosses") { $0.episodeLosses }
        t.property("discount") { $0.discount }
        t.property("description") { $0.description }
    }
}

/// `reset()`, `step(_:)` and the sizes every environment shares.
private func declareEnvironmentMembers<T: Environment & NativeObject & CustomStringConvertible>(_ t: NativeMembers<T>) {
    t.method("reset() -> [Double]") { m, _ in m.reset() }
    t.method("step(_ action: Int) -> Transition") { m, a in try m.step(a[0]) }
    t.property("observationSize") { $0.observationSize }
    t.property("actionCount") { $0.actionCount }
    t.property("maxSteps") { $0.maxSteps }
    t.property("description") { $0.description }
}

/// The environment members plus the states and rules of a tabular environment.
private func declareTabularMembers<T: TabularEnvironment & NativeObject & CustomStringConvertible>(_ t: NativeMembers<T>) {
    declareEnvironmentMembers(t)
    t.property("stateCount") { $0.stateCount }
    t.property("state") { $0.state }
    t.method("isTerminal(_ state: Int) -> Bool") { m, a in m.isTerminal(try a[0]) }
    t.method("oneHot(_ state: Int) -> [Double]") { m, a in m.oneHot(try a[0]) }
    t.method("outcome(of action: Int, in state: Int) -> (next: Int, reward: Double, terminal: Bool)") { m, a in
        let (action, state): (Int, Int) = (try a[0], try a[1])
        guard action >= 0 && action < m.actionCount && state >= 0 && state < m.stateCount else {
            throw MLError.invalidArgument("outcome(of:in:) takes an action in 0..<\(m.actionCount) and a state in 0..<\(m.stateCount), got \(action) and \(state)")
        }
        let o = m.outcome(of: action, in: state)
        return tupleValue([.int(o.next), .double(o.reward), .bool(o.terminal)], labels: ["next", "reward", "terminal"])
    }
}

/// A lesson value holding any bridged environment.
struct AnyEnvironment: Bridgeable {
    let environment: any Environment
    static var bridgedTypeName: String { "Environment" }
    static func fromValue(_ v: Value) -> AnyEnvironment? {
        guard case .native(let object) = v, let environment = object as? any Environment else { return nil }
        return AnyEnvironment(environment: environment)
    }
    var asValue: Value { .native(environment) }
}

/// A lesson value holding a bridged environment with finitely many states.
struct AnyTabularEnvironment: Bridgeable {
    let environment: any TabularEnvironment
    static var bridgedTypeName: String { "TabularEnvironment" }
    static func fromValue(_ v: Value) -> AnyTabularEnvironment? {
        guard case .native(let object) = v, let environment = object as? any TabularEnvironment else { return nil }
        return AnyTabularEnvironment(environment: environment)
    }
    var asValue: Value { .native(environment) }
}

extension Transition: NativeValue {}
extension GridWorld: NativeObject {}
extension Chain: NativeObject {}
extension CartPole: NativeObject {}
extension QLearning: NativeObject {}
extension DQN: NativeObject {}
