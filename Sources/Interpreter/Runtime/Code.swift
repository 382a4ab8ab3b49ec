/// The compiled form of lesson code: Swift closures built once per cell by the lowering pass.
///
/// Each syntax node becomes a closure that has its sub-closures, slot indexes and source location
/// baked in, so evaluation never looks at syntax or names.
enum Code {
    /// Computes a value.
    typealias Expr = (Frame) throws -> Value
    /// Runs a statement and says how control continues.
    typealias Stmt = (Frame) throws -> Flow
    /// Gives in-place access to a storage location (`x`, `a[i]`, `p.x`), for assignment and
    /// mutation; the value is moved out while `body` runs so copy-on-write buffers stay unique.
    typealias Modify = (Frame, (inout Value) throws -> Void) throws -> Void
    /// Matches a value against a pattern, binding names into slots.
    typealias Match = (Value, Frame) throws -> Bool
}

/// A statement closure kept in a struct: stored this way (rather than directly in an array)
/// closures keep their natural calling convention and calls skip a reabstraction thunk.
struct StmtBox {
    let run: Code.Stmt
    init(_ run: @escaping Code.Stmt) { self.run = run }
}

/// An expression closure kept in a struct (see `StmtBox`).
struct ExprBox {
    let eval: Code.Expr
    init(_ eval: @escaping Code.Expr) { self.eval = eval }
}

/// How control leaves a statement.
enum Flow {
    case next
    /// `break` out of the loop or switch with this id.
    case breakOut(Int)
    /// `continue` the loop with this id.
    case continueLoop(Int)
    case returned
    case fallthroughCase
}

/// A 1-based position in the cell's source.
struct SourceLoc: Equatable {
    var line: Int
    var column: Int
    /// Which cell of the session the position is in (functions may run in later cells).
    var cell: Int = 0
    static let unknown = SourceLoc(line: 1, column: 1)
}

/// A located error raised while lowering or running a cell.
struct LecternError: Error {
    var loc: SourceLoc
    var message: String
    init(_ message: String, at loc: SourceLoc) { self.loc = loc; self.message = message }
}

/// An error raised by a helper that does not know where it was called; the caller locates it.
struct UnlocatedError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
