/// The memory of a DQN agent: the last `capacity` transitions (s, a, r, s′, terminal), from which
/// training draws random mini-batches.
///
/// Why: consecutive steps of one episode are strongly correlated, and gradient descent on them
/// chases the latest few; sampling uniformly from many past steps makes the batches closer to
/// independent draws and reuses every step many times (Mnih et al. 2015). When full, each new
/// transition overwrites the oldest.
public struct ReplayBuffer: Sendable {
    public let capacity: Int
    public let observationSize: Int
    /// The transitions stored, at most `capacity`.
    public private(set) var count = 0
    /// Where the next transition goes.
    private var cursor = 0
    private var observations: [Double]
    private var nextObservations: [Double]
    private var actions: [Int]
    private var rewards: [Double]
    private var terminals: [Bool]

    public init(capacity: Int, observationSize: Int) throws {
        try require(capacity >= 1, "ReplayBuffer: capacity must be ≥ 1, got \(capacity)")
        try require(observationSize >= 1, "ReplayBuffer: observationSize must be ≥ 1, got \(observationSize)")
        try Tensor.reserve(shape: [capacity, 2 * observationSize + 3])
        self.capacity = capacity
        self.observationSize = observationSize
        observations = [Double](repeating: 0, count: capacity * observationSize)
        nextObservations = observations
        actions = [Int](repeating: 0, count: capacity)
        rewards = [Double](repeating: 0, count: capacity)
        terminals = [Bool](repeating: false, count: capacity)
    }

    /// Stores one transition, overwriting the oldest when full.
    public mutating func append(observation: [Double], action: Int, reward: Double, next: [Double], terminal: Bool) throws {
        try require(observation.count == observationSize && next.count == observationSize,
                    "ReplayBuffer holds observations of \(observationSize) values, got \(observation.count) and \(next.count)")
        let start = cursor * observationSize
        for k in 0..<observationSize {
            observations[start + k] = observation[k]
            nextObservations[start + k] = next[k]
        }
        actions[cursor] = action
        rewards[cursor] = reward
        terminals[cursor] = terminal
        cursor = (cursor + 1) % capacity
        count = Swift.min(count + 1, capacity)
    }

    /// A mini-batch of `size` transitions drawn uniformly with replacement.
    public func sample(_ size: Int, generator: inout RandomGenerator) throws -> ReplayBatch {
        try require(count > 0, "ReplayBuffer: cannot sample from an empty buffer")
        try require(size >= 1, "ReplayBuffer: a batch needs at least 1 transition, got \(size)")
        let d = observationSize
        var batch = ReplayBatch(observations: Tensor(unchecked: [size, d], scalars: [Double](repeating: 0, count: size * d)),
                                nextObservations: Tensor(unchecked: [size, d], scalars: [Double](repeating: 0, count: size * d)),
                                actions: [], rewards: [], terminals: [])
        batch.actions.reserveCapacity(size)
        batch.rewards.reserveCapacity(size)
        batch.terminals.reserveCapacity(size)
        for i in 0..<size {
            let j = generator.integer(below: count)
            for k in 0..<d {
                batch.observations.scalars[i * d + k] = observations[j * d + k]
                batch.nextObservations.scalars[i * d + k] = nextObservations[j * d + k]
            }
            batch.actions.append(actions[j])
            batch.rewards.append(rewards[j])
            batch.terminals.append(terminals[j])
        }
        return batch
    }
}

/// A mini-batch from a `ReplayBuffer`: observations as matrices, one transition per row.
public struct ReplayBatch: Sendable {
    public var observations: Tensor
    public var nextObservations: Tensor
    public var actions: [Int]
    public var rewards: [Double]
    public var terminals: [Bool]
}
