import LessonFormat
import Outcomes

/// What one cell of a graded run produced, in the form a worker reports it: enough to score
/// the checks and write the feedback, and nothing a student must not see.
///
/// A hidden check's record keeps its verdicts' messages and pass/fail only: no output, no
/// values, no source line (its error shows the message alone).
public struct CellRecord: Sendable, Equatable, Codable {
    public var index: Int
    public var status: CellStatus
    /// What the cell printed, at most `maximumOutput` characters; empty for a hidden check.
    public var output: String
    public var checks: [CheckResult]
    /// The error, rendered with the source line and caret of the file it points into; a
    /// hidden check's error is its message alone.
    public var error: String?
    /// The error's message and location (nil for a failure of checks only).
    public var errorMessage: String?
    public var errorLocation: SourceLocation?
    /// When the error was raised inside a student's code called from this cell: where, and that
    /// line with a caret.
    public var errorOrigin: SourceLocation?
    public var originExcerpt: String?

    /// Output longer than this is cut (a student's runaway `print` must not fill the report).
    public static let maximumOutput = 20_000

    public init(index: Int, status: CellStatus, output: String = "", checks: [CheckResult] = [], error: String? = nil,
                errorMessage: String? = nil, errorLocation: SourceLocation? = nil, errorOrigin: SourceLocation? = nil,
                originExcerpt: String? = nil) {
        self.index = index
        self.status = status
        self.output = output
        self.checks = checks
        self.error = error
        self.errorMessage = errorMessage
        self.errorLocation = errorLocation
        self.errorOrigin = errorOrigin
        self.originExcerpt = originExcerpt
    }

    /// The record of `result`. `lines(file)` gives the lines of a file the result points into
    /// (the lesson's, or the student's submission).
    init(_ result: CellResult, lines: (String) -> [Substring]) {
        let hidden: Bool
        if case .check(_, true) = result.cell.kind { hidden = true } else { hidden = false }
        var output = hidden ? "" : result.output
        if output.count > CellRecord.maximumOutput {
            output = String(output.prefix(CellRecord.maximumOutput)) + "\n… (output cut after \(CellRecord.maximumOutput) characters)\n"
        }
        self.init(index: result.cell.index, status: result.status, output: output, checks: result.checks)
        if result.raisedError, let diagnostic = result.diagnostic {
            errorMessage = diagnostic.message
            errorLocation = hidden ? nil : diagnostic.location
            error = hidden ? "error: " + diagnostic.message : diagnostic.rendered(sourceLines: lines(diagnostic.location.file))
            if let origin = result.errorOrigin {
                errorOrigin = origin
                originExcerpt = Excerpt.at(origin, lines: lines(origin.file))
            }
        }
    }

    /// Whether the cell raised an error (as opposed to failing some checks, or running cleanly).
    public var raisedError: Bool { errorMessage != nil }
}

/// What a worker writes to its standard output, one JSON object per line, as grading goes:
/// first the prepared submission, then each cell as it finishes, then `finished`. A worker that
/// dies part-way leaves the lines it wrote, so the parent keeps the points already earned.
public enum WorkerEvent: Sendable, Equatable, Codable {
    case prepared(PreparedSubmission)
    case cell(CellRecord)
    case finished
}

/// A submission taken apart for grading: the exercise code that will run (after the rules
/// removed what they forbid), which exercises are missing, and the findings so far.
public struct PreparedSubmission: Sendable, Equatable, Codable {
    public struct Exercise: Sendable, Equatable, Codable {
        public var id: String
        /// The code that runs; nil when the submission has no cell for this exercise.
        public var code: String?
        public var firstLine: Int?
    }

    public var exercises: [Exercise]
    public var findings: [Finding]
    /// The file holds no exercise of the lesson (nothing was run).
    public var hasNoExercises: Bool

    public init(exercises: [Exercise], findings: [Finding], hasNoExercises: Bool) {
        self.exercises = exercises
        self.findings = findings
        self.hasNoExercises = hasNoExercises
    }
}
