import SwiftSyntax

/// Operators: infix, prefix and postfix applications, resolved among the operator functions of
/// the operands' types (and every declared one when the operands are still literals).
extension TypeChecker {
    static let comparisonOperators: Set<String> = ["==", "!=", "<", ">", "<=", ">="]

    func inferInfix(_ i: InfixOperatorExprSyntax, _ hint: SwiftType?) -> SwiftType {
        if i.operator.is(AssignmentExprSyntax.self) {
            if i.leftOperand.is(DiscardAssignmentExprSyntax.self) {
                infer(i.rightOperand)
                return .void
            }
            if let tuple = i.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
                let lhs = infer(i.leftOperand)
                check(i.rightOperand, against: lhs, .assignment)
                return .void
            }
            var lhs = infer(i.leftOperand)
            // `optional?.field = v` assigns to the field itself; only the chain's result is optional.
            if isChainTop(i.leftOperand) { lhs = unwrapOptional(lhs) }
            check(i.rightOperand, against: lhs, .assignment)
            return .void
        }
        guard let op = i.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else {
            infer(i.leftOperand)
            infer(i.rightOperand)
            return .unknown
        }
        switch op {
        case "&&", "||":
            check(i.leftOperand, against: world.bool, .argument)
            check(i.rightOperand, against: world.bool, .argument)
            return world.bool
        case "??":
            if let t = coalescingAsAnyOptional(i, hint: hint) { return t }
            return applyOperator(op, [i.leftOperand, i.rightOperand], fixity: .infix, hint: hint, node: i.operator)
        case "===", "!==":
            infer(i.leftOperand)
            infer(i.rightOperand)
            return world.bool
        default:
            return applyOperator(op, [i.leftOperand, i.rightOperand], fixity: .infix, hint: hint, node: i.operator)
        }
    }

    func inferPrefix(_ p: PrefixOperatorExprSyntax, _ hint: SwiftType?) -> SwiftType {
        applyOperator(p.operator.text, [p.expression], fixity: .prefix, hint: hint, node: p)
    }

    func inferPostfix(_ p: PostfixOperatorExprSyntax, _ hint: SwiftType?) -> SwiftType {
        applyOperator(p.operator.text, [p.expression], fixity: .postfix, hint: hint, node: p)
    }

    enum Fixity { case infix, prefix, postfix }

    func applyOperator(_ op: String, _ operands: [ExprSyntax], fixity: Fixity, hint: SwiftType?, node: some SyntaxProtocol) -> SwiftType {
        let types: [SwiftType?] = operands.map { isContextual($0) ? nil : infer($0) }
        let resolved = types.map { $0.map { cs.resolve($0) } }
        if resolved.contains(where: { $0?.isUnknown ?? false }) {
            for (k, e) in operands.enumerated() where types[k] == nil { infer(e) }
            return .unknown
        }
        // Tuples compare element by element (the standard library's `==` for tuples).
        if fixity == .infix, TypeChecker.comparisonOperators.contains(op), case .tuple(let a)? = resolved[0],
           case .tuple(let b)? = resolved[1], a.count == b.count {
            for (x, y) in zip(a, b) where !cs.convert(y.type, to: x.type) && !cs.convert(x.type, to: y.type) {
                error("binary operator '\(op)' cannot be applied to two '\(show(resolved[0]!))' operands", at: node)
            }
            return world.bool
        }
        var candidates: [Callee] = []
        var concrete = false
        for t in resolved.compactMap({ $0 }) {
            switch t {
            case .nominal, .existential, .parameter:
                concrete = true
                candidates += world.members(op, of: t, isStatic: true, cs).map { Callee(found: $0) }
            default: break
            }
        }
        if !concrete { candidates += (world.prelude.operators[op] ?? []).map { Callee(member: $0) } }
        candidates += (world.prelude.functions[op] ?? []).map { Callee(member: $0) }
        candidates += (world.globals[op] ?? []).map { Callee(member: $0) }
        candidates += (world.nativeFunctions?(op) ?? []).map { Callee(member: $0) }
        candidates = dedupe(candidates).filter { c in
            guard let m = c.member, let sig = m.signature, sig.parameters.count == operands.count else { return false }
            switch fixity {
            case .infix: return !m.isPrefixOperator && !m.isPostfixOperator
            case .prefix: return m.isPrefixOperator
            case .postfix: return m.isPostfixOperator
            }
        }
        let args = operands.map { CallArgument(label: nil, expression: $0) }
        if candidates.isEmpty {
            for (k, e) in operands.enumerated() where types[k] == nil { infer(e) }
            if concrete, resolved.allSatisfy({ $0.map { t in if case .nominal(let n, _) = t { return n.membersAreComplete }; return false } ?? false }) {
                error(operatorMismatch(op, types, fixity), at: node)
            }
            return .unknown
        }
        return resolveCall(candidates, args, hint: hint, node: node, describe: "operator function '\(op)'", isOperator: true,
                           argumentTypes: types, noMatch: { self.operatorMismatch(op, $0, fixity) })
    }

    func operatorMismatch(_ op: String, _ types: [SwiftType?], _ fixity: Fixity) -> String {
        let shown = types.map { $0.map { show($0) } ?? "_" }
        if fixity != .infix { return "unary operator '\(op)' cannot be applied to an operand of type '\(shown[0])'" }
        if shown.count == 2, shown[0] == shown[1] { return "binary operator '\(op)' cannot be applied to two '\(shown[0])' operands" }
        return "binary operator '\(op)' cannot be applied to operands of type '\(shown[0])' and '\(shown.count > 1 ? shown[1] : "_")'"
    }
}
