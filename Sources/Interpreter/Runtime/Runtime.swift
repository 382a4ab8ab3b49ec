import SwiftSyntax
import Foundation
import MLCore

/// The state of one session while it runs: globals, types, output and the budgets' counters.
final class Runtime {
    /// The running cell's budget: steps and calls are counted in it, MLCore checks it too.
    let budget: Budget
    @exclusivity(unchecked) var output = ""

    var limits: ExecutionLimits {
        didSet { budget.limits = limits.budgetLimits }
    }

    /// The budget's step and call counters, reached on every step and call through a plain
    /// pointer (valid while `budget` lives).
    let counters: UnsafeMutablePointer<Budget.Counters>

    /// Nested lesson-function calls (kept in the budget).
    var depth: Int {
        @inline(__always) get { counters.pointee.depth }
        @inline(__always) set { counters.pointee.depth = newValue }
    }

    @exclusivity(unchecked) var stackBase: UInt = 0
    /// Units of native work since the clock was last read (see `chargeWork`).
    @exclusivity(unchecked) var workSinceCheck = 0
    /// Bytes of native stack lesson code may use before we stop it (the cell thread has more).
    @exclusivity(unchecked) var stackAllowance: UInt = 400 << 20
    /// Cached `limits.maxCallDepth` (read on every call).
    @exclusivity(unchecked) var maxDepth = 2_000
    /// Changes whenever a function, method or type is (re)declared, invalidating call-site caches.
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
    /// (Re)declaring one moves `functionEpoch`, so call sites that planned a call to it look again.
    var declaredFunctions: [SyntaxIdentifier: FunctionDecl] = [:] { didSet { functionEpoch &+= 1 } }
    /// `typealias Vector = [Double]`: names for types.
    var typeAliases: [String: TypeSpec] = [:]
    /// Members added by lesson code to builtin types, by type name (`Array`, `Double`, …).
    @exclusivity(unchecked) var builtinExtensions: [String: TypeInfo] = [:]
    /// `willSet`/`didSet` of observed global variables, by slot.
    var globalObservers: [Int: TypeInfo.Observers] = [:]
    /// Declared result types of top-level functions, for static typing of calls.
    var functionResultTypes: [String: TypeSpec] = [:]
    /// Declared parameter types of top-level functions (by position), for literal typing.
    var functionParamTypes: [String: [TypeSpec?]] = [:]
    /// Which parameters of top-level functions are `inout` (by position).
    var functionInoutParams: [String: [Bool]] = [:]

    /// The cell being run, and where each cell came from (for errors raised in earlier cells' code).
    @exclusivity(unchecked) var currentCell = 0
    var cellOrigins: [Int: CellOrigin] = [:]

    init(limits: ExecutionLimits) {
        self.limits = limits
        budget = Budget(limits: limits.budgetLimits)
        counters = budget.counters
    }

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
        budget.start()
        maxDepth = limits.maxCallDepth
        var marker = 0
        stackBase = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Counts one step (a loop iteration or a call) against the budgets.
    @inline(__always)
    func tick(_ loc: SourceLoc) throws {
        counters.pointee.steps &+= 1
        if counters.pointee.steps >= counters.pointee.stepCheckpoint { try checkBudgets(loc) }
    }

    /// The step limit, the clock and the lesson's memory; every few thousand steps.
    @inline(never)
    func checkBudgets(_ loc: SourceLoc) throws {
        do { try budget.checkSteps() } catch let e as BudgetExceeded { throw LecternError(e.message, at: loc) }
    }

    /// The clock and the lesson's memory, for native loops of the interpreter (building a set,
    /// sorting) that run without counting steps; checks every `interval` calls of `counter`.
    @inline(__always)
    func checkpoint(_ counter: inout Int, every interval: Int = 4_096, _ loc: SourceLoc) throws {
        counter &+= 1
        if counter % interval == 0 { try checkClock(loc) }
    }

    /// Native work done for lesson code: a builtin method over a collection of n elements
    /// charges n (about a nanosecond each), a comparison of a sort 1. The step counter alone would
    /// let thousands of such calls pass between two looks at the clock.
    @inline(__always)
    func chargeWork(_ units: Int, _ loc: SourceLoc) throws {
        workSinceCheck &+= units
        if workSinceCheck >= 1 << 20 {
            workSinceCheck = 0
            try checkClock(loc)
        }
    }

    /// The work units a builtin method on `v` is charged: the size of the collection or string.
    @inline(__always)
    func chargeWork(for v: Value, _ loc: SourceLoc) throws {
        switch v {
        case .array(let a): try chargeWork(a.count, loc)
        case .slice(let a): try chargeWork(a.count, loc)
        case .string(let s): try chargeWork(s.utf8.count, loc)
        case .dictionary(let d), .set(let d): try chargeWork(d.count, loc)
        default: return
        }
    }

    /// `Budget.check()` as a located error.
    @inline(never)
    func checkClock(_ loc: SourceLoc) throws {
        do { try budget.check() } catch let e as BudgetExceeded { throw LecternError(e.message, at: loc) }
    }

    /// Enters a lesson-function call, enforcing the depth limit and guarding the native stack.
    @inline(__always)
    func enterCall(_ loc: SourceLoc) throws {
        counters.pointee.depth += 1
        if counters.pointee.depth > maxDepth {
            counters.pointee.depth -= 1
            throw LecternError("recursion too deep: more than \(limits.maxCallDepth) nested calls", at: loc)
        }
        try tick(loc)
        var marker = 0
        let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if stackBase > sp, stackBase - sp > stackAllowance {
            counters.pointee.depth -= 1
            throw LecternError("recursion too deep: native stack exhausted after \(counters.pointee.depth) nested calls", at: loc)
        }
    }

    /// Records the allocation of `count` elements (of `bytesPerElement` bytes: a lesson value by
    /// default, 1 for the characters of a string), failing if it exceeds the budget.
    @inline(__always)
    func allocate(_ count: Int, _ loc: SourceLoc, bytesPerElement: Int = MemoryLayout<Value>.stride) throws {
        do { try budget.allocate(count, bytesPerElement: bytesPerElement) } catch let e as BudgetExceeded {
            throw LecternError(e.message, at: loc)
        }
    }

    /// Checks that one value of `count` elements (a string being built, say) fits the per-object
    /// limit and the lesson's memory, without counting it in the cell's total.
    @inline(__always)
    func checkSize(_ count: Int, _ loc: SourceLoc, bytesPerElement: Int = 1) throws {
        if count < 4_096 && count <= budget.limits.maxAllocation { return }
        do { try budget.checkSize(count, bytesPerElement: bytesPerElement) } catch let e as BudgetExceeded {
            throw LecternError(e.message, at: loc)
        }
    }

    func write(_ text: String) { output += text }

    /// Fails once the cell's output is longer than the allocation limit allows one string to be.
    @inline(__always)
    func checkOutput(_ loc: SourceLoc) throws {
        let size = output.utf8.count
        guard size > 4_096 else { return }
        if size > limits.maxAllocation {
            throw LecternError("the cell's output of \(size) bytes exceeds the allocation limit of \(limits.maxAllocation)", at: loc)
        }
        try checkSize(size, loc)
    }

    /// The error for reading a global that has no value.
    func unavailable(_ slot: Int, _ loc: SourceLoc) -> LecternError {
        let name = slot < globalNames.count ? globalNames[slot] : "?"
        if let origin = failedOrigin[slot] {
            return LecternError("'\(name)' is unavailable because the cell at \(origin.name) failed", at: loc)
        }
        return LecternError("variable '\(name)' used before being initialized", at: loc)
    }
}

