import SwiftSyntax

/// What the lowerer tracks while it lowers declarations: the types being declared (for nested
/// type names) and the generic parameters in scope, with where their arguments come from at run
/// time.
final class DeclarationContext {
    /// The types whose members are being lowered, innermost last.
    var typeNesting: [TypeInfo] = []
    /// For each generic function's scope: its generic parameters, and the parameter slots (with
    /// the path inside the argument) whose values show what each stands for.
    var functionGenerics: [ObjectIdentifier: [String: [(slot: Int, path: TypePath)]]] = [:]
    /// Names that stand for some type without a run-time source (associated types, `Index`).
    var opaqueTypeNames: Set<String> = []
    /// The stored property whose observer is being lowered: assigning to it there does not run
    /// the observers again (as in Swift).
    var observedProperty: (type: TypeInfo, name: String)?
    /// The same for an observed global variable.
    var observedGlobal: Int?
    /// Protocols a protocol extension's `where Self: P` clause adds: their members are usable
    /// without `self.` in its bodies (`description` under `where Self: CustomStringConvertible`).
    var selfConstraints: [TypeInfo] = []
}

extension Lowerer {
    /// The paths at which generic parameter `name` occurs in a written parameter type.
    func typePaths(of name: String, in t: TypeSyntax) -> [TypePath] {
        if let a = t.as(AttributedTypeSyntax.self) { return typePaths(of: name, in: a.baseType) }
        if let id = t.as(IdentifierTypeSyntax.self) {
            if id.name.text == name, id.genericArgumentClause == nil { return [.whole] }
            guard let args = id.genericArgumentClause?.arguments.compactMap({ arg -> TypeSyntax? in
                if case .type(let ty) = arg.argument { return ty }
                return nil
            }) else { return [] }
            switch (id.name.text, args.count) {
            case ("Array", 1), ("Set", 1), ("ArraySlice", 1): return typePaths(of: name, in: args[0]).map { .element($0) }
            case ("Optional", 1): return typePaths(of: name, in: args[0]).map { .wrapped($0) }
            case ("Dictionary", 2):
                return typePaths(of: name, in: args[0]).map { .key($0) } + typePaths(of: name, in: args[1]).map { .value($0) }
            default: return []
            }
        }
        if let a = t.as(ArrayTypeSyntax.self) { return typePaths(of: name, in: a.element).map { .element($0) } }
        if let o = t.as(OptionalTypeSyntax.self) { return typePaths(of: name, in: o.wrappedType).map { .wrapped($0) } }
        if let d = t.as(DictionaryTypeSyntax.self) {
            return typePaths(of: name, in: d.key).map { .key($0) } + typePaths(of: name, in: d.value).map { .value($0) }
        }
        if let tu = t.as(TupleTypeSyntax.self) {
            if tu.elements.count == 1, let only = tu.elements.first { return typePaths(of: name, in: only.type) }
            return tu.elements.enumerated().flatMap { i, e in typePaths(of: name, in: e.type).map { .tupleElement(i, $0) } }
        }
        if let s = t.as(SomeOrAnyTypeSyntax.self) { return typePaths(of: name, in: s.constraint) }
        // `_ type: A.Type`: the argument is the type itself (`Mean.self`).
        if let m = t.as(MetatypeTypeSyntax.self), m.metatypeSpecifier.text == "Type",
           let base = m.baseType.as(IdentifierTypeSyntax.self), base.name.text == name { return [.whole] }
        return []
    }

    /// Registers a generic function's parameters for the scope its body is lowered in.
    func declareGenerics(_ clause: GenericParameterClauseSyntax?, parameters: FunctionParameterListSyntax?,
                         slots: [Int], in fs: FunctionScope) {
        guard let clause else { return }
        var table: [String: [(slot: Int, path: TypePath)]] = [:]
        for g in clause.parameters {
            let name = g.name.text
            var sources: [(slot: Int, path: TypePath)] = []
            for (p, slot) in zip(parameters ?? [], slots) {
                for path in typePaths(of: name, in: p.type) { sources.append((slot, path)) }
            }
            table[name] = sources
        }
        declarationContext.functionGenerics[ObjectIdentifier(fs)] = table
    }

    /// Whether `name` is a generic parameter (or an associated type) visible where code is
    /// being lowered: such names are types whose argument only the running call knows.
    func isGenericParameter(_ name: String) -> Bool {
        if declarationContext.opaqueTypeNames.contains(name) { return true }
        var s: FunctionScope? = scope
        while let sc = s {
            if declarationContext.functionGenerics[ObjectIdentifier(sc)]?[name] != nil { return true }
            if let t = sc.selfType, declaresGenericParameter(t, name) { return true }
            s = sc.parent
        }
        return declarationContext.typeNesting.contains { declaresGenericParameter($0, name) }
    }

    private func declaresGenericParameter(_ t: TypeInfo, _ name: String) -> Bool {
        var c: TypeInfo? = t
        while let x = c {
            if x.genericParameters.contains(name) { return true }
            c = x.parent
        }
        return false
    }

    /// Code giving what generic parameter `name` stands for in the running call: read from the
    /// arguments of the generic function, or from the generic arguments of `self`'s type. Nil
    /// when `name` is not a generic parameter here.
    func genericArgumentCode(_ name: String) -> ((Frame) -> RuntimeType)? {
        var depth = 0
        var s: FunctionScope? = scope
        while let sc = s {
            if let sources = declarationContext.functionGenerics[ObjectIdentifier(sc)]?[name] {
                let d = depth
                return { f in
                    let frame = f.ancestor(d)
                    for (slot, path) in sources {
                        if let v = path.select(frame[slot]) {
                            let t = RuntimeType(of: v)
                            if t.isKnown { return t }
                        }
                    }
                    return .unknown
                }
            }
            if let t = sc.selfType, t.genericParameters.contains(name), let ss = sc.selfSlot {
                let d = depth
                return { f in
                    switch f.ancestor(d)[ss] {
                    case .structValue(let v): return v.type.genericArgument(name) ?? .unknown
                    case .object(let o): return o.type.genericArgument(name) ?? .unknown
                    case .enumValue(let e): return e.type.genericArgument(name) ?? .unknown
                    case .type(.user(let u)): return u.genericArgument(name) ?? .unknown
                    default: return .unknown
                    }
                }
            }
            depth += 1
            s = sc.parent
        }
        return nil
    }

    /// An integer literal whose type the checker found to be a generic parameter
    /// (`xs.reduce(0, +)` in `func total<T: Numeric>(_ xs: [T]) -> T`): its value takes the type
    /// the parameter stands for in the running call. Where no argument shows that type (an
    /// empty array), the literal stays an `Int`.
    func genericIntegerLiteral(_ e: ExprSyntax, _ n: Int) -> LoweredExpr? {
        guard case .parameter(let p)? = facts.type(of: e), let argument = genericArgumentCode(p.name) else { return nil }
        return LoweredExpr(code: { f in argument(f).integerLiteral(n) })
    }

    /// A generic parameter used as a value or as the base of a static member (`L.name`,
    /// `T.self`): the type it stands for in the running call.
    func genericTypeValue(_ name: String, _ l: SourceLoc) -> Code.Expr? {
        guard let argument = genericArgumentCode(name) else { return nil }
        return { f in
            let t = argument(f)
            guard let ref = t.typeRef else {
                throw LecternError("the type '\(name)' stands for is not known here (lectern finds a generic argument from the call's arguments)", at: l)
            }
            return .type(ref)
        }
    }

    // MARK: Checker types at run time

    /// The checker's type as a run-time type; generic parameters stay `.parameter` (resolved
    /// when code runs, see `runtimeTypeCode`).
    func runtimeType(_ t: SwiftType) -> RuntimeType {
        switch t {
        case .nominal(let n, let args):
            let converted = args.map(runtimeType)
            switch n.origin {
            case .prelude: return .builtin(n.name, converted)
            case .native: return .native(n.name)
            case .lesson:
                guard let info = lookupType(n.qualifiedName) else { return .unknown }
                if n.isProtocol { return .existential(info.name) }
                return .user(info.specialized(converted))
            }
        case .tuple(let es): return .tuple(es.map(\.label), es.map { runtimeType($0.type) })
        case .function(let f): return .function(f.parameters.map { runtimeType($0.type) }, runtimeType(f.result))
        case .existential(let p): return .existential(p.qualifiedName)
        case .parameter(let g): return .parameter(g.name)
        default: return .unknown
        }
    }

    /// Code giving the run-time type for the checker's type `t` where code runs, generic
    /// parameters resolved in the running call; nil when it is known now (see `runtimeType`).
    func runtimeTypeCode(_ t: SwiftType) -> ((Frame) -> RuntimeType)? {
        let template = runtimeType(t)
        guard template.mentionsParameters else { return nil }
        var resolvers: [String: (Frame) -> RuntimeType] = [:]
        collectParameters(template, into: &resolvers)
        return { f in template.substituting { name in resolvers[name]?(f) } }
    }

    private func collectParameters(_ t: RuntimeType, into resolvers: inout [String: (Frame) -> RuntimeType]) {
        switch t {
        case .parameter(let name):
            if resolvers[name] == nil, let code = genericArgumentCode(name) { resolvers[name] = code }
        case .builtin(_, let args): for a in args { collectParameters(a, into: &resolvers) }
        case .user(let u): for a in u.genericArguments { collectParameters(a, into: &resolvers) }
        case .tuple(_, let ts): for a in ts { collectParameters(a, into: &resolvers) }
        case .function(let ps, let r): for a in ps + [r] { collectParameters(a, into: &resolvers) }
        default: break
        }
    }

    /// The type a construction `T(…)` builds: `t` specialized with the generic arguments the
    /// checker inferred for the call (`Stack<Int>()`, `Box(value: 1.5)` is a `Box<Double>`),
    /// resolved when code runs if they name the enclosing declaration's generic parameters.
    func constructedType(_ t: TypeInfo, _ call: some SyntaxProtocol) -> (Frame) -> TypeInfo {
        guard !t.genericParameters.isEmpty, case .nominal(let n, let args)? = facts.type(of: call),
              n.qualifiedName == t.name || n.name == t.simpleName, args.count == t.genericParameters.count else {
            return { _ in t }
        }
        let specialization = SwiftType.nominal(n, args)
        if let code = runtimeTypeCode(specialization) {
            return { f in
                if case .user(let s) = code(f) { return s }
                return t
            }
        }
        guard case .user(let s) = runtimeType(specialization) else { return { _ in t } }
        return { _ in s }
    }
}

extension Lowerer {
    /// `Stack<Int>()`, `Labelled<[Int], Int>(features: …, label: 7)`: an initialiser of the
    /// specialization the arguments name; nil when `g` does not name a lesson type.
    func lowerSpecializedConstruction(_ g: GenericSpecializationExprSyntax, _ call: FunctionCallExprSyntax,
                                      _ l: SourceLoc) throws -> LoweredExpr? {
        guard let typeValue = try specializedTypeValue(g), case .userType(let t)? = g.expression.as(DeclReferenceExprSyntax.self).map({ resolve($0.baseName.text) }) else {
            return nil
        }
        let typeCode = typeValue.code
        let args = try lowerArguments(call)
        let labels = args.map(\.label), literal = args.map(\.isLiteral)
        let chosen = facts.declarationChosenByType(for: call)
        let ev = self.ev
        return LoweredExpr(code: genericConstruction(t) { f in
            guard case .type(.user(let built)) = try typeCode(f) else { return .void }
            return try ev.constructUser(built, try self.evaluate(args, f), labels, literal: literal, loc: l, preferring: chosen)
        }, type: .named(t.name))
    }
}

extension Lowerer {
    /// `Stack<Int>` written as a value (the callee of an initialiser): the specialization,
    /// resolved when code runs if its arguments name generic parameters.
    func specializedTypeValue(_ g: GenericSpecializationExprSyntax) throws -> LoweredExpr? {
        guard let d = g.expression.as(DeclReferenceExprSyntax.self), case .userType(let t) = resolve(d.baseName.text) else { return nil }
        let template = RuntimeType.user(t.specialized(try g.genericArgumentClause.arguments.map { a in
            guard case .type(let ty) = a.argument else { throw unsupported("value generic arguments", a) }
            return try runtimeType(written: ty)
        }))
        guard template.mentionsParameters else { return LoweredExpr(code: { _ in .type(RuntimeType.typeRefOrSelf(template, t)) }) }
        var resolvers: [String: (Frame) -> RuntimeType] = [:]
        collectParameters(template, into: &resolvers)
        return LoweredExpr(code: { f in .type(RuntimeType.typeRefOrSelf(template.substituting { resolvers[$0]?(f) }, t)) })
    }

    /// A written type as a run-time type (generic parameters stay `.parameter`).
    func runtimeType(written t: TypeSyntax) throws -> RuntimeType {
        if let id = t.as(IdentifierTypeSyntax.self) {
            let name = id.name.text
            let args = try id.genericArgumentClause?.arguments.map { a -> RuntimeType in
                guard case .type(let ty) = a.argument else { throw unsupported("value generic arguments", a) }
                return try runtimeType(written: ty)
            } ?? []
            if args.isEmpty, let alias = memberTypeAlias(name) { return RuntimeType(spec: alias) }
            if args.isEmpty, isGenericParameter(name) { return .parameter(name) }
            if let user = lookupType(name) {
                return user.isProtocol ? .existential(user.name) : .user(user.specialized(args))
            }
            if builtinTypeNamed(name) != nil || ["Array", "Dictionary", "Set", "Optional", "Range", "ClosedRange"].contains(name) {
                return .builtin(name == "CGFloat" ? "Double" : name, args)
            }
            if let alias = rt.typeAliases[name] { return RuntimeType(spec: alias) }
            return ev.library.types[name] != nil ? .native(name) : .unknown
        }
        if let a = t.as(ArrayTypeSyntax.self) { return .builtin("Array", [try runtimeType(written: a.element)]) }
        if let d = t.as(DictionaryTypeSyntax.self) {
            return .builtin("Dictionary", [try runtimeType(written: d.key), try runtimeType(written: d.value)])
        }
        if let o = t.as(OptionalTypeSyntax.self) { return .builtin("Optional", [try runtimeType(written: o.wrappedType)]) }
        if let tu = t.as(TupleTypeSyntax.self) {
            if tu.elements.count == 1, let only = tu.elements.first { return try runtimeType(written: only.type) }
            return .tuple(tu.elements.map { ($0.firstName?.text).flatMap { $0 == "_" ? nil : $0 } },
                          try tu.elements.map { try runtimeType(written: $0.type) })
        }
        if let fn = t.as(FunctionTypeSyntax.self) {
            return .function(try fn.parameters.map { try runtimeType(written: $0.type) }, try runtimeType(written: fn.returnClause.type))
        }
        if let s = t.as(SomeOrAnyTypeSyntax.self), let p = s.constraint.as(IdentifierTypeSyntax.self), let info = lookupType(p.name.text) {
            return .existential(info.name)
        }
        if let m = t.as(MemberTypeSyntax.self), case .named(let n) = try typeSpec(TypeSyntax(m)), let user = lookupType(n) {
            return .user(user)
        }
        return .unknown
    }
}

extension Lowerer {
    /// For `Name<…>` where `Name` is a lesson type: `.some` of the specialization when the
    /// arguments are known now, `.some(nil)` when only the running call knows them; nil for
    /// other names.
    func lessonSpecialization(_ g: GenericSpecializationExprSyntax) -> TypeInfo?? {
        guard let d = g.expression.as(DeclReferenceExprSyntax.self), case .userType(let t) = resolve(d.baseName.text) else { return nil }
        let args = g.genericArgumentClause.arguments.map { a -> RuntimeType in
            guard case .type(let ty) = a.argument else { return .unknown }
            return (try? runtimeType(written: ty)) ?? .unknown
        }
        if args.contains(where: \.mentionsParameters) { return .some(nil) }
        return .some(t.specialized(args))
    }
}

extension Lowerer {
    /// A construction of `t`: for a generic type, arguments that were not known where the
    /// value was built are read from its stored properties (`Wrapper<U>(value: f(value))`
    /// inside a generic method whose `U` no argument shows).
    func genericConstruction(_ t: TypeInfo, _ construct: @escaping Code.Expr) -> Code.Expr {
        guard !t.genericParameters.isEmpty else { return construct }
        return { f in refineGenericArguments(try construct(f)) }
    }
}

/// `v` with generic arguments its type leaves unknown read from its stored properties.
func refineGenericArguments(_ v: Value) -> Value {
    guard case .structValue(let s) = v, !s.type.genericParameters.isEmpty,
          s.type.genericArguments.count != s.type.genericParameters.count || !s.type.genericArguments.allSatisfy(\.isKnown) else { return v }
    let paths = s.type.declaration.genericFieldPaths
    let arguments = s.type.genericParameters.enumerated().map { i, name -> RuntimeType in
        if i < s.type.genericArguments.count, s.type.genericArguments[i].isKnown { return s.type.genericArguments[i] }
        for (field, path) in paths[name] ?? [] where field < s.fields.count {
            if let part = path.select(s.fields[field]) {
                let t = RuntimeType(of: part)
                if t.isKnown { return t }
            }
        }
        return .unknown
    }
    return .structValue(StructValue(type: s.type.specialized(arguments), fields: s.fields))
}
