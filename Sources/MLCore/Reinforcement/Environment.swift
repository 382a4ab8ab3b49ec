/// What an environment answers to one action: the next observation, the reward, and whether the
/// episode is over.
///
/// `terminated` and `truncated` are kept apart because learning treats them differently: after a
/// terminal transition (the goal reached, the pole fallen) no reward can follow, so its target is
/// the reward alone; a truncated one (the step limit) only stopped the clock, so its target still
/// bootstraps from the next state's value.
public struct Transition: Equatable, Sendable, CustomStringConvertible {
    /// What the agent sees after the action.
    public var observation: [Double]
    /// The reward for the action.
    public var reward: Double
    /// The episode ended by the environment's rules: nothing follows.
    public var terminated: Bool
    /// The episode was cut off by its step limit, in a state that is not terminal.
    public var truncated: Bool

    public init(observation: [Double], reward: Double, terminated: Bool, truncated: Bool = false) {
        self.observation = observation
        self.reward = reward
        self.terminated = terminated
        self.truncated = truncated
    }

    /// Whether the episode is over, for either reason.
    public var done: Bool { terminated || truncated }

    public var description: String {
        "Transition(observation: \(observation), reward: \(reward), done: \(done))"
    }
}

/// A world an agent acts in, one episode at a time: `reset()` starts an episode, `step(_:)` takes
/// an action (an integer in `0..<actionCount`) and answers with a `Transition`.
///
///     let world = try GridWorld.standard()
///     var observation = world.reset()
///     let transition = try world.step(GridWorld.Action.right.rawValue)
///
/// An environment is a reference type: it holds the episode's state. Every environment is
/// deterministic given its seed, and ends every episode after at most `maxSteps` steps, so a
/// learner's loop always terminates.
public protocol Environment: AnyObject {
    /// The length of every observation.
    var observationSize: Int { get }
    /// The number of actions; an action is an integer in `0..<actionCount`.
    var actionCount: Int { get }
    /// The step after which an episode is truncated.
    var maxSteps: Int { get }
    /// Starts a new episode and returns its first observation.
    func reset() -> [Double]
    /// Takes `action` in the current state. Throws for an action out of range, or when the
    /// episode is already over (call `reset()` first).
    func step(_ action: Int) throws -> Transition
}

/// An environment with finitely many states and known, deterministic rules: what tabular
/// Q-learning and value iteration need.
///
/// Its observation is the state as a one-hot vector of length `stateCount`, so a DQN can learn
/// it too; `state` is the index itself.
public protocol TabularEnvironment: Environment {
    /// The number of states; a state is an integer in `0..<stateCount`.
    var stateCount: Int { get }
    /// The current state.
    var state: Int { get }
    /// Whether an episode ends on entering `state` (a goal, a pit): its value is 0.
    func isTerminal(_ state: Int) -> Bool
    /// The rules: the state that `action` leads to from `state`, its reward, and whether the
    /// episode ends there. `state` and `action` must be in range.
    func outcome(of action: Int, in state: Int) -> (next: Int, reward: Double, terminal: Bool)
}

extension TabularEnvironment {
    public var observationSize: Int { stateCount }

    /// `state` as a one-hot vector, the observation of a tabular environment.
    public func oneHot(_ state: Int) -> [Double] {
        var vector = [Double](repeating: 0, count: stateCount)
        if state >= 0 && state < stateCount { vector[state] = 1 }
        return vector
    }
}

extension TabularEnvironment {
    /// One step by the rules from `state`, which it moves on; the bookkeeping shared by every
    /// tabular environment's `step(_:)`. `name` is the environment's, for the error messages.
    func step(_ action: Int, from state: inout Int, clock: inout EpisodeClock, name: String) throws -> Transition {
        try requireAction(action, count: actionCount, in: name)
        try clock.requireRunning(name)
        let result = outcome(of: action, in: state)
        state = result.next
        let truncated = clock.tick(terminated: result.terminal)
        return Transition(observation: oneHot(state), reward: result.reward, terminated: result.terminal, truncated: truncated)
    }
}

/// Counts the steps of an episode and knows when it is over: the one place the step limit and
/// the "call reset() first" rule live.
struct EpisodeClock {
    let maxSteps: Int
    /// Steps taken in the current episode.
    private(set) var steps = 0
    /// Whether the episode has ended (or not begun).
    private(set) var isOver: Bool

    init(maxSteps: Int, running: Bool) {
        self.maxSteps = maxSteps
        isOver = !running
    }

    /// Begins a new episode.
    mutating func start() {
        steps = 0
        isOver = false
    }

    /// Throws when the episode is over: the environment must be reset before the next step.
    func requireRunning(_ environment: String) throws {
        if isOver { throw MLError.invalidArgument("the \(environment) episode is over: call reset() before the next step") }
    }

    /// Counts a step that `terminated` the episode or not; returns whether the step limit
    /// truncates it here.
    mutating func tick(terminated: Bool) -> Bool {
        steps += 1
        let truncated = !terminated && steps >= maxSteps
        isOver = terminated || truncated
        return truncated
    }
}

/// Checks an action against an environment's action count, naming both.
func requireAction(_ action: Int, count: Int, in environment: String) throws {
    try require(action >= 0 && action < count, "\(environment) has actions 0..<\(count), got \(action)")
}

/// The step limit every environment takes, checked once.
func requireStepLimit(_ maxSteps: Int, in environment: String) throws {
    try require(maxSteps >= 1, "\(environment): maxSteps must be ≥ 1, got \(maxSteps)")
}
