import SwiftSyntax

/// Where a value is converted to an expected type; decides the compiler's wording.
enum ConversionSite {
    case argument, declaration, assignment, returnValue, element, closureResult, condition, other

    func message(_ from: String, _ to: String) -> String {
        switch self {
        case .argument: return "cannot convert value of type '\(from)' to expected argument type '\(to)'"
        case .declaration: return "cannot convert value of type '\(from)' to specified type '\(to)'"
        case .assignment: return "cannot assign value of type '\(from)' to type '\(to)'"
        case .returnValue: return "cannot convert return expression of type '\(from)' to return type '\(to)'"
        case .element: return "cannot convert value of type '\(from)' to expected element type '\(to)'"
        case .closureResult: return "cannot convert value of type '\(from)' to closure result type '\(to)'"
        case .condition: return "cannot convert value of type '\(from)' to expected condition type '\(to)'"
        case .other: return "cannot convert value of type '\(from)' to type '\(to)'"
        }
    }
}

/// Expressions: literals, names, operators, collections, closures, casts and optionals.
extension TypeChecker {
    /// Infers `e`, then converts it to `expected`, reporting a mismatch worded for `site`.
    @discardableResult
    func check(_ e: ExprSyntax, against expected: SwiftType, _ site: ConversionSite) -> SwiftType {
        let t = infer(e, expected)
        if !convert(e, t, to: expected) {
            error(site.message(show(t), show(expected)), at: e)
        }
        return t
    }

    /// The type of `e`; `hint` is the type the context expects, if known (closures, implicit
    /// members and literals use it; the caller still converts).
    @discardableResult
    func infer(_ e: ExprSyntax, _ hint: SwiftType? = nil) -> SwiftType {
        var t = inferInner(e, hint)
        if isChainTop(e) {
            let r = cs.resolve(t)
            if case .nominal(let n, _) = r, n.builtin == .optional {} else if !r.isUnknown { t = world.optional(t) }
        }
        return record(e, t)
    }

    private func inferInner(_ e: ExprSyntax, _ hint: SwiftType?) -> SwiftType {
        if e.is(IntegerLiteralExprSyntax.self) { let t = literal(.integer, hint); recordLiteral(e, t); return t }
        if e.is(FloatLiteralExprSyntax.self) { let t = literal(.float, hint); recordLiteral(e, t); return t }
        if e.is(BooleanLiteralExprSyntax.self) { return world.bool }
        if e.is(NilLiteralExprSyntax.self) { return literal(.nilLiteral, hint) }
        if let s = e.as(StringLiteralExprSyntax.self) { return inferString(s, hint) }
        if e.is(SimpleStringLiteralExprSyntax.self) { return world.string }
        if let d = e.as(DeclReferenceExprSyntax.self) { return inferName(d, hint) }
        if let m = e.as(MemberAccessExprSyntax.self) { return inferMemberAccess(m, hint) }
        if let c = e.as(FunctionCallExprSyntax.self) { return inferCall(c, hint) }
        if let s = e.as(SubscriptCallExprSyntax.self) { return inferSubscript(s, hint) }
        if let i = e.as(InfixOperatorExprSyntax.self) { return inferInfix(i, hint) }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return inferPrefix(p, hint) }
        if let p = e.as(PostfixOperatorExprSyntax.self) { return inferPostfix(p, hint) }
        if let t = e.as(TupleExprSyntax.self) { return inferTuple(t, hint) }
        if let a = e.as(ArrayExprSyntax.self) { return inferArray(a, hint) }
        if let d = e.as(DictionaryExprSyntax.self) { return inferDictionary(d, hint) }
        if let c = e.as(ClosureExprSyntax.self) { return inferClosure(c, hint) }
        if let t = e.as(TernaryExprSyntax.self) {
            check(t.condition, against: world.bool, .condition)
            let result = hint.map { h -> SwiftType in
                if case .variable = cs.resolve(h) { return cs.fresh() }
                return h
            } ?? cs.fresh()
            let a = infer(t.thenExpression, result)
            let b = infer(t.elseExpression, result)
            if !convert(t.thenExpression, a, to: result) || !convert(t.elseExpression, b, to: result) {
                if !cs.unify(a, b) {
                    error("result values in '? :' expression have mismatching types '\(show(a))' and '\(show(b))'", at: t.thenExpression)
                }
            }
            return result
        }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            let inner = cs.resolve(infer(u.expression))
            switch inner {
            case .nominal(let n, let args) where n.builtin == .optional: return args[0]
            case .unknown, .variable: return .unknown
            default:
                error("cannot force unwrap value of non-optional type '\(show(inner))'", at: u.expression)
                return inner
            }
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let inner = cs.resolve(infer(o.expression))
            switch inner {
            case .nominal(let n, let args) where n.builtin == .optional: return args[0]
            case .unknown, .variable: return .unknown
            default:
                error("cannot use optional chaining on non-optional value of type '\(show(inner))'", at: o.expression)
                return inner
            }
        }
        if let a = e.as(AsExprSyntax.self) {
            guard let target = resolveType(a.type) else { infer(a.expression); return .unknown }
            switch a.questionOrExclamationMark?.tokenKind {
            case .postfixQuestionMark?, .infixQuestionMark?:
                infer(a.expression)
                return world.optional(target)
            case .exclamationMark?:
                infer(a.expression)
                return target
            default:
                check(a.expression, against: target, .other)
                return target
            }
        }
        if let i = e.as(IsExprSyntax.self) {
            infer(i.expression)
            _ = resolveType(i.type)
            return world.bool
        }
        if let t = e.as(TryExprSyntax.self) {
            let inner = infer(t.expression, hint)
            if t.questionOrExclamationMark?.tokenKind == .postfixQuestionMark {
                if case .nominal(let n, _) = cs.resolve(inner), n.builtin == .optional { return inner }
                return world.optional(inner)
            }
            return inner
        }
        if let a = e.as(AwaitExprSyntax.self) { infer(a.expression); return .unknown }
        if let i = e.as(IfExprSyntax.self) { return inferIfExpression(i, hint) }
        if let s = e.as(SwitchExprSyntax.self) { return inferSwitchExpression(s, hint) }
        if let io = e.as(InOutExprSyntax.self) { return infer(io.expression, hint) }
        if let k = e.as(KeyPathExprSyntax.self) { return inferKeyPath(k, hint) }
        if let t = e.as(TypeExprSyntax.self) { return resolveType(t.type).map { .metatype($0) } ?? .unknown }
        if let g = e.as(GenericSpecializationExprSyntax.self) { return inferSpecialization(g) ?? .unknown }
        if e.is(DiscardAssignmentExprSyntax.self) { return .unknown }
        if e.is(SuperExprSyntax.self) { return function.selfType.flatMap { $0.nominal?.superclass } ?? .unknown }
        return .unknown
    }

    /// A literal's type: a variable that context settles, or its default (`Int`, `Double`, `String`).
    private func literal(_ kind: LiteralKind, _ hint: SwiftType?) -> SwiftType {
        cs.fresh(literal: kind)
    }

    private func inferString(_ s: StringLiteralExprSyntax, _ hint: SwiftType?) -> SwiftType {
        var interpolated = false
        let outerCoalescings = stringCoalescings
        stringCoalescings = 0
        defer { stringCoalescings = outerCoalescings }
        for segment in s.segments {
            if case .expressionSegment(let x) = segment {
                interpolated = true
                for a in x.expressions { unitless { infer(a.expression) } }
            }
        }
        if interpolated { return world.string }
        let t = literal(.string, hint)
        recordLiteral(s, t)
        return t
    }

    /// Interpolated expressions are typed on their own, as the compiler does.
    func unitless(_ body: () -> Void) { body() }

    /// `T<Args>` used as a value: `Array<Int>`, `Set<String>`, `Box<Double>`.
    func inferSpecialization(_ g: GenericSpecializationExprSyntax) -> SwiftType? {
        guard let base = g.expression.as(DeclReferenceExprSyntax.self),
              let n = world.typeNamed(base.baseName.text) ?? lookupNestedType(base.baseName.text) else { return nil }
        var args: [SwiftType] = []
        for a in g.genericArgumentClause.arguments {
            guard case .type(let t) = a.argument, let r = resolveType(t) else { return nil }
            args.append(r)
        }
        guard args.count == n.genericParameters.count else { return nil }
        return .metatype(.nominal(n, args))
    }

    /// A written type in the current context (generic parameters, `Self`, nested types).
    func resolveType(_ t: TypeSyntax) -> SwiftType? {
        TypeResolver(world: world).resolve(t, function.typeContext)
    }

    /// `Outer.Inner` used as a value: the nested type (fresh arguments when it is generic).
    func nestedType(_ name: String, in outer: SwiftType) -> SwiftType? {
        guard case .nominal(let n, _) = cs.resolve(outer), let nested = n.nestedTypes[name] else { return nil }
        return freshInstance(nested)
    }

    func lookupNestedType(_ name: String) -> NominalType? {
        var n = function.owner
        while let x = n {
            if let nested = x.nestedTypes[name] { return nested }
            n = x.parent
        }
        return nil
    }

    // MARK: Tuples and collections

    private func inferTuple(_ t: TupleExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let elements = Array(t.elements)
        if elements.count == 1, elements[0].label == nil { return infer(elements[0].expression, hint) }
        var hints: [SwiftType?] = Array(repeating: nil, count: elements.count)
        if let h = hint, case .tuple(let hs) = cs.resolve(h), hs.count == elements.count { hints = hs.map(\.type) }
        return .tuple(elements.enumerated().map { i, el in
            TupleElement(el.label?.text, infer(el.expression, hints[i]))
        })
    }

    private func inferArray(_ a: ArrayExprSyntax, _ hint: SwiftType?) -> SwiftType {
        var elementHint: SwiftType?
        if let h = hint {
            let r = cs.resolve(unwrapOptional(h))
            if case .nominal(let n, let args) = r, n.builtin == .array || n.builtin == .set || n.builtin == .arraySlice, args.count == 1 { elementHint = args[0] }
            if case .nominal(let n, let args) = r, n.builtin == .dictionary, args.count == 2, a.elements.isEmpty {
                _ = args
                return r
            }
        }
        let element = elementHint ?? cs.fresh()
        for el in a.elements {
            let t = infer(el.expression, element)
            if !convert(el.expression, t, to: element) {
                if elementHint != nil {
                    error(ConversionSite.element.message(show(t), show(element)), at: el.expression)
                } else {
                    error("heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional", at: a)
                }
            }
        }
        return cs.fresh(literal: .array(element: element))
    }

    private func inferDictionary(_ d: DictionaryExprSyntax, _ hint: SwiftType?) -> SwiftType {
        var keyHint: SwiftType?, valueHint: SwiftType?
        if let h = hint, case .nominal(let n, let args) = cs.resolve(unwrapOptional(h)), n.builtin == .dictionary, args.count == 2 {
            keyHint = args[0]
            valueHint = args[1]
        }
        let key = keyHint ?? cs.fresh(), value = valueHint ?? cs.fresh()
        if case .elements(let list) = d.content {
            for el in list {
                let k = infer(el.key, key)
                if !convert(el.key, k, to: key) { error("cannot convert value of type '\(show(k))' to expected dictionary key type '\(show(key))'", at: el.key) }
                let v = infer(el.value, value)
                if !convert(el.value, v, to: value) { error("cannot convert value of type '\(show(v))' to expected dictionary value type '\(show(value))'", at: el.value) }
            }
        }
        if let p = world.prelude.types["Hashable"], !world.conforms(key, p, cs) {
            error("type '\(show(key))' does not conform to protocol 'Hashable'", at: d)
        }
        return world.dictionary(key, value)
    }

    func unwrapOptional(_ t: SwiftType) -> SwiftType {
        if case .nominal(let n, let args) = cs.resolve(t), n.builtin == .optional { return args[0] }
        return t
    }

    // MARK: Optional chains

    /// The outermost postfix expression of a chain that contains `?.`.
    func isChainTop(_ e: ExprSyntax) -> Bool {
        guard e.is(MemberAccessExprSyntax.self) || e.is(FunctionCallExprSyntax.self)
                || e.is(SubscriptCallExprSyntax.self) || e.is(ForceUnwrapExprSyntax.self) else { return false }
        var cur: ExprSyntax? = e
        var found = false
        while let c = cur {
            if c.is(OptionalChainingExprSyntax.self) { found = true; break }
            if let m = c.as(MemberAccessExprSyntax.self) { cur = m.base } else if let f = c.as(FunctionCallExprSyntax.self) {
                cur = f.calledExpression
            } else if let s = c.as(SubscriptCallExprSyntax.self) { cur = s.calledExpression } else if let u = c.as(ForceUnwrapExprSyntax.self) {
                cur = u.expression
            } else { cur = nil }
        }
        guard found, let parent = e.parent else { return found }
        if let m = parent.as(MemberAccessExprSyntax.self), m.base?.id == e.id { return false }
        if let f = parent.as(FunctionCallExprSyntax.self), f.calledExpression.id == e.id { return false }
        if let s = parent.as(SubscriptCallExprSyntax.self), s.calledExpression.id == e.id { return false }
        if let u = parent.as(ForceUnwrapExprSyntax.self), u.expression.id == e.id { return false }
        if let o = parent.as(OptionalChainingExprSyntax.self), o.expression.id == e.id { return false }
        return true
    }

    // MARK: Key paths

    /// `\.count` where a function `(Root) -> Value` is expected.
    private func inferKeyPath(_ k: KeyPathExprSyntax, _ hint: SwiftType?) -> SwiftType {
        guard k.root == nil, let h = hint, case .function(let f) = cs.resolve(h), f.parameters.count == 1 else { return .unknown }
        var t = f.parameters[0].type
        for c in k.components {
            guard case .property(let p) = c.component else { return .unknown }
            t = memberType(of: t, p.declName.baseName.text, at: p) ?? .unknown
        }
        return .function(FunctionType(parameters: [.init(f.parameters[0].type)], result: t))
    }

    /// The type of property `name` of a value of type `t` (tuple labels included).
    func memberType(of t: SwiftType, _ name: String, at node: some SyntaxProtocol) -> SwiftType? {
        let r = cs.resolve(t)
        if case .tuple(let es) = r {
            if let i = Int(name), i < es.count { return es[i].type }
            return es.first { $0.label == name }?.type
        }
        for found in world.members(name, of: r, isStatic: false, cs) {
            if case .property(let pt, _) = found.member.kind { return instantiate(pt, found) }
        }
        return nil
    }
}
