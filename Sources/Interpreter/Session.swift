import Foundation
import MLCore
import Plots

/// Where an error happened, 1-based, in the coordinates of the cell's own source text.
public struct CellError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// What running one cell produced.
public struct CellOutcome: Sendable {
    /// Exactly what `print` wrote (kept when the cell fails part-way).
    public var output: String
    /// The description of a trailing expression's value, as a notebook shows it; nil for Void,
    /// assignments, declarations and `print` calls. Strings show unquoted.
    public var displayedValue: String?
    public var error: CellError?
    /// Figures the cell drew (`plot(history)`, `show(value)`), in order.
    public var figures: [Plots.Figure]
    /// Verdicts of the native checks the cell called (`check`, `expect`, `expectEqual`), in order;
    /// those recorded before an error are kept.
    public var checks: [CheckVerdict]

    public init(output: String, displayedValue: String? = nil, error: CellError? = nil, figures: [Plots.Figure] = [],
                checks: [CheckVerdict] = []) {
        self.output = output
        self.displayedValue = displayedValue
        self.error = error
        self.figures = figures
        self.checks = checks
    }
}

/// Serialises every use of the interpreter in a process.
///
/// The Interpreter module is compiled with non-atomic reference counting (`-assume-single-threaded`
/// in Package.swift): atomic retains and releases took a third of the time of method-heavy lesson
/// code (structs 1.11 -> 0.75 s). That is sound only while one thread at a time runs interpreter
/// code, including code that touches objects all sessions share (the prelude's tables), so
/// sessions take this lock to be created, to run a cell and to be freed. A cell runs on a thread
/// of its own that `run` joins before it returns, and grading runs each submission in a worker
/// process, so nothing waits on it today: it turns a future in-process parallel use into waiting
/// instead of memory corruption.
public enum InterpreterLock {
    public static let shared = NSLock()
}

/// One lesson's interpreter: cells run in order and share globals, functions and types, as in a
/// notebook. Redeclaring a name in a later cell replaces it.
public final class Session {
    public var limits: ExecutionLimits {
        get { runtime.limits }
        set { runtime.limits = newValue }
    }

    // Optional only so that `deinit` can free them while it holds `InterpreterLock`.
    private(set) var runtime: Runtime!
    private(set) var evaluator: Evaluator!
    /// The static view of everything the session's cells declared, for the type checker.
    private(set) var typeWorld: TypeWorld!
    /// What the type checker's findings do (`LECTERN_CHECKER`): by default the first one stops
    /// the cell before it runs, as swiftc refuses the program; `debug` prints them all to
    /// standard error and runs the cell anyway (for finding gaps in the checker's model); `off`
    /// ignores them.
    enum CheckerMode { case report, debug, off }
    static let checkerMode: CheckerMode = switch ProcessInfo.processInfo.environment["LECTERN_CHECKER"] {
    case "debug": .debug
    case "off": .off
    default: .report
    }

    /// Stack for the thread each cell runs on: deep (but bounded) lesson recursion fits easily.
    static let cellStackSize = 512 << 20

    /// This session's cell stack (tests shrink it to prove that nothing recurses natively over
    /// lesson data); lesson calls may use four fifths of it before the depth guard stops them.
    var stackSize = Session.cellStackSize {
        didSet { runtime.stackAllowance = UInt(stackSize) / 5 * 4 }
    }

    /// Called after every epoch of a `fit` in a running cell (on the cell's thread), so a
    /// front end can draw a progress bar.
    public var onProgress: ((TrainingProgress) -> Void)?

    /// The folder from which lesson code may read data files (`CSV.dataset("data.csv")`):
    /// the lesson's own. Paths leaving it are refused; nil refuses every file.
    public var dataFolder: String? {
        get { evaluator.library.dataFolder }
        set { evaluator.library.dataFolder = newValue }
    }

    /// The data file names this session's cells asked for (read or refused), in order: what a
    /// cached result of the lesson depends on besides its text.
    public var dataFilesRead: [String] { evaluator.library.dataFilesRead }

    public init(limits: ExecutionLimits = .default) {
        InterpreterLock.shared.lock()
        defer { InterpreterLock.shared.unlock() }
        typeWorld = TypeWorld()
        runtime = Runtime(limits: limits)
        evaluator = Evaluator(rt: runtime)
        // The cell's budget holds inside native training by itself (MLCore checks it every batch).
        evaluator.library.epochObserver = { [weak self] report in
            self?.onProgress?(TrainingProgress(epoch: report.epoch, epochs: report.epochs, loss: report.loss,
                                               validationLoss: report.validationLoss))
            return nil
        }
    }

    deinit {
        InterpreterLock.shared.lock()
        defer { InterpreterLock.shared.unlock() }
        // Functions stored in globals capture frames that may refer back to globals.
        runtime.globals.clear()
        evaluator = nil
        runtime = nil
        typeWorld = nil
    }

    /// The module name compiled Swift prints before user type names in debug descriptions.
    var moduleName: String {
        get { evaluator.moduleName }
        set { evaluator.moduleName = newValue }
    }

    /// Runs one cell. `origin` names the cell for later messages, e.g. "01-perceptron.md:42".
    public func run(_ source: String, origin: String) -> CellOutcome {
        run(source, origin: CellOrigin(name: origin))
    }

    /// Runs one cell; `origin` names it and its places for later messages.
    public func run(_ source: String, origin: CellOrigin) -> CellOutcome {
        InterpreterLock.shared.lock()
        defer { InterpreterLock.shared.unlock() }
        return CellThread.run(stackSize: stackSize) { [self] in self.runOnCurrentThread(source, origin: origin) }
            ?? CellOutcome(output: "", error: CellError(line: 1, column: 1, message:
                "the cell could not start: the system refused a thread with a \(stackSize >> 20) MiB stack (out of memory?)"))
    }

    func runOnCurrentThread(_ source: String, origin: CellOrigin) -> CellOutcome {
        let rt: Runtime = runtime
        Evaluator.current = evaluator
        defer { Evaluator.current = nil }
        rt.output = ""
        rt.currentCell += 1
        rt.cellOrigins[rt.currentCell] = origin
        rt.startCell()
        evaluator.library.figures = []
        evaluator.library.checks = []
        // Native MLCore code on this thread checks the cell's budget too.
        return rt.budget.install { runStatements(source, origin: origin) }
    }

    private func runStatements(_ source: String, origin: CellOrigin) -> CellOutcome {
        let rt: Runtime = runtime
        var displayed: String?
        var error: CellError?
        var statements: [TopLevelStatement] = []
        var reached = 0
        var running = false
        do {
            let parsed = try ParsedCell(source: source, extraOperators: evaluator.library.infixOperators)
            let facts = TypeChecker(world: typeWorld).checkCell(parsed.tree)
            switch Session.checkerMode {
            case .report:
                if let d = facts.diagnostics.first { throw LecternError(d.message, at: parsed.converter.location(of: d.position)) }
            case .debug:
                for d in facts.diagnostics {
                    let l = parsed.converter.location(of: d.position)
                    FileHandle.standardError.write(Data("checker: \(origin.name) \(l.line):\(l.column): \(d.message)\n".utf8))
                }
            case .off: break
            }
            let lowerer = Lowerer(ev: evaluator, converter: parsed.converter, facts: facts)
            let cell = try lowerer.lowerCell(parsed.tree)
            statements = cell.statements
            running = true
            let frame = Frame.make(count: cell.frameSize, parent: nil)
            for (i, s) in statements.enumerated() {
                reached = i
                if let display = s.display {
                    let v = try display(frame)
                    if case .void = v {} else { displayed = try evaluator.describe(v, at: s.loc) }
                    continue
                }
                switch try s.run(frame) {
                case .next: break
                case .returned: throw LecternError("return invalid outside of a func", at: s.loc)
                default: throw LecternError("'break' is only allowed inside a loop, if, do, or switch", at: s.loc)
                }
            }
            reached = statements.count
        } catch let caught {
            // An error located in another cell's code (a `description` defined there, say) is
            // reported at the statement of this cell that ran it. (Parse errors know no cell.)
            var site = reached < statements.count ? statements[reached].loc : SourceLoc.unknown
            site.cell = rt.currentCell
            switch running ? rt.relocate(caught, to: site) : caught {
            case let e as LecternError:
                error = CellError(line: e.loc.line, column: e.loc.column, message: e.message)
            case let e as ThrownError:
                let text = (try? evaluator.describe(e.value)) ?? "error"
                error = CellError(line: e.loc.line, column: e.loc.column, message: "uncaught error: \(text)")
            case let e as UnlocatedError:
                error = CellError(line: site.line, column: site.column, message: e.message)
            case is OptionalChainNil:
                error = CellError(line: site.line, column: site.column, message: "unexpectedly found nil in an optional chain")
            case let other:
                error = CellError(line: site.line, column: site.column, message: "\(other)")
            }
        }
        if error != nil {
            // Names this cell declared but did not finish initialising become unavailable.
            for s in statements.dropFirst(reached) {
                for g in s.declares where !(rt.globalTypes[g] == .function) {
                    rt.globals[g] = .unset
                    rt.failedOrigin[g] = origin
                }
            }
        }
        for s in statements.prefix(reached) { for g in s.declares { rt.failedOrigin[g] = nil } }
        return CellOutcome(output: rt.output, displayedValue: displayed, error: error, figures: evaluator.library.figures,
                           checks: evaluator.library.checks)
    }
}

