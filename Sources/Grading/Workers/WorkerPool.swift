import Foundation
import Outcomes

/// Runs grading jobs in worker processes, `workers` at a time: lectern re-runs itself as
/// `lectern grade-worker` for each submission, so a submission that crashes, loops in native
/// code or eats memory stops only its own process.
struct WorkerPool {
    /// The lectern executable (the running one, normally).
    let executable: String
    let workers: Int

    /// What came back from one worker.
    struct Outcome {
        var events: [WorkerEvent]
        /// Nil when the worker finished; otherwise what the feedback says about how it ended.
        var stopped: String?
        var seconds: Double
    }

    /// Runs every job and returns the outcomes in job order (whatever order they finished in).
    func run(_ jobs: [WorkerJob]) -> [Outcome] {
        let results = OutcomeStore(count: jobs.count)
        let next = Counter()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let inputs = jobs.map { (try? encoder.encode($0)) ?? Data() }
        let executable = self.executable
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, jobs.count))) { _ in
            while let index = next.take(below: jobs.count) {
                let job = jobs[index]
                let result = ChildProcess.run(executable, ["grade-worker"], input: inputs[index], timeout: job.limits.wallSeconds)
                results.set(index, WorkerPool.outcome(of: result, limits: job.limits))
            }
        }
        return results.all
    }

    static func outcome(of result: ChildProcess.Result, limits: WorkerLimits) -> Outcome {
        let decoder = JSONDecoder()
        var events: [WorkerEvent] = []
        // A worker killed mid-line leaves a partial last line: only complete lines count.
        var lines = result.standardOutput.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if result.standardOutput.last != UInt8(ascii: "\n") { lines.removeLast() }
        for line in lines where !line.isEmpty {
            if let event = try? decoder.decode(WorkerEvent.self, from: Data(line)) { events.append(event) }
        }
        let finished = events.last == .finished && result.termination == .exited(0)
        let stderr = String(decoding: result.standardError.suffix(4_000), as: UTF8.self)
        return Outcome(events: events, stopped: finished ? nil : limits.finding(for: result.termination, standardError: stderr, cpuUsed: result.cpuSeconds),
                       seconds: result.seconds)
    }
}

/// The next job index, shared by the pool's threads.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

private final class OutcomeStore: @unchecked Sendable {
    private var outcomes: [WorkerPool.Outcome?]
    private let lock = NSLock()
    init(count: Int) { outcomes = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ outcome: WorkerPool.Outcome) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }
    var all: [WorkerPool.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.map { $0 ?? WorkerPool.Outcome(events: [], stopped: "the worker did not run", seconds: 0) }
    }
}
