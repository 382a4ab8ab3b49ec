import SwiftSyntax

/// Patterns: bindings (`let x`, `let (a, b)`), enum cases with payloads, tuples, ranges,
/// values, casts.
extension TypeChecker {
    /// Checks `p` against a value of type `t`; `binding` says whether bare names bind (inside
    /// `let`/`var`) or are values to compare with.
    func checkPattern(_ p: PatternSyntax, against t: SwiftType, binding: Bool, isLet: Bool) {
        if p.is(WildcardPatternSyntax.self) { return }
        if let id = p.as(IdentifierPatternSyntax.self) {
            declareLocal(id.identifier.text, t, isLet: isLet)
            return
        }
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            checkPattern(vb.pattern, against: t, binding: true, isLet: vb.bindingSpecifier.text == "let")
            return
        }
        if let tp = p.as(TuplePatternSyntax.self) {
            let parts = tupleParts(t, tp.elements.count)
            for (k, e) in tp.elements.enumerated() {
                checkPattern(e.pattern, against: parts[k], binding: binding, isLet: isLet)
            }
            return
        }
        if p.is(IsTypePatternSyntax.self) { return }
        if let ep = p.as(ExpressionPatternSyntax.self) {
            checkPatternExpression(ep.expression, against: t, binding: binding, isLet: isLet)
        }
    }

    /// The element types of a tuple type with `count` elements (fresh variables when unknown).
    private func tupleParts(_ t: SwiftType, _ count: Int) -> [SwiftType] {
        switch cs.resolve(t) {
        case .tuple(let es) where es.count == count: return es.map(\.type)
        case .variable:
            let parts = (0..<count).map { _ in cs.fresh() }
            _ = cs.unify(t, .tuple(parts.map { TupleElement(nil, $0) }))
            return parts
        default: return Array(repeating: .unknown, count: count)
        }
    }

    private func checkPatternExpression(_ e: ExprSyntax, against t: SwiftType, binding: Bool, isLet: Bool) {
        if e.is(DiscardAssignmentExprSyntax.self) { return }
        if let pe = e.as(PatternExprSyntax.self) {
            checkPattern(pe.pattern, against: t, binding: binding, isLet: isLet)
            return
        }
        if binding, let d = e.as(DeclReferenceExprSyntax.self) {
            declareLocal(d.baseName.text, t, isLet: isLet)
            return
        }
        if let tuple = e.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            let parts = tupleParts(t, tuple.elements.count)
            for (k, el) in tuple.elements.enumerated() {
                checkPatternExpression(el.expression, against: parts[k], binding: binding, isLet: isLet)
            }
            return
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            checkPatternExpression(o.expression, against: unwrapOptional(t), binding: binding, isLet: isLet)
            return
        }
        if let a = e.as(AsExprSyntax.self), binding {
            let target = resolveType(a.type) ?? .unknown
            checkPatternExpression(a.expression, against: target, binding: true, isLet: isLet)
            return
        }
        // `.circle(let r)`, `Shape.square(side: let s)`: an enum case with payload patterns.
        if let call = e.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            if let payload = casePayload(member, t) {
                for (k, a) in call.arguments.enumerated() {
                    let pt = k < payload.count ? payload[k] : .unknown
                    checkPatternExpression(a.expression, against: pt, binding: binding, isLet: isLet)
                }
                record(e, t)
                return
            }
        }
        if let member = e.as(MemberAccessExprSyntax.self), member.base == nil {
            let found = world.members(member.declName.baseName.text, of: unwrapForCase(t, member.declName.baseName.text), isStatic: true, cs)
            if found.isEmpty {
                if case .nominal(let n, _) = cs.resolve(t), n.membersAreComplete {
                    error("type '\(show(t))' has no member '\(member.declName.baseName.text)'", at: member.declName)
                }
            }
            record(e, t)
            return
        }
        // A range or a value the subject is matched against with `~=`.
        let pt = infer(e, t)
        let r = cs.resolve(pt)
        if case .nominal(let n, let args) = r, [.range, .closedRange].contains(n.builtin) || ["PartialRangeFrom", "PartialRangeUpTo", "PartialRangeThrough"].contains(n.name) {
            if let bound = args.first, !cs.convert(t, to: bound) {
                error("expression pattern of type '\(show(pt))' cannot match values of type '\(show(t))'", at: e)
            }
            return
        }
        if !cs.convert(pt, to: t) && !cs.convert(t, to: pt) {
            error("expression pattern of type '\(show(pt))' cannot match values of type '\(show(t))'", at: e)
        }
    }

    /// `.some`/`.none` match an optional itself; other cases match its wrapped enum.
    private func unwrapForCase(_ t: SwiftType, _ name: String) -> SwiftType {
        if name == "some" || name == "none" { return cs.resolve(t) }
        return cs.resolve(unwrapOptional(t))
    }

    /// The payload types of the enum case a pattern names, nil when it names no such case.
    private func casePayload(_ member: MemberAccessExprSyntax, _ t: SwiftType) -> [SwiftType]? {
        let name = member.declName.baseName.text
        var owner = unwrapForCase(t, name)
        if let base = member.base, let bt = typeFromExpression(base) { owner = bt }
        for found in world.members(name, of: owner, isStatic: true, cs) {
            if case .enumCase(let ec) = found.member.kind {
                return ec.payload.map { instantiate($0.type, found) }
            }
        }
        return nil
    }
}
