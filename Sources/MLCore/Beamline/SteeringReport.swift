/// How a steering policy fared over many random starts: the evaluation the case study's goal is
/// stated in ("in at least 90 % of 100 starts, 1 mm within 5 steps, never above 3 mm").
public struct SteeringReport: Sendable, CustomStringConvertible {
    /// Episodes run.
    public let starts: Int
    /// Episodes that reached the target within the step limit without crossing the limit.
    public let successes: Int
    /// Episodes in which the RMS went above the machine-protection limit.
    public let limitCrossings: Int
    /// For each successful episode, the steps it took.
    public let stepsToTarget: [Int]
    /// For each episode, the RMS before the first step and after each step, in mm.
    public let rmsPerStep: [[Double]]

    /// The share of successful episodes.
    public var successRate: Double { starts == 0 ? 0 : Double(successes) / Double(starts) }
    /// The mean of `stepsToTarget` (0 without successes).
    public var meanSteps: Double {
        stepsToTarget.isEmpty ? 0 : Double(stepsToTarget.reduce(0, +)) / Double(stepsToTarget.count)
    }
    /// The largest of `stepsToTarget` (0 without successes).
    public var maxSteps: Int { stepsToTarget.max() ?? 0 }

    public var description: String {
        "SteeringReport(\(successes) of \(starts) starts reached the target, steps mean \(meanSteps) max \(maxSteps), \(limitCrossings) crossed the limit)"
    }
}

extension Beamline {
    /// Runs `policy` (monitor readings → corrector changes in mrad) from `starts` random starting
    /// orbits, each for at most `maxSteps` steps: an episode succeeds when its RMS reaches the target
    /// before the limit is crossed.
    public func evaluate(starts: Int, maxSteps: Int = 5, policy: ([Double]) throws -> [Double]) throws -> SteeringReport {
        try require(starts > 0 && maxSteps > 0, "an evaluation needs at least one start and one step, got \(starts) and \(maxSteps)")
        let budget = Budget.current
        var successes = 0, crossings = 0
        var steps: [Int] = [], traces: [[Double]] = []
        for _ in 0..<starts {
            var readings = reset()
            var trace = [Beamline.rms(readings)]
            for _ in 0..<maxSteps {
                try budget?.check()
                let step = try self.step(try policy(readings))
                trace.append(step.rms)
                readings = step.readings
                if step.outcome == .failure { crossings += 1; break }
                if step.outcome == .success { successes += 1; steps.append(step.steps); break }
            }
            traces.append(trace)
        }
        return SteeringReport(starts: starts, successes: successes, limitCrossings: crossings, stepsToTarget: steps, rmsPerStep: traces)
    }
}
