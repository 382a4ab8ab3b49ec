import Foundation
import Interpreter
import LessonFormat

/// How to run a lesson.
public struct RunOptions: Sendable {
    /// Budgets for each cell: steps, seconds, call depth, allocation.
    public var limits: ExecutionLimits
    /// What stands for each exercise, unless `exerciseChoices` says otherwise for its id.
    public var exercises: ExerciseMode
    /// Per-exercise choices by id: run the starter, the solution, or code from another file.
    public var exerciseChoices: [String: ExerciseChoice]
    /// Budgets for the cells a student's code runs in (exercises, solutions and checks), when
    /// they differ from `limits`: grading gives them a tight deterministic step budget while the
    /// instructor's set-up keeps the lesson's own.
    public var exerciseLimits: ExecutionLimits?
    /// The folder lesson code may read data files from; nil: the lesson's own folder. The grader
    /// gives a copy without the lesson's Markdown, so no submission can read the solutions.
    public var dataFolder: String?

    public init(limits: ExecutionLimits = .default, exercises: ExerciseMode = .solutions,
                exerciseChoices: [String: ExerciseChoice] = [:], exerciseLimits: ExecutionLimits? = nil,
                dataFolder: String? = nil) {
        self.limits = limits
        self.exercises = exercises
        self.exerciseChoices = exerciseChoices
        self.exerciseLimits = exerciseLimits
        self.dataFolder = dataFolder
    }
}

extension RunOptions {
    /// The options as the result cache keys them: everything here that can change a result,
    /// and the type checker's mode (`LECTERN_CHECKER`). Nil when a run takes code from other
    /// files (grading, `check`): such runs are not cached.
    var cacheDescription: String? {
        guard exerciseChoices.isEmpty else { return nil }
        func describe(_ limits: ExecutionLimits) -> String {
            "steps=\(limits.maxSteps) seconds=\(limits.maxSeconds) depth=\(limits.maxCallDepth) "
                + "allocation=\(limits.maxAllocation) memory=\(limits.maxMemory)"
        }
        let checker = ProcessInfo.processInfo.environment["LECTERN_CHECKER"] ?? "report"
        return "\(describe(limits)) exercises=\(exercises == .solutions ? "solutions" : "starters") "
            + "exerciseLimits=\(exerciseLimits.map(describe) ?? "same") checker=\(checker)"
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

/// What runs in place of one exercise.
public enum ExerciseChoice: Sendable, Equatable {
    case starter
    case solution
    /// Code from another file (a student's submission) in place of the starter; the solution
    /// does not run.
    case code(ExerciseCode)
}

/// An exercise cell taken from another file: its code (possibly cleaned by the grader) and where
/// it came from, so errors point into that file.
public struct ExerciseCode: Sendable, Equatable {
    /// The cell as it appears in `file` (fence line, column offsets); `cell.code` is what runs.
    public var cell: Cell
    /// The file's name as messages show it (`alice.md`).
    public var file: String
    /// The file's lines, for rendering diagnostics.
    public var sourceLines: [String]

    public init(cell: Cell, file: String, sourceLines: [String]) {
        self.cell = cell
        self.file = file
        self.sourceLines = sourceLines
    }
}
