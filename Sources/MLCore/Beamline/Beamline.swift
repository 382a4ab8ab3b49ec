import Foundation

/// How a steering episode stands after a step.
public enum BeamlineOutcome: String, CaseIterable, Sendable {
    /// Still steering.
    case running
    /// The RMS reading is at or below the target: the trajectory is corrected.
    case success
    /// The RMS reading is above the machine-protection limit: the beam would be dumped.
    case failure
    /// The episode used its steps without reaching the target.
    case timeLimit

    /// Whether the episode is over.
    public var isDone: Bool { self != .running }
}

/// What one step of the environment returns: the new readings and how the episode stands.
public struct BeamlineStep: Sendable, CustomStringConvertible {
    /// The monitors' readings after the step, in mm (the true orbit plus reading noise).
    public let readings: [Double]
    /// The readings' root mean square, in mm.
    public let rms: Double
    /// −RMS: the reward of the step.
    public var reward: Double { -rms }
    public let outcome: BeamlineOutcome
    /// Steps taken in this episode so far.
    public let steps: Int

    public var description: String {
        "BeamlineStep(rms: \(rms), outcome: \(outcome.rawValue), steps: \(steps))"
    }
}

/// The steering environment: a transfer line whose trajectory, read at the monitors, a policy
/// corrects by changing corrector strengths.
///
/// The line is linear: monitor readings are x = R (θ₀ + θ) + noise, with R the response matrix
/// (mm per mrad), θ₀ the unknown kicks that displaced the beam (drawn at each `reset`) and θ the
/// correctors' settings, which each `step` changes by the action. An episode ends on success (RMS
/// ≤ `target`), on failure (RMS > `limit`, the machine-protection limit) or after `maxSteps`.
public final class Beamline {
    /// R, [monitors, correctors], mm per mrad.
    public let response: Tensor
    /// The standard deviation of each reading's noise, in mm.
    public let noise: Double
    /// The RMS of a fresh starting orbit (without noise) is drawn uniformly from this range, in mm.
    public let startRMS: ClosedRange<Double>
    /// Success: the RMS reading at or below this, in mm.
    public let target: Double
    /// Failure: the RMS reading above this, in mm.
    public let limit: Double
    /// Steps per episode before `timeLimit`.
    public let maxSteps: Int
    /// The largest change of one corrector in one step, in mrad (actions are clipped to it).
    public let maxKick: Double

    /// The kicks that displaced the beam this episode, in mrad.
    public private(set) var errorKicks: [Double]
    /// The correctors' settings, in mrad.
    public private(set) var correctorSettings: [Double]
    /// The last readings.
    public private(set) var readings: [Double] = []
    /// Steps taken in this episode.
    public private(set) var steps = 0
    /// Steps taken since the environment was made (the interactions an agent used).
    public private(set) var interactions = 0
    private var generator: RandomGenerator

    public init(response: Tensor, noise: Double = 0.05, startRMS: ClosedRange<Double> = 1.5...2.8,
                target: Double = 1, limit: Double = 3, maxSteps: Int = 10, maxKick: Double = 2, seed: Int = 0) throws {
        try require(response.rank == 2 && response.count > 0, "the response matrix must be a non-empty [monitors, correctors] matrix, got shape \(describe(shape: response.shape))")
        try require(response.scalars.allSatisfy(\.isFinite), "the response matrix must hold finite numbers")
        try require(noise >= 0 && noise.isFinite, "noise must be ≥ 0 mm, got \(noise)")
        try require(startRMS.lowerBound > 0 && startRMS.upperBound.isFinite, "startRMS must be a range of positive millimetres, got \(startRMS)")
        try require(target > 0 && limit > target, "the target (\(target) mm) must be positive and below the limit (\(limit) mm)")
        try require(maxSteps > 0, "maxSteps must be at least 1, got \(maxSteps)")
        try require(maxKick > 0 && maxKick.isFinite, "maxKick must be a positive number of mrad, got \(maxKick)")
        self.response = response
        self.noise = noise
        self.startRMS = startRMS
        self.target = target
        self.limit = limit
        self.maxSteps = maxSteps
        self.maxKick = maxKick
        self.generator = RandomGenerator(seed: seed)
        errorKicks = [Double](repeating: 0, count: response.shape[1])
        correctorSettings = errorKicks
        readings = read()
    }

    /// The case study's line (`Lattice.linac4Like`: 17 monitors, 16 correctors).
    public convenience init(noise: Double = 0.05, seed: Int = 0) throws {
        try self.init(response: Lattice.linac4Like.responseMatrix, noise: noise, seed: seed)
    }

    /// The number of monitors (the size of a state).
    public var monitorCount: Int { response.shape[0] }
    /// The number of correctors (the size of an action).
    public var correctorCount: Int { response.shape[1] }

    /// The true orbit at the monitors (no noise), in mm.
    public var orbit: [Double] {
        let kicks = zip(errorKicks, correctorSettings).map { $0 + $1 }
        return (0..<monitorCount).map { i in
            (0..<correctorCount).reduce(0.0) { $0 + response.scalars[i * correctorCount + $1] * kicks[$1] }
        }
    }

    /// Starts an episode: correctors at zero, the beam displaced by random kicks scaled so the
    /// orbit's RMS is drawn from `startRMS`. Returns the first readings.
    @discardableResult
    public func reset() -> [Double] {
        var kicks = (0..<correctorCount).map { _ in generator.normal() }
        correctorSettings = [Double](repeating: 0, count: correctorCount)
        errorKicks = kicks
        let rms = Self.rms(orbit)
        let wanted = generator.uniform(startRMS.lowerBound, startRMS.upperBound)
        if rms > 0 { kicks = kicks.map { $0 * wanted / rms } }
        return reset(errorKicks: kicks)
    }

    /// Starts an episode from the given displacing kicks (mrad), for reproducible tests.
    @discardableResult
    public func reset(errorKicks kicks: [Double]) -> [Double] {
        errorKicks = kicks.count == correctorCount ? kicks : [Double](repeating: 0, count: correctorCount)
        correctorSettings = [Double](repeating: 0, count: correctorCount)
        steps = 0
        readings = read()
        return readings
    }

    /// Changes every corrector by `action` (mrad, clipped to ±`maxKick`) and reads the monitors.
    public func step(_ action: [Double]) throws -> BeamlineStep {
        try require(action.count == correctorCount, "an action has one change per corrector (\(correctorCount)), got \(action.count)")
        try require(action.allSatisfy(\.isFinite), "an action must hold finite numbers")
        for j in 0..<correctorCount {
            correctorSettings[j] += Swift.min(maxKick, Swift.max(-maxKick, action[j]))
        }
        steps += 1
        interactions += 1
        readings = read()
        let rms = Self.rms(readings)
        let outcome: BeamlineOutcome
        if rms > limit { outcome = .failure }
        else if rms <= target { outcome = .success }
        else if steps >= maxSteps { outcome = .timeLimit }
        else { outcome = .running }
        return BeamlineStep(readings: readings, rms: rms, outcome: outcome, steps: steps)
    }

    /// The root mean square of `values`.
    public static func rms(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
    }

    /// Reads a measured response matrix from a CSV file: one row per monitor, one column per
    /// corrector, mm per mrad (a header line of names is allowed).
    public static func responseMatrix(csv path: String) throws -> Tensor {
        let table = try CSV.read(path)
        let name = (path as NSString).lastPathComponent
        guard let width = table.rows.first?.count else { throw MLError.dataFile("\(path): the file has no rows") }
        for (row, line) in zip(table.rows, table.lines) {
            if let column = row.firstIndex(where: { !$0.isFinite }) {
                throw MLError.dataFile("\(name):\(line): column \(column + 1) is \(row[column]); a response matrix holds finite numbers")
            }
        }
        return Tensor(unchecked: [table.rows.count, width], scalars: table.rows.flatMap { $0 })
    }

    private func read() -> [Double] {
        let clean = orbit
        guard noise > 0 else { return clean }
        return clean.map { $0 + generator.normal(mean: 0, standardDeviation: noise) }
    }
}
