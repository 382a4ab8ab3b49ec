import SwiftSyntax

/// Member access, calls by callee form, initialisers and subscripts.
extension TypeChecker {
    /// Modules a lesson may name before a function (`Foundation.exp(x)`).
    static let moduleNames: Set<String> = ["Foundation", "Swift", "MLCore", "Darwin", "Glibc"]

    private func moduleQualified(_ m: MemberAccessExprSyntax) -> Bool {
        guard let d = m.base?.as(DeclReferenceExprSyntax.self) else { return false }
        return TypeChecker.moduleNames.contains(d.baseName.text) && scope.lookup(d.baseName.text) == nil
    }

    /// A literal variable used as a receiver takes its type at once: the first of its literal
    /// kind's types (default first) that has the member used (`1.description` is an Int,
    /// `(0).rounded()` a Double, since Int has no `rounded`) and, when `fits` is given, whose
    /// member value fits the context (`let f: Float = (7.0).rounded()` rounds a Float), as
    /// Swift's solver tries the default type first and the others when the member is not
    /// found on it or its value does not fit.
    ///
    /// A receiver that is the result of an overload choice still open is settled first, by the
    /// best combination of candidates on whose result the member exists (and fits), as Swift's
    /// solver keeps only the solutions in which the member lookup succeeds:
    /// `let x: Double = ((-7) / 3).rounded()` divides Doubles, not Ints.
    func concretize(_ t: SwiftType, member: String? = nil, fits: ((SwiftType) -> Bool)? = nil) -> SwiftType {
        var r = cs.resolve(t)
        if case .variable(let i) = r, cs.variables[i].literal == nil, !pending.isEmpty, attemptDepth == 0 {
            var requirements: [() -> Bool] = []
            if let name = member, name != "self" {
                if let fits { requirements.append { self.receiverType(t, member: name, fits: fits) != nil } }
                requirements.append { self.receiverType(t, member: name, fits: nil) != nil }
            }
            settlePendingChoices(requiring: requirements)
            r = cs.resolve(t)
        }
        if case .variable(let i) = r, let lit = cs.variables[i].literal,
           let d = literalReceiverType(lit, cs.variables[i].requirements, member: member, fits: fits) {
            _ = cs.unify(r, d)
            return cs.resolve(d)
        }
        return r
    }

    private func literalReceiverType(_ lit: LiteralKind, _ requirements: [NominalType], member: String?,
                                     fits: ((SwiftType) -> Bool)?) -> SwiftType? {
        let candidates = cs.literalTypes(for: lit, requirements: requirements)
        guard let name = member, name != "self" else { return candidates.first }
        let withMember = candidates.filter { !world.members(name, of: $0, isStatic: false, cs).isEmpty }
        if let fits, let c = withMember.first(where: { c in attempt { fits(c) } }) { return c }
        return withMember.first ?? candidates.first
    }

    /// The type `t` takes as the receiver of member `name`: itself once settled (nil when it
    /// lacks the member), the first fitting type of its literal kind, or itself while nothing
    /// is known of it. With `fits`, the member's value must also fit the context.
    private func receiverType(_ t: SwiftType, member name: String, fits: ((SwiftType) -> Bool)?) -> SwiftType? {
        let r = cs.resolve(t)
        let candidates: [SwiftType]
        switch r {
        case .variable(let i):
            guard let lit = cs.variables[i].literal else { return r }
            candidates = cs.literalTypes(for: lit, requirements: cs.variables[i].requirements)
        case .nominal, .existential, .parameter:
            candidates = [r]
        default:
            return r
        }
        return candidates.first { c in
            !world.members(name, of: c, isStatic: false, cs).isEmpty && (fits.map { f in attempt { f(c) } } ?? true)
        }
    }

    func inferMemberAccess(_ m: MemberAccessExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let name = m.declName.baseName.text
        guard let baseExpr = m.base else { return implicitMember(name, m, hint) }
        if moduleQualified(m) {
            switch lookupGlobalName(name) {
            case .value(let t): return t
            case .type(let t): return .metatype(t)
            case .functions(let cs): return functionReference(cs, m.declName, hint)
            case .notFound: return .unknown
            }
        }
        // An open receiver is settled so that the member's value fits the context too
        // (`let m: Double = ((-7) / 2).magnitude` divides Doubles).
        let fits: ((SwiftType) -> Bool)? = hint.map { h in { r in self.cs.convert(self.memberValue(name, of: r, m, h), to: h) } }
        let base = concretize(infer(baseExpr), member: name, fits: fits)
        return memberValue(name, of: base, m, hint)
    }

    /// The value of `base.name` (not called).
    func memberValue(_ name: String, of base: SwiftType, _ node: MemberAccessExprSyntax, _ hint: SwiftType?) -> SwiftType {
        switch base {
        case .metatype(let t):
            if name == "self" { return base }
            if name == "init" { return functionReference(initializers(of: t), node.declName, hint) }
            if let nested = nestedType(name, in: t) { return .metatype(nested) }
            let found = world.members(name, of: cs.resolve(t), isStatic: true, cs)
            if found.isEmpty {
                missingMember(name, of: base, node)
                return .unknown
            }
            return value(of: target(found), node.declName, hint)
        case .tuple(let es):
            if let i = Int(name), i < es.count { return es[i].type }
            if let e = es.first(where: { $0.label == name }) { return e.type }
            error("value of tuple type '\(show(base))' has no member '\(name)'", at: node.declName)
            return .unknown
        case .unknown, .variable, .dependent:
            return .unknown
        default:
            let found = world.members(name, of: base, isStatic: false, cs).filter { f in
                f.member.extensionRequirements.isEmpty || attempt { f.member.extensionRequirements.allSatisfy { world.holds($0, f.substitution, cs) } }
            }
            if found.isEmpty {
                missingMember(name, of: base, node)
                return .unknown
            }
            if case .property = found[0].member.kind {
                for r in found[0].member.extensionRequirements { _ = world.holds(r, found[0].substitution, cs) }
                // The lowerer calls an extension's computed property statically (`where` clauses).
                recordCallee(node, found[0].member)
            }
            return value(of: target(found), node.declName, hint)
        }
    }

    private func value(of target: NameTarget, _ node: some SyntaxProtocol, _ hint: SwiftType?) -> SwiftType {
        switch target {
        case .value(let t): return t
        case .type(let t): return .metatype(t)
        case .functions(let callees): return functionReference(callees, node, hint)
        case .notFound: return .unknown
        }
    }

    /// Reports a missing member when the type's members are all known to the checker.
    func missingMember(_ name: String, of base: SwiftType, _ node: MemberAccessExprSyntax) {
        switch base {
        case .nominal(let n, _) where n.membersAreComplete:
            error("value of type '\(show(base))' has no member '\(name)'", at: node.declName)
        case .metatype(.nominal(let n, _)) where n.membersAreComplete:
            error("type '\(n.qualifiedName)' has no member '\(name)'", at: node.declName)
        default: break
        }
    }

    /// `.name` with the contextual type `hint` (`.relu`, `.north`, `.zero`).
    func implicitMember(_ name: String, _ node: MemberAccessExprSyntax, _ hint: SwiftType?) -> SwiftType {
        guard let h = hint else { return .unknown }
        var t = cs.resolve(h)
        if case .nominal(let n, let args) = t, n.builtin == .optional, name != "none", name != "some" { t = cs.resolve(args[0]) }
        switch t {
        case .nominal, .existential, .parameter:
            let found = world.members(name, of: t, isStatic: true, cs)
            if found.isEmpty {
                if case .nominal(let n, _) = t, n.membersAreComplete {
                    error("type '\(show(t))' has no member '\(name)'", at: node.declName)
                }
                return .unknown
            }
            return value(of: target(found), node.declName, hint)
        default:
            return .unknown
        }
    }

    // MARK: Calls

    func inferCall(_ c: FunctionCallExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let args = arguments(of: c)
        let callee = c.calledExpression
        if let d = callee.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            switch lookupName(name) {
            case .functions(let callees): return resolveCall(callees, args, hint: hint, node: c, describe: "global function '\(name)'")
            case .type(let t): return construct(t, args, hint: hint, node: c)
            case .value(let v): return callValue(v, args, hint: hint, node: c)
            case .notFound:
                inferWithoutContext(args)
                return .unknown
            }
        }
        if let m = callee.as(MemberAccessExprSyntax.self) { return inferMethodCall(m, c, args, hint) }
        if callee.is(ArrayExprSyntax.self) || callee.is(DictionaryExprSyntax.self) || callee.is(GenericSpecializationExprSyntax.self) {
            if case .metatype(let t) = staticType(callee) { return construct(t, args, hint: hint, node: c) }
        }
        let f = infer(callee)
        return callValue(f, args, hint: hint, node: c)
    }

    /// `[Double]`, `[String: Int]` or `Set<Int>` written as the callee of an initialiser.
    private func staticType(_ e: ExprSyntax) -> SwiftType {
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1 {
            let el = a.elements.first!.expression
            if let t = typeFromExpression(el) { return .metatype(world.array(t)) }
        }
        if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1, let el = list.first,
           let k = typeFromExpression(el.key), let v = typeFromExpression(el.value) {
            return .metatype(world.dictionary(k, v))
        }
        if let g = e.as(GenericSpecializationExprSyntax.self), let t = inferSpecialization(g) { return t }
        return .unknown
    }

    /// An expression that names a type (`Double`, `[Int]`, `Point`).
    func typeFromExpression(_ e: ExprSyntax) -> SwiftType? {
        if let d = e.as(DeclReferenceExprSyntax.self), case .type(let t) = lookupName(d.baseName.text) { return t }
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let t = typeFromExpression(a.elements.first!.expression) { return world.array(t) }
        if let g = e.as(GenericSpecializationExprSyntax.self), case .metatype(let t)? = inferSpecialization(g) { return t }
        if let o = e.as(OptionalChainingExprSyntax.self), let t = typeFromExpression(o.expression) { return world.optional(t) }
        if let t = e.as(TypeExprSyntax.self) { return resolveType(t.type) }
        return nil
    }

    /// Calling a value of function type (a closure in a variable or property).
    func callValue(_ f: SwiftType, _ args: [CallArgument], hint: SwiftType?, node: FunctionCallExprSyntax) -> SwiftType {
        switch cs.resolve(f) {
        case .function(let ft):
            return resolveCall([Callee(functionValue: ft)], args, hint: hint, node: node, describe: "function")
        case .metatype(let t):
            return construct(t, args, hint: hint, node: node)
        default:
            inferWithoutContext(args)
            return .unknown
        }
    }

    private func inferMethodCall(_ m: MemberAccessExprSyntax, _ c: FunctionCallExprSyntax, _ args: [CallArgument], _ hint: SwiftType?) -> SwiftType {
        let name = m.declName.baseName.text
        guard let baseExpr = m.base else {
            // `.circle(radius: 1)`, `.step(every: 10, factor: 0.5)`: a static member of the context's type.
            guard let h = hint else { inferWithoutContext(args); return .unknown }
            var t = cs.resolve(h)
            if case .nominal(let n, let targs) = t, n.builtin == .optional, name != "some" { t = cs.resolve(targs[0]) }
            switch t {
            case .nominal, .existential, .parameter:
                if name == "init" { return construct(t, args, hint: hint, node: c) }
                let found = world.members(name, of: t, isStatic: true, cs)
                if found.isEmpty { inferWithoutContext(args); return .unknown }
                return callMembers(found, name, args, hint: hint, node: c, receiver: .metatype(t))
            default:
                inferWithoutContext(args)
                return .unknown
            }
        }
        if moduleQualified(m) {
            switch lookupGlobalName(name) {
            case .functions(let callees): return resolveCall(callees, args, hint: hint, node: c, describe: "global function '\(name)'")
            case .type(let t): return construct(t, args, hint: hint, node: c)
            default: inferWithoutContext(args); return .unknown
            }
        }
        if baseExpr.is(SuperExprSyntax.self) || (baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text == "self" && name == "init") {
            let t: SwiftType? = baseExpr.is(SuperExprSyntax.self) ? function.selfType.flatMap { $0.nominal?.superclass } : function.selfType
            guard let receiver = t else { inferWithoutContext(args); return .unknown }
            if name == "init" {
                _ = construct(receiver, args, hint: nil, node: c)
                return .void
            }
            let found = world.members(name, of: receiver, isStatic: false, cs)
            if found.isEmpty { inferWithoutContext(args); return .unknown }
            return callMembers(found, name, args, hint: hint, node: c, receiver: receiver)
        }
        // An open receiver is settled so that the call's value fits the context too
        // (`let f: Float = (7 / 2).rounded()` divides Floats).
        let fits: ((SwiftType) -> Bool)? = hint.map { h in { r in
            let found = self.world.members(name, of: r, isStatic: false, self.cs)
            if found.isEmpty { return false }
            let value = self.callMembers(found, name, args, hint: h, node: c, receiver: r)
            return self.cs.convert(value, to: h)
        } }
        let base = concretize(infer(baseExpr), member: name, fits: fits)
        switch base {
        case .metatype(let t):
            if name == "init" { return construct(t, args, hint: hint, node: c) }
            if let nested = nestedType(name, in: t) { return construct(nested, args, hint: hint, node: c) }
            let found = world.members(name, of: cs.resolve(t), isStatic: true, cs)
            if found.isEmpty {
                missingMember(name, of: base, m)
                inferWithoutContext(args)
                return .unknown
            }
            return callMembers(found, name, args, hint: hint, node: c, receiver: base)
        case .tuple:
            let f = memberValue(name, of: base, m, nil)
            return callValue(f, args, hint: hint, node: c)
        case .unknown, .variable, .dependent:
            inferWithoutContext(args)
            return .unknown
        default:
            let found = world.members(name, of: base, isStatic: false, cs)
            if found.isEmpty {
                missingMember(name, of: base, m)
                inferWithoutContext(args)
                return .unknown
            }
            return callMembers(found, name, args, hint: hint, node: c, receiver: base)
        }
    }

    /// Calls a member found by name: a method (overloads), an enum case with a payload, or a
    /// property of function type.
    private func callMembers(_ found: [TypeWorld.FoundMember], _ name: String, _ args: [CallArgument], hint: SwiftType?,
                             node: FunctionCallExprSyntax, receiver: SwiftType) -> SwiftType {
        let callables = found.filter { f in
            switch f.member.kind {
            case .function: return true
            case .enumCase(let ec): return ec.hasPayload
            case .property: return false
            }
        }
        if callables.isEmpty, let p = found.first, case .property(let t, _) = p.member.kind {
            return callValue(instantiate(t, p), args, hint: hint, node: node)
        }
        let kind: String
        if case .metatype = receiver { kind = "static method" } else { kind = "instance method" }
        return resolveCall(callables.map { Callee(found: $0) }, args, hint: hint, node: node, describe: "\(kind) '\(name)'")
    }

    // MARK: Initialisers

    /// `T(args)`: T's initialisers (declared, memberwise, raw value), or a conversion.
    func construct(_ t: SwiftType, _ args: [CallArgument], hint: SwiftType?, node: FunctionCallExprSyntax) -> SwiftType {
        var target = cs.resolve(t)
        // `Array(repeating: 0, count: 3)` where `[Double]` is expected: the context gives the arguments.
        if case .nominal(let n, let targs) = target, let h = hint, case .nominal(let hn, _) = cs.resolve(h), hn === n,
           targs.contains(where: { cs.resolve($0).isVariable }) {
            _ = cs.unify(target, h)
            target = cs.resolve(target)
        }
        let callees = initializers(of: target)
        if callees.isEmpty {
            inferWithoutContext(args)
            if case .nominal(let n, _) = target, n.membersAreComplete, n.kind != .protocolType {
                error("'\(n.qualifiedName)' cannot be constructed because it has no accessible initializers", at: node)
            }
            return target.isUnknown ? .unknown : target
        }
        return resolveCall(callees, args, hint: hint, node: node, describe: "initializer")
    }

    /// Every way to initialise a value of type `t`.
    func initializers(of t: SwiftType) -> [Callee] {
        guard case .nominal(let n, let args) = cs.resolve(t) else { return [] }
        var s = Substitution(n.genericParameters, args)
        s[n.selfParameter] = t
        var out = world.initializers(of: n).map { m -> Callee in
            var c = Callee(member: m)
            c.substitution = s
            c.selfType = t
            return c
        }
        if n.kind == .structure, n.origin == .lesson, !n.hasBodyInitializer {
            let props = n.storedProperties.filter { !($0.isLet && $0.hasDefault) }
            let sig = FunctionSignature(parameters: props.map {
                ParameterDecl(label: $0.name, name: $0.name, type: $0.type, hasDefault: $0.hasDefault)
            }, result: n.declaredType)
            let m = Member(name: "init", kind: .function(sig), owner: n)
            var c = Callee(member: m)
            c.substitution = s
            c.selfType = t
            out.append(c)
        }
        if n.kind == .classType, n.origin == .lesson, out.isEmpty {
            if let sup = n.superclass, n.storedProperties.allSatisfy(\.hasDefault) {
                return initializers(of: sup).map { c in var c = c; c.selfType = t; return c }
            }
            if n.storedProperties.allSatisfy(\.hasDefault) {
                let m = Member(name: "init", kind: .function(FunctionSignature(parameters: [], result: n.declaredType)), owner: n)
                var c = Callee(member: m)
                c.substitution = s
                c.selfType = t
                out.append(c)
            }
        }
        return out
    }

    // MARK: Subscripts

    func inferSubscript(_ s: SubscriptCallExprSyntax, _ hint: SwiftType?) -> SwiftType {
        var args = s.arguments.map { CallArgument(label: $0.label?.text, expression: $0.expression) }
        if let t = s.trailingClosure { args.append(CallArgument(label: nil, expression: ExprSyntax(t), isTrailingClosure: true)) }
        let base = concretize(infer(s.calledExpression))
        switch base {
        case .unknown, .variable, .dependent:
            inferWithoutContext(args)
            return .unknown
        default:
            let found = world.subscripts(of: base, cs)
            if found.isEmpty {
                inferWithoutContext(args)
                if case .nominal(let n, _) = base, n.membersAreComplete {
                    error("value of type '\(show(base))' has no subscripts", at: s)
                }
                return .unknown
            }
            return resolveCall(found.map { Callee(found: $0) }, args, hint: hint, node: s, describe: "subscript")
        }
    }
}
