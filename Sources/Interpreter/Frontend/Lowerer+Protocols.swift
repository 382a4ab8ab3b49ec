import SwiftSyntax

/// Protocols: lesson protocols with their requirements and extensions, and the standard
/// protocols (`Sequence`, `Collection`, `Comparable`…) that lesson code extends.
///
/// lectern types values at run time, so a protocol is what the evaluator needs to find members:
/// a requirement is looked up on the value's own type (dynamic dispatch, as Swift does), and an
/// extension member is found through the protocols the type conforms to when the type has no
/// member of that name. Where Swift dispatches statically (an extension member that is not a
/// requirement, called on an existential or a generic value), the checker's choice is called
/// directly (`Lowerer+StaticDispatch.swift`).
extension Lowerer {
    func lowerProtocol(_ p: ProtocolDeclSyntax) throws -> Code.Stmt {
        guard scope.atGlobalLevel else { throw unsupported("protocols declared inside functions or blocks", p) }
        let type = cellTypes[p.name.text] ?? TypeInfo(name: p.name.text, kind: .protocolType)
        cellTypes[p.name.text] = type
        for inherited in p.inheritanceClause?.inheritedTypes ?? [] {
            if inherited.type.trimmedDescription == "AnyObject" { type.isClassBound = true; continue }
            try adopt(inherited.type, by: type, at: inherited)
        }
        if type.protocols.contains(where: \.isClassBound) { type.isClassBound = true }
        for member in p.memberBlock.members {
            if let a = member.decl.as(AssociatedTypeDeclSyntax.self) { type.genericParameters.append(a.name.text) }
        }
        return try lowerProtocolMembers(type, p.memberBlock)
    }

    /// A protocol's requirements: their names (so extension bodies may use them without
    /// `self.`) and which methods are `mutating`.
    private func lowerProtocolMembers(_ type: TypeInfo, _ block: MemberBlockSyntax) throws -> Code.Stmt {
        for member in block.members {
            let d = member.decl
            let isStatic = { (m: DeclModifierListSyntax) in m.contains { $0.name.text == "static" || $0.name.text == "class" } }
            if let v = d.as(VariableDeclSyntax.self) {
                for binding in v.bindings {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    if isStatic(v.modifiers) { type.staticMemberNames.insert(id.identifier.text) } else { type.memberNames.insert(id.identifier.text) }
                    type.requirements.insert(id.identifier.text)
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                if isStatic(f.modifiers) { type.staticMemberNames.insert(f.name.text) } else { type.memberNames.insert(f.name.text) }
                type.requirements.insert(f.name.text + "(" + f.signature.parameterClause.parameters.map { ($0.firstName.text == "_" ? "_" : $0.firstName.text) + ":" }.joined() + ")")
                if f.modifiers.contains(where: { $0.name.text == "mutating" }) { mutatingNames.insert(f.name.text) }
            } else if d.is(SubscriptDeclSyntax.self) {
                type.memberNames.insert("subscript")
            } else if d.is(InitializerDeclSyntax.self) || d.is(AssociatedTypeDeclSyntax.self) || d.is(TypeAliasDeclSyntax.self) {
                continue
            } else {
                throw unsupported("this protocol requirement", d)
            }
        }
        rt.functionEpoch += 1
        return { _ in .next }
    }

    /// The session's type for a standard protocol (created the first time a lesson names it),
    /// linked to the standard protocols it refines; nil for other names.
    func standardProtocol(_ name: String) -> TypeInfo? {
        guard let refined = StandardProtocols.refinements[name] else { return nil }
        if let p = rt.builtinExtensions[name] { return p }
        let p = TypeInfo(name: name, kind: .protocolType)
        p.isBuiltinExtension = true
        rt.builtinExtensions[name] = p
        for r in refined { if let q = standardProtocol(r) { p.protocols.append(q) } }
        return p
    }

    /// Builtin types gain what lesson code adds to a standard protocol they conform to (and to
    /// the protocols refining it: `extension Sequence` reaches arrays through `Collection`).
    func linkBuiltinConformers(of p: TypeInfo) {
        for (builtin, protocols) in StandardProtocols.builtinConformances where protocols.contains(p.name) {
            let t = builtinExtensionType(builtin)
            if !t.protocols.contains(where: { $0 === p }) { t.protocols.append(p) }
        }
    }

    /// Whether `name`, used without `self.` inside an extension of builtin type or standard
    /// protocol `t`, is a member of the extended value (`count` in `extension Array`) rather
    /// than a free function (`max(a, b)` in `extension Comparable`).
    func isImplicitBuiltinMember(_ name: String, of t: TypeInfo) -> Bool {
        guard Lowerer.builtinMemberNames.contains(name) else { return false }
        let collections: Set<String> = ["Array", "ArraySlice", "Set", "Dictionary", "String", "Range", "ClosedRange", "Sequence", "Collection",
                                        "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
                                        "RangeReplaceableCollection", "StringProtocol", "SetAlgebra"]
        if collections.contains(t.name) { return true }
        return ["magnitude", "isNaN", "isInfinite", "isFinite", "squareRoot", "rounded", "isMultiple", "description"].contains(name)
    }

    /// The members lesson code adds to a builtin type (`extension Array { … }`), one per type.
    func builtinExtensionType(_ key: String) -> TypeInfo {
        if let t = rt.builtinExtensions[key] { return t }
        let t = TypeInfo(name: key, kind: .structType)
        t.isBuiltinExtension = true
        rt.builtinExtensions[key] = t
        for name in StandardProtocols.builtinConformances[key] ?? [] {
            if let p = rt.builtinExtensions[name], p.isProtocol { t.protocols.append(p) }
        }
        return t
    }
}
