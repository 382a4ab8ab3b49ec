import LessonFormat
import Plots

/// What running one cell produced: its printed text, the value it displayed, figures, whether
/// its doctest held, and any error — everything a renderer or a grader needs, and nothing of
/// the interpreter.
public struct CellResult: Sendable {
    public var cell: Cell
    public var status: CellStatus
    /// Exactly what the cell printed (for an expected-error cell that failed: the rendered error).
    public var output: String
    /// The description of the cell's trailing expression, as a notebook shows it.
    public var displayedValue: String?
    /// Figures the cell drew (`plot(…)`, `show(…)`), in order.
    public var figures: [Figure]
    /// The error, in the lesson's coordinates (for `.failed`, `.missingError`, and for
    /// `.expectedError` the error that was expected).
    public var diagnostic: Diagnostic?
    /// The comparison with the cell's `output` block, when it has one and ran.
    public var doctest: DoctestResult?
    /// Verdicts of the native checks the cell called, in order (those before an error included).
    public var checks: [CheckResult]
    /// The cell raised an error (its diagnostic says which); false when it failed only by checks.
    public var raisedError: Bool
    /// For an error raised inside code of an earlier cell that came from another file (a
    /// student's exercise, when grading): where in that file it was raised. The diagnostic itself
    /// stays at the call in this cell.
    public var errorOrigin: SourceLocation?
    /// Wall-clock seconds the cell took to run.
    public var seconds: Double

    public init(cell: Cell, status: CellStatus, output: String = "", displayedValue: String? = nil,
                figures: [Figure] = [], diagnostic: Diagnostic? = nil, doctest: DoctestResult? = nil,
                checks: [CheckResult] = [], errorOrigin: SourceLocation? = nil, seconds: Double = 0) {
        self.cell = cell
        self.status = status
        self.output = output
        self.displayedValue = displayedValue
        self.figures = figures
        self.diagnostic = diagnostic
        self.doctest = doctest
        self.checks = checks
        self.raisedError = status == .failed && diagnostic != nil
        self.errorOrigin = errorOrigin
        self.seconds = seconds
    }

    /// Whether the cell behaved as its kind says (ran cleanly, or failed when it had to) and
    /// its doctest, if any, passed.
    public var isSuccess: Bool {
        switch status {
        case .ran, .expectedError, .notRun: return doctest?.passed ?? true
        case .failed, .missingError, .invalid: return false
        }
    }

    /// Whether the cell failed only because some of its checks did (it raised no error): how a
    /// starter fails its checks in a student's edition.
    public var failedOnlyByChecks: Bool {
        status == .failed && !raisedError && checks.contains { !$0.passed }
    }
}

/// How a cell ended.
public enum CellStatus: String, Sendable, Codable {
    /// Ran without error.
    case ran
    /// Not run: `norun`, or an exercise starter whose solution ran instead.
    case notRun
    /// Raised an error (syntax, unsupported construct, runtime, budget).
    case failed
    /// A `swift error` cell that failed, as it should.
    case expectedError
    /// A `swift error` cell that ran without error: a lesson error.
    case missingError
    /// Its info string or placement is malformed; not run.
    case invalid
}
