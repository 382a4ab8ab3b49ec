import SwiftSyntax

/// Member uses whose meaning depends on how lesson types were declared: `T.member` and
/// `Self.member` where `T` or `Self` stands for a type only the running call
/// knows, the first read of a `lazy var`, and calls that Swift dispatches statically.
extension Lowerer {
    /// `base.name` for these cases, or nil for the ordinary member-access path.
    func lowerDeclaredMemberAccess(_ m: MemberAccessExprSyntax, _ base: ExprSyntax) throws -> LoweredExpr? {
        let name = m.declName.baseName.text
        let l = loc(m.declName)
        let ev = self.ev
        if let typeValue = try dynamicTypeBase(base) {
            return LoweredExpr(code: { f in try ev.getMember(try typeValue(f), name, loc: l) })
        }
        if let getter = staticallyDispatchedMember(m) {
            let receiver = try lowerExpr(base).code
            return LoweredExpr(code: { f in
                guard let decl = ev.rt.declaredFunctions[getter] else {
                    throw LecternError("internal error: the property this use resolved to was not lowered", at: l)
                }
                return try ev.callMethod(decl, receiver: try receiver(f), args: [], loc: l)
            })
        }
        if isLazyFieldName(name), isStorage(base) {
            let storage = try lowerLValue(base).modify
            return LoweredExpr(code: { f in
                var result: Value = .void
                try storage(f) { v in result = try ev.readLazyMember(&v, name, loc: l) }
                return result
            })
        }
        return nil
    }

    /// A base naming a type that only the running code knows: a generic parameter (`L.name`,
    /// `T.zero`), or `Self` inside a protocol extension (the conforming type).
    func dynamicTypeBase(_ base: ExprSyntax) throws -> Code.Expr? {
        guard let d = base.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = d.baseName.text
        let l = loc(d)
        if name == "Self", let t = enclosingSelfType(), t.isProtocol || !t.genericParameters.isEmpty,
           let (depth, ss) = selfLocation() {
            return { f in
                switch f.ancestor(depth)[ss] {
                case .structValue(let s): return .type(.user(s.type))
                case .object(let o): return .type(.user(o.type))
                case .enumValue(let e): return .type(.user(e.type))
                case .type(let t): return .type(t)
                case let v:
                    if let ref = RuntimeType(of: v).typeRef { return .type(ref) }
                    throw LecternError("cannot use 'Self' of a value of type '\(v.typeName)' here", at: l)
                }
            }
        }
        if case .notFound = resolve(name), isGenericParameter(name) { return genericTypeValue(name, l) }
        return nil
    }

    /// Whether some lesson type has a `lazy var` called `name` (whose first read must go
    /// through the instance's storage).
    func isLazyFieldName(_ name: String) -> Bool {
        func has(_ t: TypeInfo) -> Bool {
            guard t.declaration.hasLazyFields, let i = t.fieldIndex[name] else { return false }
            return t.fields[i].isLazy
        }
        return cellTypes.values.contains(where: has) || rt.types.values.contains(where: has)
    }

    // MARK: Static dispatch

    /// Whether extension member `m` of protocol `p` implements a requirement of `p` or of a
    /// protocol `p` refines (same name and labels).
    private func implementsRequirement(_ m: Member, of p: NominalType) -> Bool {
        let selector = m.signature?.selector(m.name) ?? m.name
        guard let info = lookupType(p.qualifiedName) ?? standardProtocol(p.name) else {
            return true  // not known: dispatch dynamically
        }
        return ([info] + info.protocolsInLookupOrder()).contains { $0.requirements.contains(selector) }
    }

    /// The computed property of an extension that `m` reads, when Swift dispatches it statically
    /// (see `lowerStaticallyDispatchedCall`).
    func staticallyDispatchedMember(_ m: MemberAccessExprSyntax) -> SyntaxIdentifier? {
        guard let chosen = facts.callee(of: m), case .property = chosen.kind, !chosen.isRequirement, !chosen.isStatic,
              let owner = chosen.owner, owner.origin != .native, let id = chosen.declaration,
              rt.declaredFunctions[id] != nil else { return nil }  // a lesson's computed property
        guard owner.isProtocol || owner.origin == .prelude || !chosen.extensionRequirements.isEmpty else { return nil }
        if owner.isProtocol, implementsRequirement(chosen, of: owner) { return nil }
        return id
    }

    /// A method call Swift dispatches statically, to the declaration the checker chose: an
    /// extension member of a protocol that is not one of its requirements (called on an
    /// existential or a generic value, the extension's implementation runs even when the
    /// concrete type declares its own), and members of extensions of builtin types, which
    /// `where` clauses tell apart (`extension Array where Element == Int` and `… == Double`).
    /// Nil leaves the call to dynamic dispatch.
    func lowerStaticallyDispatchedCall(_ m: MemberAccessExprSyntax, _ call: FunctionCallExprSyntax) throws -> LoweredExpr? {
        guard let chosen = facts.callee(of: call), chosen.isLesson, !chosen.isRequirement, !chosen.isMutating,
              !chosen.isStatic, chosen.signature != nil, let owner = chosen.owner, let id = chosen.declaration,
              let base = m.base else { return nil }
        guard owner.isProtocol || owner.origin == .prelude || !chosen.extensionRequirements.isEmpty else { return nil }
        // A default implementation of a requirement is dispatched dynamically, like the requirement.
        if owner.isProtocol, implementsRequirement(chosen, of: owner) { return nil }
        let args = try lowerArguments(call)
        let receiver = try lowerExpr(base).code
        return LoweredExpr(code: chosenDeclarationCall(id, receiver: receiver, args: args, loc(m.declName)))
    }
}
