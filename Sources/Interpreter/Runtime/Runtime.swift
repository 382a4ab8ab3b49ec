import SwiftSyntax
import Foundation

/// The state of one session while it runs: globals, types, output and the budgets' counters.
final class Runtime {
    @exclusivity(unchecked) var limits: ExecutionLimits
    @exclusivity(unchecked) var output = ""

    // Budgets.
    @exclusivity(unchecked) var steps = 0
    @exclusivity(unchecked) var nextCheck = 0
    @exclusivity(unchecked) var deadline: UInt64 = 0
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var allocatedThisCell = 0
    @exclusivity(unchecked) var stackBase: UInt = 0
    /// Bytes of native stack lesson code may use before we stop it (the cell thread has more).
    @exclusivity(unchecked) var stackAllowance: UInt = 400 << 20
    /// Cached `limits.maxCallDepth` (read on every call).
    @exclusivity(unchecked) var maxDepth = 2_000
    /// Changes whenever a top-level function is (re)declared, invalidating call-site caches.
    @exclusivity(unchecked) var functionEpoch = 0

    // Session-wide declarations.
    let globals = GlobalStorage()
    /// Globals whose declaring cell lowered successfully (visible to later cells).
    var declaredGlobals: Set<String> = []
    var globalNames: [String] = []
    var globalIndex: [String: Int] = [:]
    var globalTypes: [TypeSpec?] = []
    /// Globals declared with `let` and an initial value (assigning to them is an error).
    var letGlobals: Set<Int> = []
    /// Why a global is unavailable: the origin of the cell that failed before initialising it.
    var failedOrigin: [Int: CellOrigin] = [:]
    var types: [String: TypeInfo] = [:]
    /// Every function, method and initialiser lowered so far, by the declaration it came from.
    var declaredFunctions: [SyntaxIdentifier: FunctionDecl] = [:]
    /// `typealias Vector = [Double]`: names for types.
    var typeAliases: [String: TypeSpec] = [:]
    /// Members added by lesson code to builtin types, by type name (`Array`, `Double`, …).
    @exclusivity(unchecked) var builtinExtensions: [String: TypeInfo] = [:]
    /// Declared result types of top-level functions, for static typing of calls.
    var functionResultTypes: [String: TypeSpec] = [:]
    /// Declared parameter types of top-level functions (by position), for literal typing.
    var functionParamTypes: [String: [TypeSpec?]] = [:]
    /// Which parameters of top-level functions are `inout` (by position).
    var functionInoutParams: [String: [Bool]] = [:]

    /// The cell being run, and where each cell came from (for errors raised in earlier cells' code).
    @exclusivity(unchecked) var currentCell = 0
    var cellOrigins: [Int: CellOrigin] = [:]

    init(limits: ExecutionLimits) { self.limits = limits }

    /// An error raised inside code from an earlier cell is reported at the call site in the
    /// running cell (positions in another cell's text would point at the wrong line), with the
    /// original position, in file terms, in the message.
    @inline(never)
    func relocate(_ error: Error, to site: SourceLoc) -> Error {
        guard site.cell == currentCell else { return error }
        if var e = error as? LecternError, e.loc.cell != currentCell {
            if let origin = cellOrigins[e.loc.cell] {
                e.message += " (raised at \(origin.place(line: e.loc.line, column: e.loc.column)))"
            }
            e.loc = site
            return e
        }
        if let t = error as? ThrownError, t.loc.cell != currentCell {
            return ThrownError(value: t.value, loc: site)
        }
        return error
    }

    /// The slot for a global, creating it on first declaration.
    func globalSlot(_ name: String) -> Int {
        if let i = globalIndex[name] { return i }
        let i = globals.count
        globals.append(.unset)
        globalNames.append(name)
        globalTypes.append(nil)
        globalIndex[name] = i
        return i
    }

    func startCell() {
        steps = 0
        depth = 0
        allocatedThisCell = 0
        nextCheck = min(limits.maxSteps, 8_192)
        maxDepth = limits.maxCallDepth
        let nanos = limits.maxSeconds * 1e9
        deadline = DispatchTime.now().uptimeNanoseconds &+ (nanos >= 1e18 ? UInt64(1e18) : UInt64(max(0, nanos)))
        var marker = 0
        stackBase = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Counts one step (a loop iteration or a call) against the budgets.
    @inline(__always)
    func tick(_ loc: SourceLoc) throws {
        steps &+= 1
        if steps >= nextCheck { try checkBudgets(loc) }
    }

    @inline(never)
    func checkBudgets(_ loc: SourceLoc) throws {
        if steps >= limits.maxSteps {
            throw LecternError("execution step limit of \(limits.maxSteps) exceeded (infinite loop?)", at: loc)
        }
        if DispatchTime.now().uptimeNanoseconds > deadline {
            throw LecternError("time limit of \(formatSeconds(limits.maxSeconds)) s exceeded", at: loc)
        }
        nextCheck = min(limits.maxSteps, steps + 8_192)
    }

    /// Enters a lesson-function call, enforcing the depth limit and guarding the native stack.
    @inline(__always)
    func enterCall(_ loc: SourceLoc) throws {
        depth += 1
        if depth > maxDepth {
            depth -= 1
            throw LecternError("recursion too deep: more than \(limits.maxCallDepth) nested calls", at: loc)
        }
        try tick(loc)
        var marker = 0
        let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if stackBase > sp, stackBase - sp > stackAllowance {
            depth -= 1
            throw LecternError("recursion too deep: native stack exhausted after \(depth) nested calls", at: loc)
        }
    }

    /// Records the allocation of `count` elements, failing if it exceeds the memory budget.
    @inline(__always)
    func allocate(_ count: Int, _ loc: SourceLoc) throws {
        if count > limits.maxAllocation {
            throw LecternError("allocation of \(count) elements exceeds the limit of \(limits.maxAllocation)", at: loc)
        }
        allocatedThisCell &+= count
        if allocatedThisCell > limits.maxAllocation {
            throw LecternError("allocation of \(allocatedThisCell) elements in this cell exceeds the limit of \(limits.maxAllocation)", at: loc)
        }
    }

    func write(_ text: String) { output += text }

    /// The error for reading a global that has no value.
    func unavailable(_ slot: Int, _ loc: SourceLoc) -> LecternError {
        let name = slot < globalNames.count ? globalNames[slot] : "?"
        if let origin = failedOrigin[slot] {
            return LecternError("'\(name)' is unavailable because the cell at \(origin.name) failed", at: loc)
        }
        return LecternError("variable '\(name)' used before being initialized", at: loc)
    }
}

func formatSeconds(_ s: Double) -> String {
    s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
}
