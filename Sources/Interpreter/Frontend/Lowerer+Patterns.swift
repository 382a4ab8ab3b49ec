import SwiftSyntax

/// Patterns: destructuring bindings (`let (a, b) = t`, `for (i, x) in …`) and the patterns of
/// `switch`/`if case` (values, ranges, tuples, enum cases with bindings, `where`).
extension Lowerer {
    /// Declares `name` in the current block (or as a global at the top level) and returns a
    /// store into it. Patterns of one `case` that bind the same name share its slot.
    func bindIdentifier(_ name: String, type: TypeSpec?, isLet: Bool = false) -> (Value, Frame) throws -> Void {
        if scope.atGlobalLevel {
            let g = rt.globalSlot(name)
            cellGlobals.insert(name)
            rt.globalTypes[g] = type
            if isLet { rt.letGlobals.insert(g) } else { rt.letGlobals.remove(g) }
            let rt = self.rt
            return { v, _ in DeepRelease.replace(&rt.globals[g], with: v) }
        }
        let slot: Int
        if let existing = scope.blocks[scope.blocks.count - 1][name] {
            // `var n = n` shadowing a parameter: the new declaration's mutability holds from now on.
            slot = existing.slot
            scope.blocks[scope.blocks.count - 1][name] = FunctionScope.Local(slot: slot, type: type ?? existing.type, isLet: isLet)
        } else {
            slot = scope.declare(name, type: type, isLet: isLet)
        }
        return { v, f in DeepRelease.replace(&f[slot], with: v) }
    }

    /// A pattern that always matches and binds names (let/var, for-in, optional binding).
    func lowerBindingPattern(_ p: PatternSyntax, type: TypeSpec? = nil, isLet: Bool = false) throws -> (Value, Frame) throws -> Void {
        if let id = p.as(IdentifierPatternSyntax.self) {
            let store = bindIdentifier(id.identifier.text, type: type, isLet: isLet)
            if let type {
                return { v, f in try store(coerce(v, to: type, literal: false), f) }
            }
            return store
        }
        if p.is(WildcardPatternSyntax.self) { return { _, _ in } }
        if let vb = p.as(ValueBindingPatternSyntax.self) { return try lowerBindingPattern(vb.pattern, type: type) }
        if let ep = p.as(ExpressionPatternSyntax.self) { return try lowerBindingExpression(ep.expression) }
        if let t = p.as(TuplePatternSyntax.self) {
            var elementTypes: [TypeSpec?] = []
            if case .tuple(let ts, _)? = type { elementTypes = ts }
            let parts = try t.elements.enumerated().map { i, e in
                try lowerBindingPattern(e.pattern, type: i < elementTypes.count ? elementTypes[i] : nil, isLet: isLet)
            }
            let l = loc(p)
            let n = parts.count
            return { v, f in
                guard case .tuple(let tv) = v, tv.elements.count == n else {
                    throw LecternError("cannot destructure a value of type '\(v.typeName)' into \(n) names", at: l)
                }
                for i in 0..<n { try parts[i](tv.elements[i], f) }
            }
        }
        throw unsupported("this kind of pattern (\(p.kind))", p)
    }

    /// `let (a, b)` parsed as an expression pattern: a tuple of names.
    private func lowerBindingExpression(_ e: ExprSyntax) throws -> (Value, Frame) throws -> Void {
        if let d = e.as(DeclReferenceExprSyntax.self) { return bindIdentifier(d.baseName.text, type: nil) }
        if e.is(DiscardAssignmentExprSyntax.self) { return { _, _ in } }
        if let pe = e.as(PatternExprSyntax.self) { return try lowerBindingPattern(pe.pattern) }
        if let t = e.as(TupleExprSyntax.self) {
            let parts = try t.elements.map { try lowerBindingExpression($0.expression) }
            let n = parts.count
            let l = loc(e)
            return { v, f in
                guard case .tuple(let tv) = v, tv.elements.count == n else {
                    throw LecternError("cannot destructure a value of type '\(v.typeName)' into \(n) names", at: l)
                }
                for i in 0..<n { try parts[i](tv.elements[i], f) }
            }
        }
        throw unsupported("this kind of pattern", e)
    }

    /// A pattern that may fail to match (switch cases, `if case`).
    func lowerPattern(_ p: PatternSyntax, binding: Bool = false) throws -> Code.Match {
        if p.is(WildcardPatternSyntax.self) { return { _, _ in true } }
        if let id = p.as(IdentifierPatternSyntax.self) {
            let store = bindIdentifier(id.identifier.text, type: nil)
            return { v, f in try store(v, f); return true }
        }
        if let vb = p.as(ValueBindingPatternSyntax.self) { return try lowerPattern(vb.pattern, binding: true) }
        if let t = p.as(TuplePatternSyntax.self) {
            let parts = try t.elements.map { try lowerPattern($0.pattern, binding: binding) }
            return tupleMatcher(parts)
        }
        if let e = p.as(ExpressionPatternSyntax.self) { return try lowerExprPattern(e.expression, binding: binding) }
        if let isType = p.as(IsTypePatternSyntax.self) {
            let spec = try typeSpec(isType.type)
            return { v, _ in matches(v, spec) }
        }
        throw unsupported("this kind of pattern", p)
    }

    private func tupleMatcher(_ parts: [Code.Match]) -> Code.Match {
        let n = parts.count
        return { v, f in
            guard case .tuple(let tv) = v, tv.elements.count == n else { return false }
            for i in 0..<n where !(try parts[i](tv.elements[i], f)) { return false }
            return true
        }
    }

    private func lowerExprPattern(_ e: ExprSyntax, binding: Bool) throws -> Code.Match {
        let ev = self.ev
        if let pe = e.as(PatternExprSyntax.self) { return try lowerPattern(pe.pattern, binding: binding) }
        if e.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        // `let e as ParseFailure`: a type check that binds the value.
        if let cast = e.as(AsExprSyntax.self) {
            let spec = try typeSpec(cast.type)
            let inner = try lowerExprPattern(cast.expression, binding: binding)
            return { v, f in
                guard matches(v, spec) else { return false }
                return try inner(v, f)
            }
        }
        if binding, let d = e.as(DeclReferenceExprSyntax.self) {
            let store = bindIdentifier(d.baseName.text, type: nil)
            return { v, f in try store(v, f); return true }
        }
        if let t = e.as(TupleExprSyntax.self) {
            if t.elements.count == 1, let only = t.elements.first, only.label == nil {
                return try lowerExprPattern(only.expression, binding: binding)
            }
            return tupleMatcher(try t.elements.map { try lowerExprPattern($0.expression, binding: binding) })
        }
        // Enum cases: `.north`, `Direction.north`, `.circle(let r)`, `.some(let x)`.
        if let m = e.as(MemberAccessExprSyntax.self), isCaseReference(m) {
            return caseMatcher(m.declName.baseName.text, payload: nil)
        }
        if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
           isCaseReference(m) {
            let parts = try call.arguments.map { try lowerExprPattern($0.expression, binding: binding) }
            return caseMatcher(m.declName.baseName.text, payload: parts)
        }
        // `x?` binds the wrapped value of an optional.
        if let opt = e.as(OptionalChainingExprSyntax.self) {
            let inner = try lowerExprPattern(opt.expression, binding: binding)
            return { v, f in
                if case .some(let w) = v { return try inner(w, f) }
                return false
            }
        }
        // Ranges: `0..<10`, `0.5...1.0`, `...5`, `10...`.
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text == "..<" || op.operator.text == "..." {
            let lo = try lowerExpr(infix.leftOperand).code, hi = try lowerExpr(infix.rightOperand).code
            let closed = op.operator.text == "..."
            let l = loc(e)
            return { v, f in try inRange(v, try lo(f), try hi(f), closed: closed, ev: ev, loc: l) }
        }
        if let prefix = e.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "..." || prefix.operator.text == "..<" {
            let hi = try lowerExpr(prefix.expression).code
            let closed = prefix.operator.text == "..."
            let l = loc(e)
            return { v, f in
                let h = try hi(f)
                let r = try ev.binary(closed ? .le : .lt, v, h, false, true, loc: l)
                return { if case .bool(true) = r { return true }; return false }()
            }
        }
        if let postfix = e.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            let lo = try lowerExpr(postfix.expression).code
            let l = loc(e)
            return { v, f in
                let r = try ev.binary(.ge, v, try lo(f), false, true, loc: l)
                return { if case .bool(true) = r { return true }; return false }()
            }
        }
        // Any other expression: compare with `==` (Swift's `~=`).
        let value = try lowerExpr(e)
        let code = value.code
        let lit = value.isLiteral
        let l = loc(e)
        return { v, f in
            let p = try code(f)
            if case .enumValue = p {} else if case .structValue = p {} else {
                if case .bool(let b) = try ev.binary(.eq, p, v, lit, false, loc: l) { return b }
                return false
            }
            return valuesEqual(p, v)
        }
    }

    private func isCaseReference(_ m: MemberAccessExprSyntax) -> Bool {
        guard let base = m.base else { return true }
        if let d = base.as(DeclReferenceExprSyntax.self) {
            if let t = lookupType(d.baseName.text) { return t.kind == .enumType }
            return d.baseName.text == "Optional"
        }
        return false
    }

    private func caseMatcher(_ name: String, payload: [Code.Match]?) -> Code.Match {
        return { v, f in
            switch v {
            case .enumValue(let e):
                guard e.caseIndex < e.type.cases.count, e.type.cases[e.caseIndex].name == name else { return false }
                guard let payload else { return true }
                if payload.count == e.payload.count {
                    for i in 0..<payload.count where !(try payload[i](e.payload[i], f)) { return false }
                    return true
                }
                if payload.count == 1 {
                    return try payload[0](.tuple(TupleValue(elements: e.payload, labels: nil)), f)
                }
                return false
            case .some(let w):
                guard name == "some" else { return false }
                if let payload, payload.count == 1 { return try payload[0](w, f) }
                return payload == nil
            case .none:
                return name == "none"
            default:
                return false
            }
        }
    }
}

/// Whether `v` lies in the range `lo..<hi` (or `lo...hi`), for switch patterns.
func inRange(_ v: Value, _ lo: Value, _ hi: Value, closed: Bool, ev: Evaluator, loc: SourceLoc) throws -> Bool {
    switch (v, lo, hi) {
    case (.int(let x), .int(let a), .int(let b)): return x >= a && (closed ? x <= b : x < b)
    default:
        guard case .bool(let above) = try ev.binary(.ge, v, lo, false, true, loc: loc),
              case .bool(let below) = try ev.binary(closed ? .le : .lt, v, hi, false, true, loc: loc) else { return false }
        return above && below
    }
}

/// Whether `v` has the type `spec` (`is` checks and `as?` casts).
func matches(_ v: Value, _ spec: TypeSpec) -> Bool {
    switch (v, spec) {
    case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string),
         (.character, .character), (.array, .array), (.slice, .slice), (.dictionary, .dictionary), (.set, .set),
         (.tuple, .tuple), (_, .any): return true
    // The type, a superclass, or a protocol it conforms to (`layer is any Trainable`).
    case (.structValue(let s), .named(let n)): return s.type.isKind(of: n)
    case (.object(let o), .named(let n)): return o.type.isKind(of: n)
    case (.enumValue(let e), .named(let n)): return e.type.isKind(of: n)
    case (.native(let o), .named(let n)):
        if let ne = o as? NativeError { return String(describing: type(of: ne.error)) == n || n == "Error" }
        return String(describing: type(of: o)) == n
    case (.some(let w), _): return matches(w, spec)
    case (_, .named(let n)): return StandardProtocols.value(v, conformsTo: n)
    default: return false
    }
}
