import ArgumentParser
import Grading
import Interpreter

/// Budgets of graded cells (exercises and their checks). The step budget decides whether a
/// student's code finished; the wall clock is only a backstop, so scores never depend on how
/// busy the machine is.
struct GradingLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-steps"), help: "Evaluation steps allowed per exercise or check cell (this decides).")
    var maxSteps: Int = BatchGrader.Options.defaultExerciseLimits.maxSteps

    @Option(name: .customLong("timeout"), help: "Wall-clock seconds per cell: a backstop, far above what the step budget allows.")
    var timeout: Double = BatchGrader.Options.defaultExerciseLimits.maxSeconds

    @Option(name: .customLong("max-depth"), help: "Nested function calls allowed (recursion limit).")
    var maxDepth: Int = BatchGrader.Options.defaultExerciseLimits.maxCallDepth

    @Option(name: .customLong("max-allocation"), help: "Elements one cell may allocate in arrays, strings and tensors.")
    var maxAllocation: Int = BatchGrader.Options.defaultExerciseLimits.maxAllocation

    func validate() throws {
        guard maxSteps > 0 else { throw ValidationError("--max-steps must be positive") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be positive") }
        guard maxAllocation > 0 else { throw ValidationError("--max-allocation must be positive") }
    }

    var exerciseLimits: ExecutionLimits {
        ExecutionLimits(maxSteps: maxSteps, maxSeconds: timeout, maxCallDepth: maxDepth, maxAllocation: maxAllocation)
    }

    /// The instructor's own cells keep the lesson's budgets, with the same wall-clock backstop.
    var lessonLimits: ExecutionLimits {
        var limits = ExecutionLimits.default
        limits.maxSeconds = max(limits.maxSeconds, timeout)
        return limits
    }
}
