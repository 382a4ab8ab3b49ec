import Interpreter

/// How to run a lesson.
public struct RunOptions: Sendable {
    /// Budgets for each cell: steps, seconds, call depth, allocation.
    public var limits: ExecutionLimits
    public var exercises: ExerciseMode

    public init(limits: ExecutionLimits = .default, exercises: ExerciseMode = .solutions) {
        self.limits = limits
        self.exercises = exercises
    }
}

/// Which code stands for each exercise when a lesson runs.
public enum ExerciseMode: Sendable, Equatable {
    /// The instructor's edition: run each exercise's reference solution instead of its starter
    /// (the starter itself runs only when the lesson has no solution for it).
    case solutions
    /// The student's edition: run the exercise cells as written (a student's own edits) and
    /// never the solutions.
    case starters
}
