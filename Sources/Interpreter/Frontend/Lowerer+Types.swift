import SwiftSyntax

/// Type annotations (`[Double]`, `Int?`, `(Int, String)`, `Point`) as `TypeSpec`s.
extension Lowerer {
    func typeSpec(_ t: TypeSyntax) throws -> TypeSpec {
        if let id = t.as(IdentifierTypeSyntax.self) {
            let name = id.name.text
            // A generic parameter or associated type: its argument is known only at run time.
            if id.genericArgumentClause == nil, let alias = memberTypeAlias(name) { return alias }
            if id.genericArgumentClause == nil, isGenericParameter(name) { return .any }
            let args = try id.genericArgumentClause?.arguments.map { arg -> TypeSpec in
                guard case .type(let ty) = arg.argument else { throw unsupported("value generic arguments", arg) }
                return try typeSpec(ty)
            } ?? []
            switch (name, args.count) {
            case ("Array", 1): return .array(args[0])
            case ("ArraySlice", 1): return .slice(args[0])
            case ("Dictionary", 2): return .dictionary(args[0], args[1])
            case ("Set", 1): return .set(args[0])
            case ("Optional", 1): return .optional(args[0])
            default: break
            }
            if let b = builtinTypeNamed(name), args.isEmpty { return b }
            if args.isEmpty, let alias = rt.typeAliases[name] { return alias }
            switch name {
            case "Void": return .void
            case "Any", "AnyObject", "AnyHashable": return .any
            case "Self": return scope.selfType.map { .named($0.name) } ?? .any
            default: break
            }
            if let lesson = lookupType(name) { return .named(lesson.name) }  // `Config` inside `Trainer` is `Trainer.Config`
            if !args.isEmpty { throw unsupported("generic types", t) }
            if let what = Lowerer.unsupportedTypes[name] { throw unsupported(what, t) }
            return .named(name)
        }
        if let a = t.as(ArrayTypeSyntax.self) { return .array(try typeSpec(a.element)) }
        if let d = t.as(DictionaryTypeSyntax.self) { return .dictionary(try typeSpec(d.key), try typeSpec(d.value)) }
        if let o = t.as(OptionalTypeSyntax.self) { return .optional(try typeSpec(o.wrappedType)) }
        if let o = t.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return .optional(try typeSpec(o.wrappedType)) }
        if let tu = t.as(TupleTypeSyntax.self) {
            let elements = try tu.elements.map { try typeSpec($0.type) }
            if elements.count == 1 { return elements[0] }
            if elements.isEmpty { return .void }
            let labels = tu.elements.map { ($0.firstName?.text).flatMap { $0 == "_" ? nil : $0 } }
            return .tuple(elements, labels: labels.contains { $0 != nil } ? labels : nil)
        }
        if let fn = t.as(FunctionTypeSyntax.self) {
            let params = try fn.parameters.map { try typeSpec($0.type) }
            return .closure(params, try typeSpec(fn.returnClause.type))
        }
        if let a = t.as(AttributedTypeSyntax.self) { return try typeSpec(a.baseType) }
        if t.is(MetatypeTypeSyntax.self) { return .any }  // `A.Type`
        if let s = t.as(SomeOrAnyTypeSyntax.self) { return try typeSpec(s.constraint) }  // `any Layer`, `some Scorer`
        if t.is(CompositionTypeSyntax.self) { return .any }  // `Scorer & Named`
        if let m = t.as(MemberTypeSyntax.self) {
            // `Trainer.Config`; `S.Element` of a generic parameter is known only at run time.
            if case .named(let outer) = try typeSpec(m.baseType), let o = lookupType(outer) {
                if let nested = o.nestedTypes[m.name.text] { return .named(nested.name) }
                if let alias = o.typeAliases[m.name.text] { return alias }
            }
            if let base = m.baseType.as(IdentifierTypeSyntax.self), isGenericParameter(base.name.text) || base.name.text == "Self" { return .any }
            return .named(m.name.text)
        }
        throw unsupported("this kind of type", t)
    }
}
