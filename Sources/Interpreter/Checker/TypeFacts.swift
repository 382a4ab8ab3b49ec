import SwiftSyntax

/// What the checker decided about one cell, for the lowerer: the type of each expression and the
/// declaration each call, operator and member was resolved to.
struct CellFacts {
    /// Settled types (no type variables) of the expressions the checker typed.
    var types: [SyntaxIdentifier: SwiftType] = [:]
    /// The declaration an overloaded call, operator or member reference resolved to.
    var callees: [SyntaxIdentifier: Member] = [:]
    /// Calls whose labels fit several overloads: the checker chose by argument types, and the
    /// evaluator must call exactly the declaration in `callees`.
    var chosenByType: Set<SyntaxIdentifier> = []
    /// Literals whose type nothing in the code decided (`let n = 1`, or an argument to a
    /// function the checker does not model): their type is the literal's default.
    var defaultedLiterals: Set<SyntaxIdentifier> = []
    /// Expressions used where a more deeply optional type is expected, with how many times the
    /// value is wrapped (`Optional(40)`; twice for `let n: Int?? = 5`), as Swift's conversion does.
    var optionalWraps: [SyntaxIdentifier: Int] = [:]
    /// Tuples converted to a tuple type with other labels (`best = (score, f)` where `best` is a
    /// `(score: Double, feature: Int)?`): the value takes the target's labels.
    var tupleLabels: [SyntaxIdentifier: [String?]] = [:]
    /// For calls with a trailing closure: the label of the parameter it fills ("" for an
    /// unlabelled one), as Swift's forward-scan rule matched it.
    var trailingClosureLabels: [SyntaxIdentifier: String] = [:]
    /// `??` operators (by operator node) that Swift resolves with `T == Any`, each literal at its
    /// default type; true when it is the `(T?, () -> T?) -> T?` overload, whose result stays an
    /// Optional (`Optional(0.0)`; see `TypeChecker+Coalescing`).
    var anyCoalescing: [SyntaxIdentifier: Bool] = [:]
    /// Closures passed to a callee the checker could not type (a native function, an unknown
    /// name): their parameters' types are guesses, which typed lowering must not rely on.
    var uncertainClosures: Set<SyntaxIdentifier> = []
    /// Type errors, in the order they were found.
    var diagnostics: [CheckerDiagnostic] = []

    func type(of node: some SyntaxProtocol) -> SwiftType? { types[node.id] }
    func callee(of node: some SyntaxProtocol) -> Member? { callees[node.id] }

    /// The lesson declaration a call must run, when labels alone would not tell its overloads apart.
    func declarationChosenByType(for node: some SyntaxProtocol) -> SyntaxIdentifier? {
        guard chosenByType.contains(node.id), let m = callees[node.id], m.isLesson else { return nil }
        // A protocol's requirement or default is dispatched on the value (see `Lowerer+DeclaredMembers`).
        if m.owner?.isProtocol == true { return nil }
        return m.declaration
    }

    /// The lesson declaration an operator resolved to, when Swift calls it statically whatever
    /// the operands hold at run time: an operator function of a non-generic lesson type or a
    /// global one. A protocol's requirement or default dispatches on the operands, and a
    /// generic type's operator runs with the operands' specialisation, so both stay dynamic.
    func staticallyCalledOperator(_ node: some SyntaxProtocol) -> SyntaxIdentifier? {
        guard let m = callees[node.id], m.isLesson, m.signature != nil, let id = m.declaration else { return nil }
        var owner = m.owner
        while let o = owner {
            if o.origin != .lesson || o.kind == .protocolType || !o.genericParameters.isEmpty { return nil }
            owner = o.parent
        }
        return id
    }

    /// The type the code itself gives a literal (nil when only defaulting decided it).
    func decidedType(of node: some SyntaxProtocol) -> SwiftType? {
        defaultedLiterals.contains(node.id) ? nil : types[node.id]
    }
}

/// A type error at a position of the cell, worded as the Swift compiler words it.
struct CheckerDiagnostic {
    var message: String
    var position: AbsolutePosition
}
