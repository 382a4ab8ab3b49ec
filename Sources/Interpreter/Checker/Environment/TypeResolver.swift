import SwiftSyntax

/// What a type name can refer to where it is written: generic parameters in scope, `Self`, the
/// enclosing type's nested types and associated types.
struct TypeContext {
    var parameters: [String: GenericParameter] = [:]
    /// The type whose body is being read (nested types, associated types, `Self`).
    var nominal: NominalType?
    var selfType: SwiftType?

    func adding(_ ps: [GenericParameter]) -> TypeContext {
        var c = self
        for p in ps { c.parameters[p.name] = p }
        return c
    }
}

/// Turns written types (`[Double]`, `Point?`, `(Int) -> Bool`, `S.Element`) into `SwiftType`s.
struct TypeResolver {
    let world: TypeWorld

    /// The type, or nil when a name in it is unknown (the caller decides whether that is an error).
    func resolve(_ syntax: TypeSyntax, _ context: TypeContext) -> SwiftType? {
        if let id = syntax.as(IdentifierTypeSyntax.self) {
            let args = id.genericArgumentClause?.arguments.compactMap { a -> TypeSyntax? in
                if case .type(let t) = a.argument { return t }
                return nil
            } ?? []
            return named(id.name.text, args, context)
        }
        if let a = syntax.as(ArrayTypeSyntax.self) {
            return resolve(a.element, context).map(world.array)
        }
        if let d = syntax.as(DictionaryTypeSyntax.self) {
            guard let k = resolve(d.key, context), let v = resolve(d.value, context) else { return nil }
            return world.dictionary(k, v)
        }
        if let o = syntax.as(OptionalTypeSyntax.self) { return resolve(o.wrappedType, context).map(world.optional) }
        if let o = syntax.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return resolve(o.wrappedType, context).map(world.optional) }
        if let t = syntax.as(TupleTypeSyntax.self) {
            var elements: [TupleElement] = []
            for e in t.elements {
                guard let ty = resolve(e.type, context) else { return nil }
                let label = e.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil
                elements.append(TupleElement(label, ty))
            }
            if elements.count == 1, elements[0].label == nil { return elements[0].type }
            return .tuple(elements)
        }
        if let f = syntax.as(FunctionTypeSyntax.self) {
            var params: [FunctionType.Parameter] = []
            for p in f.parameters {
                var t = p.type
                var isInout = false
                if let a = t.as(AttributedTypeSyntax.self) {
                    isInout = a.specifiers.contains { $0.trimmedDescription == "inout" }
                    t = a.baseType
                }
                guard let ty = resolve(t, context) else { return nil }
                params.append(.init(ty, isInout: isInout))
            }
            // `() -> Void` written as `(Void) -> Void` means no parameter.
            if params.count == 1, params[0].type == .void, !params[0].isInout { params = [] }
            guard let r = resolve(f.returnClause.type, context) else { return nil }
            return .function(FunctionType(parameters: params, result: r,
                                          isThrowing: f.effectSpecifiers?.throwsClause != nil))
        }
        if let a = syntax.as(AttributedTypeSyntax.self) { return resolve(a.baseType, context) }
        if let s = syntax.as(SomeOrAnyTypeSyntax.self) {
            guard let c = resolve(s.constraint, context) else { return nil }
            if case .existential = c { return c }
            return .unknown
        }
        if syntax.is(CompositionTypeSyntax.self) { return .unknown }
        if let m = syntax.as(MetatypeTypeSyntax.self) {
            guard let base = resolve(m.baseType, context) else { return nil }
            return m.metatypeSpecifier.text == "Type" ? .metatype(base) : .unknown
        }
        if let m = syntax.as(MemberTypeSyntax.self) {
            guard let base = resolve(m.baseType, context) else { return nil }
            let name = m.name.text
            switch base {
            case .parameter, .dependent: return .dependent(base, name)
            case .existential(let p) where p.associatedTypes.contains(name): return .unknown
            case .nominal(let n, _):
                if let nested = n.nestedTypes[name] { return .nominal(nested, []) }
                return world.associatedType(name, of: base)
            case .unknown: return .unknown
            default: return nil
            }
        }
        if syntax.is(ClassRestrictionTypeSyntax.self) { return .unknown }
        return nil
    }

    private func named(_ name: String, _ args: [TypeSyntax], _ context: TypeContext) -> SwiftType? {
        if let p = context.parameters[name] { return .parameter(p) }
        switch name {
        case "Self":
            if let s = context.selfType { return s }
            if let n = context.nominal { return n.isProtocol ? .parameter(n.selfParameter) : n.declaredType }
            return nil
        case "Any", "AnyObject", "AnyHashable": return .unknown
        case "Void": return .void
        case "CGFloat": return world.double
        default: break
        }
        var enclosing = context.nominal
        while let n = enclosing {
            if let nested = n.nestedTypes[name] { return instantiate(nested, args, context) }
            if n.isProtocol, declaresAssociatedType(n, name) { return .dependent(.parameter(n.selfParameter), name) }
            if let alias = n.typeAliases[name] { return alias }
            enclosing = n.parent
        }
        if let alias = world.typeAliases[name] { return alias }
        guard let n = world.typeNamed(name) else { return nil }
        return instantiate(n, args, context)
    }

    /// Whether protocol `p` or one it refines declares associated type `name`.
    private func declaresAssociatedType(_ p: NominalType, _ name: String) -> Bool {
        var seen: Set<ObjectIdentifier> = []
        var stack = [p]
        while let q = stack.popLast() {
            guard seen.insert(ObjectIdentifier(q)).inserted else { continue }
            if q.associatedTypes.contains(name) { return true }
            stack.append(contentsOf: world.declaredConformances(q))
        }
        return false
    }

    private func instantiate(_ n: NominalType, _ args: [TypeSyntax], _ context: TypeContext) -> SwiftType? {
        if n.isProtocol { return .existential(n) }
        var resolved: [SwiftType] = []
        for a in args {
            guard let t = resolve(a, context) else { return nil }
            resolved.append(t)
        }
        if resolved.count != n.genericParameters.count {
            // `Array` without arguments (in `extension Array`, `Array(x)`): its own parameters.
            resolved = args.isEmpty ? n.genericParameters.map { _ in .unknown } : resolved
            if resolved.count != n.genericParameters.count { return nil }
        }
        return .nominal(n, resolved)
    }
}
