import MLCore

/// The budgets one cell runs under, so a runaway lesson (or a student's submission) ends in a
/// clear error instead of hanging or exhausting the machine.
///
/// The runtime keeps them in one MLCore `Budget` per cell: the interpreter counts steps and calls
/// in it, and every native MLCore entry point (training, matrix products, data loading, metrics)
/// checks it, so the limits hold inside native code too.
public struct ExecutionLimits: Sendable, Equatable {
    /// Evaluation steps (loop iterations and calls) per cell.
    public var maxSteps: Int
    /// Wall-clock seconds per cell.
    public var maxSeconds: Double
    /// Nesting depth of lesson-function calls.
    public var maxCallDepth: Int
    /// Elements in any single collection built by lesson code, and in total per cell.
    public var maxAllocation: Int
    /// Bytes of memory the lesson's process may hold, across all its cells.
    public var maxMemory: Int

    public init(maxSteps: Int = 500_000_000, maxSeconds: Double = 10,
                maxCallDepth: Int = 2_000, maxAllocation: Int = 50_000_000, maxMemory: Int = 4 << 30) {
        self.maxSteps = maxSteps
        self.maxSeconds = maxSeconds
        self.maxCallDepth = maxCallDepth
        self.maxAllocation = maxAllocation
        self.maxMemory = maxMemory
    }

    public static let `default` = ExecutionLimits()

    /// The same limits as MLCore's budget takes them.
    var budgetLimits: Budget.Limits {
        Budget.Limits(maxSteps: maxSteps, maxSeconds: maxSeconds, maxCallDepth: maxCallDepth,
                      maxAllocation: maxAllocation, maxMemory: maxMemory)
    }
}
