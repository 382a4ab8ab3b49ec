import Foundation
import Interpreter
import LessonFormat
import Outcomes
import Runner

/// Grades one submission in this process: takes its exercise cells by id, applies the exercise
/// rules, runs the instructor's lesson with them in place, and reports every cell as it ends.
///
/// Workers call this (`lectern grade-worker`), so a submission that crashes or exhausts the
/// machine takes only its own process down. Without a submission it is the reference run: the
/// lesson with its solutions, from which the rubric is read.
public struct SubmissionRun {
    /// Budgets and sandbox of a graded run.
    public struct Settings: Sendable, Equatable, Codable {
        /// Budgets of the instructor's own cells (set-up, plain cells).
        public var limits: Limits
        /// Budgets of exercise and check cells: the deterministic step budget decides the score.
        public var exerciseLimits: Limits
        /// The folder lesson code may read data files from (a copy without Markdown); nil: none.
        public var dataFolder: String?
        /// Exercises to run from their starter whatever the submission has (after a worker died
        /// in one, so the others can still be graded).
        public var starters: [String]

        public init(limits: Limits, exerciseLimits: Limits, dataFolder: String? = nil, starters: [String] = []) {
            self.limits = limits
            self.exerciseLimits = exerciseLimits
            self.dataFolder = dataFolder
            self.starters = starters
        }
    }

    /// `ExecutionLimits` in a form that crosses to a worker.
    public struct Limits: Sendable, Equatable, Codable {
        public var maxSteps: Int
        public var maxSeconds: Double
        public var maxCallDepth: Int
        public var maxAllocation: Int

        public init(_ limits: ExecutionLimits) {
            maxSteps = limits.maxSteps
            maxSeconds = limits.maxSeconds
            maxCallDepth = limits.maxCallDepth
            maxAllocation = limits.maxAllocation
        }

        public var executionLimits: ExecutionLimits {
            ExecutionLimits(maxSteps: maxSteps, maxSeconds: maxSeconds, maxCallDepth: maxCallDepth, maxAllocation: maxAllocation)
        }
    }

    /// The instructor's lesson, named by its file name in every message (feedback never shows
    /// the instructor's paths).
    public let lesson: Lesson
    public let settings: Settings

    public init(lesson: Lesson, settings: Settings) {
        self.lesson = lesson
        self.settings = settings
    }

    /// Runs the lesson with `submission` (nil: the reference solutions), calling `emit` with the
    /// prepared submission, then each cell's record, then `.finished`.
    public func run(submission: (text: String, file: String)?, emit: @escaping (WorkerEvent) -> Void) {
        var options = RunOptions(limits: settings.limits.executionLimits, exercises: .solutions,
                                 exerciseLimits: settings.exerciseLimits.executionLimits, dataFolder: settings.dataFolder)
        var submittedLines: [Substring] = []
        var submittedFile = ""
        var visibleChecks: [Int: Cell] = [:]
        if let submission {
            let prepared = prepare(submission.text, file: submission.file)
            emit(.prepared(prepared.summary))
            if prepared.summary.hasNoExercises {
                emit(.finished)
                return
            }
            options.exercises = .starters
            options.exerciseChoices = prepared.choices
            for id in settings.starters { options.exerciseChoices[id] = .starter }
            submittedLines = prepared.lines
            submittedFile = submission.file
            visibleChecks = prepared.visibleChecks
        }
        let lessonLines = markdownLines(lesson.source)
        let runner = LessonRunner(lesson: lesson, options: options)
        _ = runner.runAll { result in
            var result = result
            // A visible check's error and verdicts point at the same check in the student's own
            // copy; a student who changed the check sees no place (the lesson's is not theirs).
            if submission != nil, result.cell.kind.exerciseID != nil, case .check = result.cell.kind {
                let theirs = visibleChecks[result.cell.index]
                func relocated(_ location: SourceLocation) -> SourceLocation? {
                    guard location.file == lesson.file, let theirs else { return location.file == lesson.file ? nil : location }
                    let line = location.line - result.cell.fenceLine
                    let offset = line >= 1 && line <= result.cell.columnOffsets.count ? result.cell.columnOffsets[line - 1] : 0
                    let position = theirs.markdownPosition(line: line, column: location.column - offset)
                    return SourceLocation(file: submittedFile, line: position.line, column: position.column)
                }
                if var diagnostic = result.diagnostic, theirs != nil, let moved = relocated(diagnostic.location) {
                    diagnostic.location = moved
                    result.diagnostic = diagnostic
                }
                for index in result.checks.indices {
                    result.checks[index].location = result.checks[index].location.flatMap(relocated)
                }
            }
            emit(.cell(CellRecord(result) { file in file == submittedFile ? submittedLines : lessonLines }))
        }
        emit(.finished)
    }

    /// A submission taken apart: what runs for each exercise, and the findings.
    struct Prepared {
        var summary: PreparedSubmission
        var choices: [String: ExerciseChoice]
        var lines: [Substring]
        /// The lesson's visible check cells (by index) that the submission has unchanged.
        var visibleChecks: [Int: Cell] = [:]
    }

    func prepare(_ text: String, file: String) -> Prepared {
        let submission = LessonParser.parse(text, file: file)
        let lines = markdownLines(submission.source)
        let exerciseIDs = lesson.cells.compactMap { cell -> String? in
            if case .exercise(let id, _) = cell.kind { return id } else { return nil }
        }
        let submitted = SubmittedExercises(submission: submission, lessonExercises: exerciseIDs)
        var findings = submitted.findings
        guard !submitted.hasNoExercises else {
            return Prepared(summary: PreparedSubmission(exercises: exerciseIDs.map { .init(id: $0, code: nil, firstLine: nil) },
                                                        findings: findings, hasNoExercises: true),
                            choices: [:], lines: lines)
        }
        let handout = LessonParser.parse(Handout.text(of: lesson), file: lesson.file)
        findings += OutsideEdits.findings(submission: submission, handout: handout, file: file)

        let rules = ExerciseRules(lesson: lesson)
        var choices: [String: ExerciseChoice] = [:]
        var exercises: [PreparedSubmission.Exercise] = []
        for id in exerciseIDs {
            guard var cell = submitted.cells[id] else {
                exercises.append(.init(id: id, code: nil, firstLine: nil))
                continue
            }
            let cleaned = rules.clean(cell, exercise: id, file: file, lines: lines)
            findings += cleaned.findings
            cell.code = cleaned.code
            choices[id] = .code(ExerciseCode(cell: cell, file: file, sourceLines: lines.map(String.init)))
            exercises.append(.init(id: id, code: cleaned.code, firstLine: cell.firstCodeLine))
        }
        return Prepared(summary: PreparedSubmission(exercises: exercises, findings: findings, hasNoExercises: false),
                        choices: choices, lines: lines, visibleChecks: matchingChecks(submission))
    }

    /// The k-th visible check of each exercise in the lesson, paired with the k-th in the
    /// submission when the student left its code as it was.
    private func matchingChecks(_ submission: Lesson) -> [Int: Cell] {
        func visible(_ lesson: Lesson) -> [String: [Cell]] {
            var byID: [String: [Cell]] = [:]
            for cell in lesson.cells { if case .check(let id, false) = cell.kind { byID[id, default: []].append(cell) } }
            return byID
        }
        let theirs = visible(submission)
        var matched: [Int: Cell] = [:]
        for (id, cells) in visible(lesson) {
            for (k, cell) in cells.enumerated() where k < (theirs[id]?.count ?? 0) {
                if let other = theirs[id]?[k], other.code == cell.code { matched[cell.index] = other }
            }
        }
        return matched
    }
}
