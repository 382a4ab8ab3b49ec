/// What a Swift code block is for, from its info string (see docs/lesson-format.md).
public enum CellKind: Hashable, Sendable {
    /// `swift`: run it; show code and output.
    case run
    /// `swift hidden`: run it; hide the code (set-up), show output if any.
    case hidden
    /// `swift norun`: show only.
    case norun
    /// `swift error`: must fail; the located error message is its output.
    case expectError
    /// `swift exercise id=NAME points=N`: starter code that a student edits.
    case exercise(id: String, points: Int)
    /// `swift solution id=NAME`: the reference solution; never in a handout.
    case solution(id: String)
    /// `swift check id=NAME [hidden]`: checks run right after that exercise.
    case check(id: String, hidden: Bool)

    /// Whether the runner executes this cell in a plain `lectern run`.
    ///
    /// Exercise starters are shown but not run: the reference solution (which follows them) is
    /// what the instructor's edition runs, and `lectern check` swaps a student's code in.
    public var runsByDefault: Bool {
        switch self {
        case .run, .hidden, .expectError, .solution, .check: return true
        case .norun, .exercise: return false
        }
    }

    /// The exercise this cell belongs to, if any.
    public var exerciseID: String? {
        switch self {
        case .exercise(let id, _), .solution(let id), .check(let id, _): return id
        case .run, .hidden, .norun, .expectError: return nil
        }
    }

    /// The name used in JSON and messages: `run`, `hidden`, `norun`, `error`, `exercise`, …
    public var name: String {
        switch self {
        case .run: return "run"
        case .hidden: return "hidden"
        case .norun: return "norun"
        case .expectError: return "error"
        case .exercise: return "exercise"
        case .solution: return "solution"
        case .check(_, let hidden): return hidden ? "check-hidden" : "check"
        }
    }
}
