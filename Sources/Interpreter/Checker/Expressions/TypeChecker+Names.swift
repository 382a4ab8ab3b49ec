import SwiftSyntax

/// Names: locals, implicit `self` members, globals, types and functions.
extension TypeChecker {
    /// What a plain name refers to where it is used.
    enum NameTarget {
        case value(SwiftType)
        /// Functions (overloads) callable by this name, with how to instantiate them.
        case functions([Callee])
        case type(SwiftType)
        case notFound
    }

    /// A name as a module member (`Foundation.tanh`): globals, the prelude and natives only.
    func lookupGlobalName(_ name: String) -> NameTarget {
        if let globals = world.globals[name], !globals.isEmpty {
            if let first = globals.first, case .property(let t, _) = first.kind { return .value(t) }
            return .functions(globals.map { Callee(member: $0) })
        }
        if let n = world.typeNamed(name) { return .type(n.isProtocol ? .existential(n) : freshInstance(n)) }
        if let fs = world.prelude.functions[name] { return .functions(fs.map { Callee(member: $0) }) }
        if let natives = world.nativeFunctions?(name), !natives.isEmpty { return .functions(natives.map { Callee(member: $0) }) }
        return .notFound
    }

    func lookupName(_ name: String) -> NameTarget {
        if name.hasPrefix("$"), let i = Int(name.dropFirst()) {
            return .value(i < function.anonymousParameters.count ? function.anonymousParameters[i] : .unknown)
        }
        if let b = scope.lookup(name) {
            if !b.functions.isEmpty { return .functions(b.functions.map { Callee(member: $0) }) }
            return .value(b.type)
        }
        if name == "self", let s = function.selfType { return .value(function.isStatic ? .metatype(s) : s) }
        if name == "Self", let s = function.selfType { return .type(s) }
        if let selfType = function.selfType {
            let found = world.members(name, of: selfType, isStatic: function.isStatic, cs)
            if !found.isEmpty { return target(found) }
        }
        if let globals = world.globals[name], !globals.isEmpty {
            if let first = globals.first, case .property(let t, _) = first.kind { return .value(t) }
            return .functions(globals.map { Callee(member: $0) })
        }
        if let nested = lookupNestedType(name) { return .type(freshInstance(nested)) }
        if let p = function.typeContext.parameters[name] { return .type(.parameter(p)) }
        if let alias = world.typeAliases[name] { return .type(alias) }
        if let n = world.typeNamed(name) { return .type(n.isProtocol ? .existential(n) : freshInstance(n)) }
        if let fs = world.prelude.functions[name] { return .functions(fs.map { Callee(member: $0) }) }
        if let natives = world.nativeFunctions?(name), !natives.isEmpty { return .functions(natives.map { Callee(member: $0) }) }
        return .notFound
    }

    /// Members found by name, as a value (a property) or as functions.
    func target(_ found: [TypeWorld.FoundMember]) -> NameTarget {
        if let p = found.first(where: { if case .property = $0.member.kind { return true }; return false }),
           case .property(let t, _) = p.member.kind {
            return .value(instantiate(t, p))
        }
        if let c = found.first(where: { if case .enumCase = $0.member.kind { return true }; return false }),
           case .enumCase(let ec) = c.member.kind {
            return .value(enumCaseType(ec, c))
        }
        return .functions(found.map { Callee(found: $0) })
    }

    /// A generic type used as a value without arguments (`Box(value: 1)`): fresh arguments.
    func freshInstance(_ n: NominalType) -> SwiftType {
        .nominal(n, n.genericParameters.map { cs.fresh(requirements: $0.conformances) })
    }

    /// The type of a found property, in terms of the receiver.
    func instantiate(_ t: SwiftType, _ found: TypeWorld.FoundMember) -> SwiftType {
        world.substitute(t, found.substitution, cs)
    }

    /// An enum case as a value: the enum itself, or a function from its payload to it.
    func enumCaseType(_ ec: EnumCase, _ found: TypeWorld.FoundMember) -> SwiftType {
        let owner = instantiate(found.selfType, found)
        guard ec.hasPayload else { return owner }
        return .function(FunctionType(parameters: ec.payload.map { .init(instantiate($0.type, found)) }, result: owner))
    }

    func inferName(_ d: DeclReferenceExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let name = d.baseName.text
        if Prelude.isOperator(name) { return inferOperatorReference(name, d, hint) }
        switch lookupName(name) {
        case .value(let t): return t
        case .type(let t): return .metatype(t)
        case .functions(let callees): return functionReference(callees, d, hint)
        case .notFound: return .unknown
        }
    }

    /// A function used as a value (`map(sqrt)`, `sorted(by: >)`, `let f = square`).
    func functionReference(_ callees: [Callee], _ node: some SyntaxProtocol, _ hint: SwiftType?) -> SwiftType {
        let usable = callees.filter { $0.signature != nil }
        if usable.count == 1, let f = functionType(of: usable[0]) {
            if let m = usable[0].member { recordCallee(node, m) }
            return f
        }
        guard !usable.isEmpty, let h = hint else { return .unknown }
        let result = cs.fresh()
        _ = cs.unify(result, h)
        pending.append(PendingChoice(count: usable.count, apply: { i, tc in
            guard let f = tc.functionType(of: usable[i]) else { return false }
            if let m = usable[i].member { tc.recordCallee(node, m) }
            return tc.cs.unify(f, result)
        }, fail: { _ in }))
        return result
    }

    /// A callee's function type, generic parameters instantiated.
    func functionType(of c: Callee) -> SwiftType? {
        guard let inst = instantiate(c) else { return nil }
        return .function(FunctionType(parameters: inst.parameters.map { .init($0.type, isInout: $0.isInout) },
                                      result: inst.result, isThrowing: c.signature?.isThrowing ?? false))
    }

    /// `+` used as a function: every operator function of that name whose type fits the context.
    func inferOperatorReference(_ name: String, _ node: DeclReferenceExprSyntax, _ hint: SwiftType?) -> SwiftType {
        guard let h = hint, case .function(let f) = cs.resolve(h) else { return .unknown }
        var callees: [Callee] = []
        let arity = f.parameters.count
        for p in f.parameters {
            let t = cs.resolve(p.type)
            switch t {
            case .nominal, .existential, .parameter:
                callees += world.members(name, of: t, isStatic: true, cs).map { Callee(found: $0) }
            default: break
            }
        }
        if callees.isEmpty { callees = (world.prelude.operators[name] ?? []).map { Callee(member: $0) } }
        callees += (world.globals[name] ?? []).map { Callee(member: $0) }
        callees = callees.filter { c in
            guard let s = c.signature, s.parameters.count == arity else { return false }
            return arity == 1 ? (c.member?.isPrefixOperator ?? false) : true
        }
        return functionReference(dedupe(callees), node, hint)
    }

    func dedupe(_ cs: [Callee]) -> [Callee] {
        var seen: Set<ObjectIdentifier> = []
        return cs.filter { c in
            guard let m = c.member else { return true }
            return seen.insert(ObjectIdentifier(m)).inserted
        }
    }
}

/// Something callable, with the substitution that gives its signature at the call.
struct Callee {
    var member: Member?
    /// For a function value (a closure in a variable): its type.
    var functionValue: FunctionType?
    var substitution = Substitution()
    var selfType: SwiftType?

    init(member: Member) { self.member = member }

    init(found: TypeWorld.FoundMember) {
        member = found.member
        substitution = found.substitution
        selfType = found.selfType
    }

    init(functionValue: FunctionType) { self.functionValue = functionValue }

    var signature: FunctionSignature? {
        if let s = member?.signature { return s }
        if case .enumCase(let ec)? = member?.kind {
            return FunctionSignature(parameters: ec.payload.enumerated().map { i, p in
                ParameterDecl(label: p.label, name: p.label ?? "_\(i)", type: p.type)
            }, result: selfType ?? .unknown)
        }
        if let f = functionValue {
            return FunctionSignature(parameters: f.parameters.enumerated().map { i, p in
                ParameterDecl(label: nil, name: "_\(i)", type: p.type, isInout: p.isInout)
            }, result: f.result, isThrowing: f.isThrowing)
        }
        return nil
    }
}
