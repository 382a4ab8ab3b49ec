import ArgumentParser
import Interpreter

/// Budgets every cell runs under; the defaults suit the course, the options help a lesson that
/// trains a bigger model or a grader that wants tighter limits.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-steps"), help: "Evaluation steps allowed per cell.")
    var maxSteps: Int = ExecutionLimits.default.maxSteps

    @Option(name: .customLong("timeout"), help: "Wall-clock seconds allowed per cell.")
    var timeout: Double = ExecutionLimits.default.maxSeconds

    @Option(name: .customLong("max-depth"), help: "Nested function calls allowed (recursion limit).")
    var maxDepth: Int = ExecutionLimits.default.maxCallDepth

    @Option(name: .customLong("max-allocation"), help: "Elements any one cell may allocate in arrays, strings and tensors.")
    var maxAllocation: Int = ExecutionLimits.default.maxAllocation

    @Option(name: .customLong("max-memory"), help: "Mebibytes of memory a lesson may hold, all its cells together.")
    var maxMemory: Int = ExecutionLimits.default.maxMemory >> 20

    func validate() throws {
        guard maxSteps > 0 else { throw ValidationError("--max-steps must be positive") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be positive") }
        guard maxAllocation > 0 else { throw ValidationError("--max-allocation must be positive") }
        guard maxMemory > 0, maxMemory <= Int.max >> 20 else { throw ValidationError("--max-memory must be a positive number of mebibytes") }
    }

    var limits: ExecutionLimits {
        ExecutionLimits(maxSteps: maxSteps, maxSeconds: timeout, maxCallDepth: maxDepth, maxAllocation: maxAllocation,
                        maxMemory: maxMemory << 20)
    }
}
