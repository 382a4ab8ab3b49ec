import SwiftSyntax

/// What the lowerer takes from the type checker's `CellFacts`.
extension Lowerer {
    /// The builtin scalar type the checker decided for a literal (`4` in `q.append(4)` on a
    /// `[Double]` is a Double); nil when only literal defaulting decided it, so the lowerer's
    /// own contextual typing still applies (arguments of natives the checker does not model).
    func decidedScalar(_ node: some SyntaxProtocol) -> TypeSpec? {
        guard case .nominal(let n, _)? = facts.decidedType(of: node) else { return nil }
        switch n.builtin {
        case .int?: return .int
        case .double?: return .double
        case .float?: return .float
        case .character?: return .character
        case .string?: return .string
        default: return nil
        }
    }
}
