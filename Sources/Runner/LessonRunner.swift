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
    public private(set) var lesson: Lesson
    public let options: RunOptions
    /// Made on first use: a lesson read back from the cache never starts an interpreter.
    private lazy var session: Session = {
        let session = Session(limits: options.limits)
        let folder = (lesson.file as NSString).deletingLastPathComponent
        session.dataFolder = options.dataFolder ?? (folder.isEmpty ? "." : folder)
        return session
    }()
    private var nextIndex = 0
    /// The latest result of each cell run so far, by cell index.
    private var latest: [Int: CellResult] = [:]
    private var secondsSpent = 0.0
    private var cells: [Cell]
    private var solvedExercises: Set<String>
    private let displayName: String
    /// Cells run from other files (students' exercises), by the origin their errors name.
    private var foreignOrigins: [String: CodeSource] = [:]
    /// Where complete runs are stored and looked up; nil: always run.
    private let cache: ResultCache?
    /// The cached results this runner hands out instead of running cells, by cell index.
    private var cached: [Int: CellResult] = [:]
    private var cachedDataFiles: [String] = []
    /// A cell ran twice (`step`'s re-run): the session's state is not one plain run's.
    private var ranAgain = false
    /// Names declared by cells that never declared them — skipped in `step`, or not parsed —
    /// with why, so a later cell that needs one is told which cell to look at.
    private var missingDeclarations: [String: String] = [:]
    /// The cells `step` skipped, in the order they were skipped.
    public private(set) var skippedCells: [Cell] = []

    /// A runner for `lesson`; with a `cache`, an unchanged lesson's cells are read back from it
    /// instead of run (`isFromCache`), and `storeInCache()` keeps a fresh complete run.
    public init(lesson: Lesson, options: RunOptions = RunOptions(), cache: ResultCache? = nil) {
        self.lesson = lesson
        self.options = options
        self.cache = cache
        if let hit = cache?.lookup(lesson, options: options) {
            cached = Dictionary(hit.result.cells.map { ($0.cell.index, $0) }, uniquingKeysWith: { first, _ in first })
            cachedDataFiles = hit.dataFiles
        }
        self.cells = lesson.cells
        self.solvedExercises = Self.solvedExercises(of: lesson)
        self.displayName = (lesson.file as NSString).lastPathComponent
    }

    private static func solvedExercises(of lesson: Lesson) -> Set<String> {
        Set(lesson.cells.compactMap { if case .solution(let id) = $0.kind { return id } else { return nil } })
    }

    /// Carries on with the lesson's edited text (`step`'s `r`): later cells come from it, and
    /// they run in the same session, so what earlier cells defined is still there. The file
    /// must be the same lesson; results of cells that ran are kept by cell number.
    public func reload(_ edited: Lesson) {
        lesson = edited
        cells = edited.cells
        solvedExercises = Self.solvedExercises(of: edited)
        ranAgain = true
    }

    /// Whether this runner's results come from the cache (nothing runs).
    public var isFromCache: Bool { !cached.isEmpty }

    /// The data file names the lesson's cells asked for (for a cached run: when it ran).
    public var dataFilesRead: [String] { isFromCache ? cachedDataFiles : session.dataFilesRead }

    /// Stores the lesson's result in the cache when every cell has run exactly once here.
    public func storeInCache() {
        guard let cache, !isFromCache, !ranAgain, latest.count == cells.count else { return }
        cache.store(result, options: options, dataFiles: dataFilesRead)
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
        var result = LessonResult(lesson: lesson, cells: latest.keys.sorted().compactMap { latest[$0] },
                                  diagnostics: lesson.diagnostics, seconds: secondsSpent)
        result.fromCache = isFromCache
        return result
    }

    /// Whether `cell` runs under the current options.
    public func shouldRun(_ cell: Cell) -> Bool {
        switch cell.kind {
        case .norun: return false
        case .exercise(let id, _):
            switch choice(for: id) {
            case .starter, .code: return true
            case .solution: return !solvedExercises.contains(id)
            }
        case .solution(let id):
            return choice(for: id) == .solution
        case .run, .hidden, .expectError, .check:
            return true
        }
    }

    /// What stands for exercise `id`: its own choice, else the edition's.
    private func choice(for id: String) -> ExerciseChoice {
        options.exerciseChoices[id] ?? (options.exercises == .solutions ? .solution : .starter)
    }

    /// Records that `cell` was skipped (`step`'s `s`): a later cell that needs a name it
    /// declares is told so, and the summary names it.
    public func skip(_ cell: Cell) {
        if !skippedCells.contains(where: { $0.index == cell.index }) { skippedCells.append(cell) }
        noteMissingDeclarations(of: cell, because: "was skipped")
        ranAgain = true
    }

    /// Where a cell starts, as messages name it: `01-perceptron.md:12`.
    public func place(of cell: Cell) -> String { "\(displayName):\(cell.firstCodeLine)" }

    private func noteMissingDeclarations(of cell: Cell, because reason: String) {
        for item in DeclaredNames.read(cell.code).items {
            for name in item.names { missingDeclarations[name] = "the cell at \(place(of: cell)) \(reason)" }
        }
    }

    /// A cell's error as the author needs it: a time limit names the option that raises it,
    /// and a name that a skipped or unparsed cell declares names that cell.
    private func explained(_ message: String) -> String {
        if message.hasPrefix("time limit of"), !message.contains("--timeout") {
            return message + "; a cell that needs longer can have it with --timeout SECONDS"
        }
        let prefix = "cannot find '", suffix = "' in scope"
        guard message.hasPrefix(prefix), message.hasSuffix(suffix) else { return message }
        let name = String(message.dropFirst(prefix.count).dropLast(suffix.count))
        guard let why = missingDeclarations[name] else { return message }
        return "'\(name)' is unavailable because \(why)"
    }

    /// Runs one cell (again, if it already ran: `step`'s re-run) in the shared session.
    public func run(_ cell: Cell) -> CellResult {
        if latest[cell.index] != nil { ranAgain = true }
        let result = cached[cell.index] ?? execute(cell)
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

        // A student's exercise runs from their file: its code, its line numbers, its name in errors.
        var source = CodeSource(cell: cell, file: lesson.file, displayName: displayName)
        if case .exercise(let id, _) = cell.kind, case .code(let code) = choice(for: id) {
            var substituted = code.cell
            substituted.index = cell.index
            substituted.kind = cell.kind
            source = CodeSource(cell: substituted, file: code.file, displayName: (code.file as NSString).lastPathComponent)
            foreignOrigins[source.displayName] = source
        }
        let runCell = source.cell
        let session = self.session
        session.limits = isExerciseCell(cell) ? (options.exerciseLimits ?? options.limits) : options.limits
        let code = runCell.code
        let placed = source
        let origin = CellOrigin(name: source.origin) { line, column in
            let position = placed.cell.markdownPosition(line: line, column: column)
            return "\(placed.displayName):\(position.line):\(position.column)"
        }
        let start = Date()
        // The session runs the cell on a thread of its own with a large stack.
        let outcome = session.run(code, origin: origin)
        let seconds = Date().timeIntervalSince(start)

        var errorOrigin: SourceLocation?
        if outcome.error != nil, DeclaredNames.read(runCell.code).hasSyntaxErrors {
            noteMissingDeclarations(of: runCell, because: "did not parse")
        } else if outcome.error == nil, !missingDeclarations.isEmpty {
            for item in DeclaredNames.read(runCell.code).items { item.names.forEach { missingDeclarations[$0] = nil } }
        }
        let diagnostic = outcome.error.map { error -> Diagnostic in
            let position = runCell.markdownPosition(line: error.line, column: error.column)
            var message = explained(error.message)
            if let raised = RaisedElsewhere(message), let other = foreignOrigins[raised.origin] {
                errorOrigin = SourceLocation(file: other.file, line: raised.line, column: raised.column)
                message = raised.message
            }
            return Diagnostic(at: SourceLocation(file: source.file, line: position.line, column: position.column), message)
        }
        let hidden: Bool
        if case .check(_, true) = cell.kind { hidden = true } else { hidden = false }
        var result = CellResult(cell: runCell, status: .ran, output: outcome.output,
                                displayedValue: outcome.displayedValue, figures: outcome.figures, diagnostic: diagnostic,
                                checks: outcome.checks.map { verdict in
                                    let location = verdict.line.map { line -> SourceLocation in
                                        let position = runCell.markdownPosition(line: line, column: verdict.column ?? 1)
                                        return SourceLocation(file: source.file, line: position.line, column: position.column)
                                    }
                                    return CheckResult(verdict, hidden: hidden, location: location)
                                },
                                errorOrigin: errorOrigin, seconds: seconds)
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
            result.raisedError = true
        case (_, nil):
            break
        }
        if result.status == .ran, let failure = CheckResult.failureMessage(result.checks, exercise: cell.kind.exerciseID) {
            result.status = .failed
            let first = result.checks.first { !$0.passed }?.location
            result.diagnostic = Diagnostic(at: first ?? SourceLocation(file: source.file, line: runCell.firstCodeLine, column: 1), failure)
        }
        if let expected = cell.expectedOutput, result.status == .ran || result.status == .expectedError {
            result.doctest = DoctestResult.compare(actual: result.output, expected: expected, file: lesson.file)
        }
        return result
    }

    /// Cells whose code a student writes or whose checks judge it.
    private func isExerciseCell(_ cell: Cell) -> Bool {
        switch cell.kind {
        case .exercise, .solution, .check: return true
        case .run, .hidden, .norun, .expectError: return false
        }
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

/// The cell that actually runs and the file it belongs to.
private struct CodeSource {
    var cell: Cell
    var file: String
    var displayName: String
    /// How errors raised in this cell's code later name it: `alice.md:42`.
    var origin: String { "\(displayName):\(cell.firstCodeLine)" }
}

/// An error the interpreter raised inside a function of an earlier cell: it locates the error at
/// the call and appends ` (raised at FILE:LINE:COLUMN)`, a place in that cell's file.
struct RaisedElsewhere {
    var message: String
    var origin: String
    var line: Int
    var column: Int

    init?(_ text: String) {
        let marker = " (raised at "
        guard text.hasSuffix(")"), let start = text.range(of: marker, options: .backwards) else { return nil }
        let inner = text[start.upperBound..<text.index(before: text.endIndex)]
        let parts = inner.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else { return nil }
        message = String(text[..<start.lowerBound])
        origin = parts.dropLast(2).joined(separator: ":")
        self.line = line
        self.column = column
    }
}

extension CheckResult {
    /// The interpreter's verdict as an outcome; a hidden check keeps only message and verdict.
    init(_ verdict: CheckVerdict, hidden: Bool, location: SourceLocation?) {
        self.init(kind: Kind(rawValue: verdict.kind.rawValue) ?? .condition, message: verdict.message,
                  passed: verdict.passed, points: verdict.points, expected: verdict.expected,
                  actual: verdict.actual, detail: verdict.detail, hidden: hidden, location: location)
    }
}
