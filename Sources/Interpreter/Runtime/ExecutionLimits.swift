/// The budgets one cell runs under, so a runaway lesson (or a student's submission) ends in a
/// clear error instead of hanging or exhausting the machine.
public struct ExecutionLimits: Sendable, Equatable {
    /// Evaluation steps (loop iterations and calls) per cell.
    public var maxSteps: Int
    /// Wall-clock seconds per cell.
    public var maxSeconds: Double
    /// Nesting depth of lesson-function calls.
    public var maxCallDepth: Int
    /// Elements in any single collection built by lesson code, and in total per cell.
    public var maxAllocation: Int

    public init(maxSteps: Int = 500_000_000, maxSeconds: Double = 10,
                maxCallDepth: Int = 2_000, maxAllocation: Int = 50_000_000) {
        self.maxSteps = maxSteps
        self.maxSeconds = maxSeconds
        self.maxCallDepth = maxCallDepth
        self.maxAllocation = maxAllocation
    }

    public static let `default` = ExecutionLimits()
}
