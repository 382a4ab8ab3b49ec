import SwiftSyntax

/// The static type checker: runs between parsing and lowering, on one cell at a time, with the
/// declarations of earlier cells in its `TypeWorld`.
///
/// It infers the types Swift's compiler would (literal types from context, overloads by labels
/// and argument types, generic arguments) and records them as `CellFacts` for the lowerer. Each
/// statement is solved on its own, as the compiler does; closures are solved with the statement
/// that contains them. Constructs it does not model get `.unknown`, which accepts anything, so
/// the checker never rejects code over a gap in its model.
final class TypeChecker {
    let world: TypeWorld
    var facts = CellFacts()
    /// The constraint system of the statement being checked.
    var cs: ConstraintSystem
    /// Innermost lexical scope.
    var scope: LocalScope
    /// The function (or closure) whose body is being checked.
    var function: FunctionContext
    /// Overload choices waiting for more information, in the current statement.
    var pending: [PendingChoice] = []
    /// Expression types recorded in the current statement, settled when it is solved.
    private var typeLog: [(SyntaxIdentifier, SwiftType)] = []
    private var calleeLog: [(SyntaxIdentifier, Member, Bool)] = []
    private var literalLog: [(SyntaxIdentifier, SwiftType)] = []
    private var conversionLog: [(SyntaxIdentifier, SwiftType, SwiftType)] = []
    private var trailingLog: [(SyntaxIdentifier, String)] = []
    /// Bindings declared in the current statement, whose types are settled when it is solved.
    private var unitBindings: [LocalBinding] = []
    /// While overload candidates are tried: errors only mark the attempt as failed.
    var attemptDepth = 0
    var attemptFailed = false
    /// Declarations whose bodies are checked after the cell's top-level statements.
    var deferredBodies: [() -> Void] = []
    /// Nesting of statements being solved (a statement inside a closure is solved with it).
    var unitDepth = 0
    /// A type the running unit hands back (`statementType`), settled with the unit.
    var unitResult: SwiftType?
    /// How many `??` of one interpolated string took Swift's `Any?` reading (see `TypeChecker+Coalescing`).
    var stringCoalescings: Int?
    private(set) var lastSettled: SwiftType = .unknown

    init(world: TypeWorld) {
        self.world = world
        self.cs = ConstraintSystem(world: world)
        self.scope = LocalScope(parent: nil)
        self.function = FunctionContext()
    }

    // MARK: Diagnostics

    /// Reports a type error (or, while candidates are tried, marks the attempt as failed).
    func error(_ message: String, at node: some SyntaxProtocol) {
        if attemptDepth > 0 { attemptFailed = true; return }
        facts.diagnostics.append(CheckerDiagnostic(message: message, position: node.positionAfterSkippingLeadingTrivia))
    }

    /// A type as diagnostics show it (unsettled literals as their defaults).
    func show(_ t: SwiftType) -> String { cs.display(t).description }

    // MARK: Recording

    @discardableResult
    func record(_ node: some SyntaxProtocol, _ t: SwiftType) -> SwiftType {
        typeLog.append((node.id, t))
        return t
    }

    func recordCallee(_ node: some SyntaxProtocol, _ m: Member, chosenByType: Bool = false) {
        calleeLog.append((node.id, m, chosenByType))
    }

    func recordLiteral(_ node: some SyntaxProtocol, _ t: SwiftType) { literalLog.append((node.id, t)) }

    func recordTrailingClosure(_ call: some SyntaxProtocol, label: String?) { trailingLog.append((call.id, label ?? "")) }

    /// Converts the value of `node` (of type `from`) to `to`, remembering the conversion so that
    /// the lowerer applies it (a value becoming an optional).
    func convert(_ node: some SyntaxProtocol, _ from: SwiftType, to: SwiftType) -> Bool {
        guard cs.convert(from, to: to) else { return false }
        conversionLog.append((node.id, from, to))
        return true
    }

    /// The labels a tuple value takes when converted to a tuple type labelled otherwise.
    private func relabelling(_ from: SwiftType, _ to: SwiftType) -> [String?]? {
        guard case .tuple(let source) = cs.resolve(from), case .tuple(let target) = cs.resolve(unwrapOptional(to)),
              source.count == target.count else { return nil }
        let labels = target.map(\.label)
        return source.map(\.label) == labels ? nil : labels
    }

    private func optionalDepth(_ t: SwiftType) -> Int {
        var n = 0
        var r = cs.resolve(t)
        while case .nominal(let o, let args) = r, o.builtin == .optional { n += 1; r = cs.resolve(args[0]) }
        return n
    }

    func trackBinding(_ b: LocalBinding) { unitBindings.append(b) }

    // MARK: Solve units

    /// Checks one statement-sized piece of code with its own constraint system, then settles it.
    func unit(_ body: () -> Void) {
        let savedCS = cs, savedPending = pending, savedLog = typeLog, savedCallees = calleeLog, savedBindings = unitBindings
        let savedLiterals = literalLog, savedConversions = conversionLog, savedTrailing = trailingLog
        cs = ConstraintSystem(world: world)
        conversionLog = []
        trailingLog = []
        pending = []
        typeLog = []
        calleeLog = []
        unitBindings = []
        literalLog = []
        body()
        solvePending()
        for (id, t) in literalLog where cs.wasDefaulted(t) { facts.defaultedLiterals.insert(id) }
        for (id, label) in trailingLog { facts.trailingClosureLabels[id] = label }
        for (id, from, to) in conversionLog {
            let wraps = optionalDepth(to) - optionalDepth(from)
            if wraps > 0, !cs.resolve(from).isUnknown, !cs.resolve(from).isVariable { facts.optionalWraps[id] = wraps }
            if let labels = relabelling(from, to) { facts.tupleLabels[id] = labels }
        }
        for (id, t) in typeLog { facts.types[id] = settle(t) }
        for (id, m, byType) in calleeLog {
            facts.callees[id] = m
            if byType { facts.chosenByType.insert(id) } else { facts.chosenByType.remove(id) }
        }
        for b in unitBindings { b.type = settle(b.type) }
        if let r = unitResult { lastSettled = settle(r); unitResult = nil }
        cs = savedCS
        pending = savedPending
        typeLog = savedLog
        calleeLog = savedCallees
        unitBindings = savedBindings
    }

    /// A type with its variables applied; what is still open becomes `.unknown`.
    func settle(_ t: SwiftType) -> SwiftType {
        cs.apply(t).mapVariables { _ in .unknown }
    }

    /// Resolves waiting overload choices, defaulting literals when nothing else moves.
    private func solvePending() {
        settlePendingChoices()
        cs.applyDefaults()
    }

    /// Makes every waiting overload choice now (a member is looked up on the result of one).
    /// `requirements`, strongest first, are what the code still asks of the result (the member
    /// looked up on it exists, the member's value fits the context): the combination chosen is
    /// the best one meeting the first requirement some combination meets, as Swift's solver drops
    /// the solutions in which a member lookup fails (`((-7) / 3).rounded()` divides Doubles).
    func settlePendingChoices(requiring requirements: [() -> Bool] = []) {
        var rounds = 0
        while rounds < 1000 {
            rounds += 1
            var progress = false
            var index = 0
            while index < pending.count {
                let choice = pending[index]
                let viable = (0..<choice.count).filter { i in attempt { choice.apply(i, self) } }
                if viable.count <= 1 {
                    pending.remove(at: index)
                    if let only = viable.first { _ = choice.apply(only, self) } else { choice.fail(self) }
                    progress = true
                } else {
                    index += 1
                }
            }
            if progress { continue }
            guard !pending.isEmpty else { break }
            // Still ambiguous: take the combination of candidates that, with the remaining literals
            // defaulted, gives the fewest literals a type other than their default, as Swift's
            // ranking of solutions does.
            let choices = pending
            pending = []
            var picks: [Int]?
            for r in requirements where picks == nil { picks = bestCombination(choices, requiring: r) }
            if picks == nil { picks = bestCombination(choices) }
            let chosen = picks ?? [0]
            for (k, choice) in choices.enumerated() {
                if k < chosen.count {
                    if !choice.apply(chosen[k], self) { choice.fail(self) }
                } else {
                    pending.append(choice)
                }
            }
        }
    }

    /// Everything a trial may change, to undo it.
    private struct Snapshot {
        let system: ConstraintSystem.Snapshot
        let types, callees, pending, bindings, literals, conversions, trailing: Int
        let failed: Bool
    }

    private func takeSnapshot() -> Snapshot {
        Snapshot(system: cs.snapshot(), types: typeLog.count, callees: calleeLog.count, pending: pending.count,
                 bindings: unitBindings.count, literals: literalLog.count, conversions: conversionLog.count, trailing: trailingLog.count, failed: attemptFailed)
    }

    private func restore(_ s: Snapshot) {
        cs.restore(s.system)
        typeLog.removeSubrange(s.types...)
        calleeLog.removeSubrange(s.callees...)
        pending.removeSubrange(s.pending...)
        unitBindings.removeSubrange(s.bindings...)
        literalLog.removeSubrange(s.literals...)
        conversionLog.removeSubrange(s.conversions...)
        trailingLog.removeSubrange(s.trailing...)
        attemptFailed = s.failed
    }

    /// Runs `body` as a trial: reports nothing, undoes every binding, says whether it succeeded.
    func attempt(_ body: () -> Bool) -> Bool {
        let s = takeSnapshot()
        attemptFailed = false
        attemptDepth += 1
        let ok = body() && !attemptFailed
        attemptDepth -= 1
        restore(s)
        return ok
    }

    /// The candidate of each choice (in order) that together stray least from the literals'
    /// default types; searches at most a few hundred combinations.
    private func bestCombination(_ choices: [PendingChoice], requiring requirement: (() -> Bool)? = nil) -> [Int]? {
        var best: (penalty: Int, picks: [Int])?
        var leaves = 0
        func search(_ k: Int, _ picks: [Int]) {
            guard leaves < 512 else { return }
            if k == choices.count {
                leaves += 1
                if let requirement, !attempt(requirement) { return }
                let p = defaultsPenalty()
                if best == nil || p < best!.penalty { best = (p, picks) }
                return
            }
            for i in 0..<choices[k].count {
                let s = takeSnapshot()
                attemptFailed = false
                attemptDepth += 1
                let ok = choices[k].apply(i, self) && !attemptFailed
                attemptDepth -= 1
                if ok { search(k + 1, picks + [i]) }
                restore(s)
            }
        }
        search(0, [])
        if best == nil {
            // No complete combination: settle the first choice alone.
            return nil
        }
        return best?.picks
    }

    /// With every literal defaulted: how many literals got a type other than their default;
    /// a literal that can take no type (its default contradicts the candidates chosen:
    /// `zip([10, 17], [1e-3, 2]).map { $0 * $1 }.map { $0 / 1 }` dividing Ints would make
    /// `1e-3` an Int) costs more than any number of those, as such a combination is no solution.
    private func defaultsPenalty() -> Int {
        let s = takeSnapshot()
        defer { restore(s) }
        var p = cs.applyDefaultsCountingFailures() * 10_000
        for i in cs.variables.indices {
            guard let lit = cs.variables[i].literal, cs.variables[i].binding != nil else { continue }
            let bound = cs.apply(.variable(i))
            if let d = cs.defaultType(for: lit, requirements: []), cs.apply(d) != bound { p += 1 }
        }
        return p
    }

    // MARK: Scopes

    func withScope<T>(_ body: () -> T) -> T {
        let outer = scope
        scope = LocalScope(parent: outer)
        defer { scope = outer }
        return body()
    }

    func declareLocal(_ name: String, _ type: SwiftType, isLet: Bool) {
        let b = LocalBinding(type: type, isLet: isLet)
        scope.names[name] = b
        trackBinding(b)
    }
}

/// A name bound in a block, function or closure.
final class LocalBinding {
    var type: SwiftType
    let isLet: Bool
    /// Local functions with this name (overloads), when the binding is a function.
    var functions: [Member] = []
    init(type: SwiftType, isLet: Bool) { self.type = type; self.isLet = isLet }
}

/// Names declared in one block.
final class LocalScope {
    let parent: LocalScope?
    var names: [String: LocalBinding] = [:]
    init(parent: LocalScope?) { self.parent = parent }

    func lookup(_ name: String) -> LocalBinding? {
        var s: LocalScope? = self
        while let c = s {
            if let b = c.names[name] { return b }
            s = c.parent
        }
        return nil
    }
}

/// The function, method, initialiser or closure whose body is being checked.
struct FunctionContext {
    /// The declared (or inferred) result type; `return e` converts `e` to it.
    var result: SwiftType = .void
    /// The type of `self`, inside a type's members.
    var selfType: SwiftType?
    var isStatic = false
    var isInitializer = false
    /// `$0`, `$1`… of the closure being checked.
    var anonymousParameters: [SwiftType] = []
    /// The enclosing type's declaration (for implicit members and `Self`).
    var owner: NominalType?
    /// Generic parameters in scope (of the function and its type).
    var typeContext = TypeContext()
    /// Inside a closure: `return` belongs to it.
    var isClosure = false
}

/// An overload choice the checker could not make when it met the call: each candidate is tried
/// again as more of the statement becomes known.
struct PendingChoice {
    /// How many candidates there are (tried as `apply(0)`, `apply(1)`…).
    let count: Int
    /// Applies candidate `i`: performs its unifications, returns false when it does not fit.
    let apply: (Int, TypeChecker) -> Bool
    /// Reports that no candidate fits.
    let fail: (TypeChecker) -> Void
}
