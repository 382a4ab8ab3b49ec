import Foundation
import Interpreter
import LessonFormat
import Outcomes

/// Runs a lesson's cells in order in one interpreter session, turning each into a `CellResult`.
///
/// Cells can be run all at once (`runAll`) or one at a time (`runNext`, for `lectern step`);
/// state is shared from cell to cell as in a notebook. A failing cell never stops the lesson:
/// later cells still run, and a later cell that uses a name the failed cell should have defined
/// is told so by the interpreter.
public final class LessonRunner {
    public let lesson: Lesson
    public let options: RunOptions
    private var session: Session
    private var nextIndex = 0
    /// The latest result of each cell run so far, by cell index.
    private var latest: [Int: CellResult] = [:]
    private var secondsSpent = 0.0
    private let cells: [Cell]
    private let solvedExercises: Set<String>
    private let displayName: String

    public init(lesson: Lesson, options: RunOptions = RunOptions()) {
        self.lesson = lesson
        self.options = options
        self.session = Session(limits: options.limits)
        self.cells = lesson.cells
        self.solvedExercises = Set(lesson.cells.compactMap {
            if case .solution(let id) = $0.kind { return id } else { return nil }
        })
        self.displayName = (lesson.file as NSString).lastPathComponent
        let folder = (lesson.file as NSString).deletingLastPathComponent
        session.dataFolder = folder.isEmpty ? "." : folder
    }

    /// Called once per epoch while lesson code trains a model (`fit`), on the thread running
    /// the cell; the command line draws its progress bar from it.
    public var onTrainingProgress: ((TrainingProgress) -> Void)? {
        get { session.onProgress }
        set { session.onProgress = newValue }
    }

    /// Runs the next cell, or returns nil at the end of the lesson.
    public func runNext() -> CellResult? {
        guard nextIndex < cells.count else { return nil }
        let cell = cells[nextIndex]
        nextIndex += 1
        return run(cell)
    }

    /// Runs every remaining cell, calling `progress` after each, and returns the lesson's result.
    public func runAll(progress: ((CellResult) -> Void)? = nil) -> LessonResult {
        while let result = runNext() {
            progress?(result)
        }
        return result
    }

    /// The lesson's result so far: the latest result of every cell that has run.
    public var result: LessonResult {
        LessonResult(lesson: lesson, cells: latest.keys.sorted().compactMap { latest[$0] },
                     diagnostics: lesson.diagnostics, seconds: secondsSpent)
    }

    /// Whether `cell` runs under the current options.
    public func shouldRun(_ cell: Cell) -> Bool {
        switch cell.kind {
        case .norun: return false
        case .exercise(let id, _):
            return options.exercises == .starters || !solvedExercises.contains(id)
        case .solution:
            return options.exercises == .solutions
        case .run, .hidden, .expectError, .check:
            return true
        }
    }

    /// Runs one cell (again, if it already ran: `step`'s re-run) in the shared session.
    public func run(_ cell: Cell) -> CellResult {
        let result = execute(cell)
        latest[cell.index] = result
        secondsSpent += result.seconds
        return result
    }

    private func execute(_ cell: Cell) -> CellResult {
        if isInvalid(cell) {
            return CellResult(cell: cell, status: .invalid,
                              diagnostic: lesson.diagnostics.first { $0.location.line == cell.fenceLine && $0.severity == .error })
        }
        guard shouldRun(cell) else { return CellResult(cell: cell, status: .notRun) }

        let file = displayName
        let origin = CellOrigin(name: "\(file):\(cell.firstCodeLine)") { line, column in
            let position = cell.markdownPosition(line: line, column: column)
            return "\(file):\(position.line):\(position.column)"
        }
        let session = self.session
        let code = cell.code
        let start = Date()
        let outcome = LargeStack.run { session.run(code, origin: origin) }
        let seconds = Date().timeIntervalSince(start)

        let diagnostic = outcome.error.map { error -> Diagnostic in
            let position = cell.markdownPosition(line: error.line, column: error.column)
            return Diagnostic(at: lesson.location(line: position.line, column: position.column), error.message)
        }
        var result = CellResult(cell: cell, status: .ran, output: outcome.output,
                                displayedValue: outcome.displayedValue, figures: outcome.figures, diagnostic: diagnostic, seconds: seconds)
        switch (cell.kind, diagnostic) {
        case (.expectError, let diagnostic?):
            result.status = .expectedError
            result.output += renderedForDisplay(diagnostic)
        case (.expectError, nil):
            result.status = .missingError
            result.diagnostic = Diagnostic(at: lesson.location(line: cell.fenceLine, column: 1),
                                           "this cell is marked 'swift error' but ran without an error")
        case (_, .some):
            result.status = .failed
        case (_, nil):
            break
        }
        if case .check(let id, _) = cell.kind, result.status == .ran,
           let failure = CheckTally(output: result.output).failureMessage(exercise: id) {
            result.status = .failed
            result.diagnostic = Diagnostic(at: lesson.location(line: cell.firstCodeLine, column: 1), failure)
        }
        if let expected = cell.expectedOutput, result.status == .ran || result.status == .expectedError {
            result.doctest = DoctestResult.compare(actual: result.output, expected: expected, file: lesson.file)
        }
        return result
    }

    /// A diagnostic as a reader sees it: named by the lesson's file name (not the path it was
    /// opened by, so an `output` block holding it is the same wherever lectern runs from).
    private func renderedForDisplay(_ diagnostic: Diagnostic) -> String {
        var shown = diagnostic
        shown.location.file = displayName
        return shown.rendered(sourceLines: lesson.sourceLines) + "\n"
    }

    /// A cell whose info string or placement was rejected by the parser.
    private func isInvalid(_ cell: Cell) -> Bool {
        cell.kind == .norun && lesson.diagnostics.contains { $0.location.line == cell.fenceLine && $0.severity == .error }
    }
}
