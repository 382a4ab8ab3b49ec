import LessonFormat

/// A student's graded submission of one lesson: a score per exercise, each check's verdict,
/// and every finding — what `grades.csv`, `grades.json` and the feedback page are made from.
///
/// Everything in it is deterministic (no times, no paths beyond the file name the instructor
/// gave), so grading the same inputs twice gives the same report, byte for byte once encoded.
public struct SubmissionReport: Sendable, Equatable, Codable {
    /// The student's id: the submission's file name, or its folder's name (`alice/03-….md`).
    public var student: String
    /// The submission's file name as messages show it.
    public var file: String
    /// SHA-256 of the submission's bytes (hex), for `--resume` and the gradebook.
    public var sha256: String
    public var exercises: [ExerciseReport]
    public var findings: [Finding]

    public init(student: String, file: String, sha256: String, exercises: [ExerciseReport], findings: [Finding]) {
        self.student = student
        self.file = file
        self.sha256 = sha256
        self.exercises = exercises
        self.findings = findings
    }

    public var total: Double { exercises.reduce(0) { $0 + $1.points } }
    public var possible: Double { exercises.reduce(0) { $0 + $1.possible } }
}

/// One exercise of a graded submission.
public struct ExerciseReport: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Its checks ran on the student's code.
        case graded
        /// The submission has no cell for it (the starter ran in its place, for later exercises).
        case missing
        /// It was not graded: the submission could not be read, or grading stopped before it.
        case notGraded = "not-graded"
    }

    public var id: String
    public var status: Status
    public var points: Double
    public var possible: Double
    /// The student's code as it ran (after the grader removed what the rules forbid), and the
    /// line of the submission it starts on.
    public var code: String?
    public var firstLine: Int?
    /// What the student's exercise cell printed.
    public var output: String
    public var checks: [GradedCheck]
    /// Errors of the exercise cell and its checks, rendered with source line and caret.
    public var errors: [String]

    public init(id: String, status: Status, points: Double, possible: Double, code: String? = nil,
                firstLine: Int? = nil, output: String = "", checks: [GradedCheck] = [], errors: [String] = []) {
        self.id = id
        self.status = status
        self.points = points
        self.possible = possible
        self.code = code
        self.firstLine = firstLine
        self.output = output
        self.checks = checks
        self.errors = errors
    }

    public var checksPassed: Int { checks.filter(\.passed).count }
}

/// One check of an exercise as graded: its verdict and the points it earned.
public struct GradedCheck: Sendable, Equatable, Codable {
    public var message: String
    public var passed: Bool
    public var points: Double
    public var possible: Double
    public var hidden: Bool
    public var expected: String?
    public var actual: String?
    public var detail: String?
    /// Why the check has no verdict (`did not run: …`), when it did not run.
    public var note: String?

    public init(message: String, passed: Bool, points: Double, possible: Double, hidden: Bool,
                expected: String? = nil, actual: String? = nil, detail: String? = nil, note: String? = nil) {
        self.message = message
        self.passed = passed
        self.points = points
        self.possible = possible
        self.hidden = hidden
        self.expected = hidden ? nil : expected
        self.actual = hidden ? nil : actual
        self.detail = hidden ? nil : detail
        self.note = note
    }
}

/// Something about a submission the instructor and the student should know: it could not be
/// read, an exercise is missing, code broke a rule, the worker was stopped, an edit outside the
/// exercises was not graded.
public struct Finding: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// The file could not be graded at all: unreadable, not UTF-8, binary, too large, empty,
        /// not a lesson.
        case unreadable
        /// An exercise id is missing, duplicated or unknown; the submission's Markdown is malformed.
        case format
        /// The student's code raised an error (syntax, runtime, budget).
        case error
        /// The code broke the grading rules (a declaration the starter does not have, an
        /// assignment to the lesson's state, a call of a check); that part was not run.
        case rule
        /// An edit outside the exercise cells, which was not graded.
        case outsideEdit = "outside-edit"
        /// The worker process running the submission died or was stopped by an OS limit.
        case worker
    }

    public var kind: Kind
    public var message: String
    /// Where in the student's file, when it has a place.
    public var location: SourceLocation?
    /// The offending line and a caret under the column, when it has a place.
    public var excerpt: String?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil, excerpt: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.excerpt = excerpt
    }

    /// `alice.md:12:5: message`, or the message alone.
    public var header: String { location.map { "\($0): \(message)" } ?? message }
}

/// Points as reports show them: at most two decimals, no trailing zeros (`2`, `1.5`, `0.67`).
public func formatPoints(_ points: Double) -> String {
    let rounded = (points * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(format: "%.2f", rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}
