import Dispatch
import Foundation

/// Independent pieces of work (the trees of a forest) spread over a few threads.
///
/// Item i always runs on worker i mod threads and results come back in item order, so the
/// result does not depend on the number of threads as long as each item draws its own random
/// numbers (each tree has its own seed).
enum ParallelWork {
    /// The threads to use when a model is not told: one per core.
    static var defaultThreadCount: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(worker, i)` for i in 0..<count on one thread per worker (worker t takes items t,
    /// t + workers, …), each with its scratch buffers; the first error thrown is rethrown after
    /// every thread has finished.
    static func map<Worker, Result>(count: Int, workers: [Worker], _ body: (Worker, Int) throws -> Result) throws -> [Result] {
        let threads = Swift.min(workers.count, count)
        if threads <= 1, let worker = workers.first {
            return try (0..<count).map { try body(worker, $0) }
        }
        guard threads > 1 else { return [] }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        let errors = UnsafeMutableBufferPointer<Error?>.allocate(capacity: threads)
        errors.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
            errors.deinitialize()
            errors.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            do {
                for item in stride(from: thread, to: count, by: threads) {
                    results[item] = try body(workers[thread], item)
                }
            } catch {
                errors[thread] = error
            }
        }
        if let error = errors.lazy.compactMap({ $0 }).first { throw error }
        return results.map { $0! }
    }
}
