import SwiftSyntax

/// What the checker decided about one cell, for the lowerer: the type of each expression and the
/// declaration each call, operator and member was resolved to.
struct CellFacts {
    /// Settled types (no type variables) of the expressions the checker typed.
    var types: [SyntaxIdentifier: SwiftType] = [:]
    /// The declaration an overloaded call, operator or member reference resolved to.
    var callees: [SyntaxIdentifier: Member] = [:]
    /// Literals whose type nothing in the code decided (`let n = 1`, or an argument to a
    /// function the checker does not model): their type is the literal's default.
    var defaultedLiterals: Set<SyntaxIdentifier> = []
    /// Type errors, in the order they were found.
    var diagnostics: [CheckerDiagnostic] = []

    func type(of node: some SyntaxProtocol) -> SwiftType? { types[node.id] }
    func callee(of node: some SyntaxProtocol) -> Member? { callees[node.id] }

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
