import SwiftSyntax

/// Structs, classes, enums and protocols, types nested in them, and extensions.
extension Lowerer {
    /// Protocols of the standard library a lesson type may adopt without lectern knowing their
    /// requirements (the compiler checks them; lectern synthesises `==`, `hashValue`, `<`…).
    static let knownProtocols: Set<String> = [
        "CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Hashable", "Comparable",
        "CaseIterable", "Codable", "Encodable", "Decodable", "Identifiable", "Sendable", "Error",
        "AnyObject",
    ]

    /// Creates the (empty) types a cell declares, nested ones included, before anything is
    /// lowered: code may use a type declared further down.
    func predeclareType(_ decl: DeclSyntax, parent: TypeInfo?) throws {
        guard let (name, kind, members) = typeDeclarationParts(decl) else { return }
        let qualified = parent.map { $0.name + "." + name } ?? name
        if cellTypes[qualified] != nil { throw LecternError("invalid redeclaration of '\(name)'", at: loc(decl)) }
        let type = TypeInfo(name: name, kind: kind, parent: parent)
        type.genericParameters = genericParameterClause(decl)?.parameters.map(\.name.text) ?? []
        cellTypes[qualified] = type
        parent?.nestedTypes[name] = type
        for member in members { try predeclareType(member.decl, parent: type) }
    }

    private func typeDeclarationParts(_ d: DeclSyntax) -> (String, TypeInfo.Kind, MemberBlockItemListSyntax)? {
        if let s = d.as(StructDeclSyntax.self) { return (s.name.text, .structType, s.memberBlock.members) }
        if let c = d.as(ClassDeclSyntax.self) { return (c.name.text, .classType, c.memberBlock.members) }
        if let e = d.as(EnumDeclSyntax.self) { return (e.name.text, .enumType, e.memberBlock.members) }
        if let p = d.as(ProtocolDeclSyntax.self) { return (p.name.text, .protocolType, p.memberBlock.members) }
        return nil
    }

    private func genericParameterClause(_ d: DeclSyntax) -> GenericParameterClauseSyntax? {
        if let s = d.as(StructDeclSyntax.self) { return s.genericParameterClause }
        if let c = d.as(ClassDeclSyntax.self) { return c.genericParameterClause }
        if let e = d.as(EnumDeclSyntax.self) { return e.genericParameterClause }
        return nil
    }

    /// A struct, class or enum declaration (at the top level or inside another type).
    func lowerTypeDecl(_ name: String, _ kind: TypeInfo.Kind, _ inheritance: InheritanceClauseSyntax?,
                       _ members: MemberBlockSyntax, _ node: some SyntaxProtocol) throws -> Code.Stmt {
        guard scope.atGlobalLevel else { throw unsupported("types declared inside functions or blocks", node) }
        let parent = declarationContext.typeNesting.last
        let qualified = parent.map { $0.name + "." + name } ?? name
        let type = cellTypes[qualified] ?? TypeInfo(name: name, kind: kind, parent: parent)
        cellTypes[qualified] = type
        parent?.nestedTypes[name] = type
        for inherited in inheritance?.inheritedTypes ?? [] {
            let n = inherited.type.trimmedDescription
            if kind == .enumType, type.rawType == nil, let raw = builtinTypeNamed(n) {
                type.rawType = raw
                type.memberNames.insert("rawValue")
                continue
            }
            if kind == .classType, let sup = lookupType(n), sup.kind == .classType, type.superclass == nil {
                type.superclass = sup
                continue
            }
            try adopt(inherited.type, by: type, at: inherited)
        }
        return try lowerMembers(type, members, isExtension: false)
    }

    /// Records that `type` conforms to the protocol written as `written`.
    func adopt(_ written: TypeSyntax, by type: TypeInfo, at node: some SyntaxProtocol) throws {
        if let composition = written.as(CompositionTypeSyntax.self) {
            for element in composition.elements { try adopt(element.type, by: type, at: node) }
            return
        }
        let n = written.trimmedDescription
        if let p = lookupType(n), p.isProtocol {
            type.conformances.insert(p.name)
            if !type.protocols.contains(where: { $0.isSameDeclaration(p) }) { type.protocols.append(p) }
            return
        }
        if let p = standardProtocol(n) {
            type.conformances.insert(n)
            if !type.protocols.contains(where: { $0.isSameDeclaration(p) }) { type.protocols.append(p) }
            return
        }
        if Lowerer.knownProtocols.contains(n) { type.conformances.insert(n); return }
        if lookupType(n) != nil { throw LecternError("inheritance from non-class type '\(n)'", at: loc(node)) }
        throw LecternError("cannot find type '\(n)' in scope", at: loc(node))
    }

    func lowerExtension(_ x: ExtensionDeclSyntax) throws -> Code.Stmt {
        guard scope.atGlobalLevel else { throw unsupported("extensions inside functions or blocks", x) }
        var name = x.extendedType.trimmedDescription
        if let alias = rt.typeAliases[name] { name = alias.builtinExtensionKey ?? name }
        if let key = builtinExtensionKey(name) {
            // `extension Array where Element == Double { var mean: Double { … } }`: members for
            // values of the builtin type. The checker decides which extension a use means (the
            // where clause); the evaluator finds members by name.
            return try lowerMembers(builtinExtensionType(key), x.memberBlock, isExtension: true,
                                    constrained: x.genericWhereClause != nil || name.contains("<") || name.hasPrefix("["))
        }
        if let p = standardProtocol(name) {
            // `extension Sequence where Element == Double { … }`: members for every builtin and
            // lesson type conforming to the protocol.
            linkBuiltinConformers(of: p)
            return try lowerMembers(p, x.memberBlock, isExtension: true, constrained: x.genericWhereClause != nil)
        }
        let base = x.extendedType.as(IdentifierTypeSyntax.self)?.name.text ?? name
        guard let type = lookupType(base) ?? lookupType(name) else {
            throw LecternError("cannot find type '\(name)' in scope", at: loc(x.extendedType))
        }
        for inherited in x.inheritanceClause?.inheritedTypes ?? [] {
            try adopt(inherited.type, by: type, at: inherited)
        }
        let savedConstraints = declarationContext.selfConstraints
        defer { declarationContext.selfConstraints = savedConstraints }
        if type.isProtocol { declarationContext.selfConstraints = selfConstraints(x.genericWhereClause) }
        return try lowerMembers(type, x.memberBlock, isExtension: true, constrained: x.genericWhereClause != nil)
    }

    /// The protocols `where Self: P & Q` names.
    private func selfConstraints(_ clause: GenericWhereClauseSyntax?) -> [TypeInfo] {
        var out: [TypeInfo] = []
        for r in clause?.requirements ?? [] {
            guard case .conformanceRequirement(let c) = r.requirement, c.leftType.trimmedDescription == "Self" else { continue }
            let written = c.rightType.as(CompositionTypeSyntax.self).map { $0.elements.map(\.type) } ?? [c.rightType]
            for w in written {
                let name = w.trimmedDescription
                if let p = lookupType(name) ?? standardProtocol(name), p.isProtocol { out.append(p) }
            }
        }
        return out
    }

    /// The builtin type an extension extends (`[Double]` and `Array<Int>` extend `Array`).
    func builtinExtensionKey(_ written: String) -> String? {
        let compact = written.replacingOccurrences(of: " ", with: "")
        if compact.hasPrefix("[") && compact.contains(":") { return "Dictionary" }
        if compact.hasPrefix("[") { return "Array" }
        let base = compact.split(separator: "<").first.map(String.init) ?? compact
        return StandardProtocols.builtinTypes.contains(base) ? base : nil
    }

    private func isStatic(_ modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
    }

    /// Lowers a type's members in two passes: names first (so bodies can refer to any member),
    /// then bodies.
    ///
    /// Members of a `constrained` extension (`extension Box where T == String`) do not replace
    /// a member of the same signature in the type's table, which serves dynamic lookup: uses the
    /// checker resolved to them call them directly (`lowerStaticallyDispatchedCall`).
    private func lowerMembers(_ type: TypeInfo, _ block: MemberBlockSyntax, isExtension: Bool,
                              constrained: Bool = false) throws -> Code.Stmt {
        rt.functionEpoch += 1  // method caches at call sites start over
        declarationContext.typeNesting.append(type)
        let opaqueNames = declarationContext.opaqueTypeNames
        if type.isBuiltinExtension {
            // The standard library's associated types and generic parameters (`Element`, `Index`).
            declarationContext.opaqueTypeNames.formUnion(["Element", "Index", "Indices", "SubSequence", "Iterator", "Key", "Value", "Bound", "Stride"])
        }
        defer {
            declarationContext.typeNesting.removeLast()
            declarationContext.opaqueTypeNames = opaqueNames
        }
        var statics: [StmtBox] = []
        let members = block.members.map(\.decl)
        // Type aliases first: any member's type may use them.
        for d in members {
            guard let a = d.as(TypeAliasDeclSyntax.self) else { continue }
            try checkGenerics(a.genericParameterClause, a)
            type.typeAliases[a.name.text] = try typeSpec(a.initializer.value)
        }
        // Pass 1: stored properties, cases and member names.
        var nextRaw: Value? = type.rawType == .int ? .int(0) : nil
        for d in members {
            if let v = d.as(VariableDeclSyntax.self) {
                try checkAttributes(v.attributes)
                let stat = isStatic(v.modifiers)
                for binding in v.bindings {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                        throw unsupported("destructuring in property declarations", binding)
                    }
                    let name = id.identifier.text
                    if stat { type.staticMemberNames.insert(name); continue }
                    if let accessors = binding.accessorBlock, !isObserved(accessors) { type.memberNames.insert(name); continue }
                    if binding.accessorBlock != nil, v.modifiers.contains(where: { $0.name.text == "override" }) {
                        throw unsupported("observers on overridden properties", binding)
                    }
                    if isExtension { throw LecternError("extensions must not contain stored properties", at: loc(binding)) }
                    if type.kind == .enumType { throw LecternError("enums must not contain stored properties", at: loc(binding)) }
                    try declareStoredProperty(binding, name: name, isLet: v.bindingSpecifier.text == "let",
                                              isLazy: v.modifiers.contains { $0.name.text == "lazy" }, of: type)
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                if isStatic(f.modifiers) { type.staticMemberNames.insert(f.name.text) } else { type.memberNames.insert(f.name.text) }
            } else if let c = d.as(EnumCaseDeclSyntax.self) {
                guard type.kind == .enumType else { throw LecternError("enum 'case' is not allowed outside of an enum", at: loc(c)) }
                for element in c.elements {
                    var raw: Value?
                    if let r = element.rawValue {
                        let (code, _, _) = try lowerStandalone(r.value, expected: type.rawType)
                        raw = coerce(try code(Frame.make(count: 0, parent: nil)), to: type.rawType, literal: true)
                        if case .int(let n)? = raw { nextRaw = .int(n + 1) }
                    } else if type.rawType == .string {
                        raw = .string(element.name.text)
                    } else if type.rawType == .int, let n = nextRaw {
                        raw = n
                        if case .int(let k) = n { nextRaw = .int(k + 1) }
                    }
                    var labels: [String?] = []
                    var types: [TypeSpec?] = []
                    for p in element.parameterClause?.parameters ?? [] {
                        labels.append(p.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil)
                        types.append(try typeSpec(p.type))
                    }
                    type.caseIndex[element.name.text] = type.cases.count
                    type.cases.append(.init(name: element.name.text, rawValue: raw, payloadLabels: labels, payloadTypes: types))
                }
            }
        }
        // Pass 2: bodies.
        for d in members {
            if let v = d.as(VariableDeclSyntax.self) {
                let stat = isStatic(v.modifiers)
                for binding in v.bindings {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    let name = id.identifier.text
                    let spec = try binding.typeAnnotation.map { try typeSpec($0.type) }
                    if let accessors = binding.accessorBlock, isObserved(accessors), !stat {
                        try lowerObservers(accessors, property: name, type: spec, owner: type)
                    } else if let accessors = binding.accessorBlock {
                        let computed = try lowerAccessors(accessors, name: name, type: spec, owner: type, isStatic: stat)
                        computed.getter.declaration = binding.id
                        computed.getter.isConstrained = constrained
                        rt.declaredFunctions[binding.id] = computed.getter
                        if stat { type.staticComputed[name] = computed } else if !constrained || type.computed[name].map({ $0.getter.isConstrained }) ?? true {
                            type.computed[name] = computed
                        }
                    } else if stat {
                        let g = rt.globalSlot(type.name + "." + name)
                        type.staticFields[name] = g
                        rt.globals[g] = .unset
                        if let i = binding.initializer {
                            let (code, lit, _) = try lowerStandalone(i.value, expected: spec, selfType: type)
                            let rt = self.rt
                            statics.append(StmtBox { _ in rt.globals[g] = coerce(try code(Frame.make(count: 0, parent: nil)), to: spec, literal: lit); return .next })
                        }
                    } else if v.modifiers.contains(where: { $0.name.text == "lazy" }) {
                        try lowerLazyInitializer(binding, property: name, type: spec, owner: type)
                    }
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                let stat = isStatic(f.modifiers)
                let decl = try lowerFunction(f, selfType: type, isStatic: stat)
                if type.kind == .classType && decl.isMutating {
                    throw LecternError("'mutating' is not valid on instance methods in classes", at: loc(f))
                }
                decl.isConstrained = constrained
                if stat {
                    register(decl, in: &type.staticMethods[decl.name, default: []])
                } else {
                    register(decl, in: &type.methods[decl.name, default: []])
                    if decl.isMutating { mutatingNames.insert(decl.name) }
                }
            } else if let i = d.as(InitializerDeclSyntax.self) {
                try lowerInitializer(i, of: type, isExtension: isExtension)
            } else if let s = d.as(SubscriptDeclSyntax.self) {
                try lowerSubscriptDeclaration(s, of: type)
            } else if d.is(EnumCaseDeclSyntax.self) || d.is(AssociatedTypeDeclSyntax.self) {
                continue
            } else if d.is(DeinitializerDeclSyntax.self) {
                throw unsupported("deinitializers", d)
            } else if let s = d.as(StructDeclSyntax.self) {
                statics.append(StmtBox(try lowerTypeDecl(s.name.text, .structType, s.inheritanceClause, s.memberBlock, s)))
            } else if let c = d.as(ClassDeclSyntax.self) {
                statics.append(StmtBox(try lowerTypeDecl(c.name.text, .classType, c.inheritanceClause, c.memberBlock, c)))
            } else if let e = d.as(EnumDeclSyntax.self) {
                statics.append(StmtBox(try lowerTypeDecl(e.name.text, .enumType, e.inheritanceClause, e.memberBlock, e)))
            } else if d.is(ProtocolDeclSyntax.self) {
                throw LecternError("protocol '\(d.as(ProtocolDeclSyntax.self)?.name.text ?? "")' cannot be nested inside another declaration", at: loc(d))
            } else if d.is(TypeAliasDeclSyntax.self) {
                continue
            } else {
                throw unsupported("this member declaration", d)
            }
        }
        return sequence(statics)
    }

    /// Adds a method to its overloads, replacing one with the same signature unless only a
    /// constrained extension declares the new one.
    private func register(_ decl: FunctionDecl, in overloads: inout [FunctionDecl]) {
        if let i = overloads.firstIndex(where: { $0.overloadKey == decl.overloadKey }) {
            if decl.isConstrained && !overloads[i].isConstrained { return }
            overloads.remove(at: i)
        }
        overloads.append(decl)
    }

    private func lowerInitializer(_ i: InitializerDeclSyntax, of type: TypeInfo, isExtension: Bool) throws {
        if let e = i.signature.effectSpecifiers, e.asyncSpecifier != nil {
            throw unsupported("async initializers", i)
        }
        let decl = FunctionDecl(name: "init", loc: loc(i))
        decl.isMutating = true
        decl.isFailable = i.optionalMark != nil
        decl.declaration = i.id
        decl.owner = type
        rt.declaredFunctions[i.id] = decl
        initializerBeingLowered = true
        defer { initializerBeingLowered = false }
        try lowerCallable(decl, parameters: i.signature.parameterClause.parameters, returnType: nil,
                          body: i.body?.statements, selfType: type, isStatic: false, node: i,
                          generics: i.genericParameterClause)
        if !isExtension { type.hasBodyInitializer = true }
        type.initializers.removeAll { $0.overloadKey == decl.overloadKey }
        type.initializers.append(decl)
    }

    /// An expression evaluated on its own (property defaults, raw values, static properties).
    func lowerStandalone(_ e: ExprSyntax, expected: TypeSpec?, selfType: TypeInfo? = nil) throws -> (Code.Expr, Bool, TypeSpec?) {
        let outer = scope
        let fs = FunctionScope(parent: topLevelScope())
        if let selfType { fs.selfType = selfType; fs.isStatic = true; fs.selfSlot = fs.newSlot() }
        scope = fs
        defer { scope = outer }
        let lowered = try lowerExpr(e, expected: expected)
        let code = lowered.code
        let count = fs.slotCount
        let selfSlot = fs.selfSlot
        let wrapped: Code.Expr = { _ in
            let frame = Frame.make(count: count, parent: nil)
            if let s = selfSlot, let t = selfType { frame[s] = .type(.user(t)) }
            return try code(frame)
        }
        return (wrapped, lowered.isLiteral, lowered.type)
    }
}

extension Lowerer {
    /// A type declared inside one of the types whose code is being lowered (`Config` inside
    /// `Trainer`), innermost first.
    func nestedType(named name: String) -> TypeInfo? {
        inEnclosingTypes { $0.nestedTypes[name] }
    }

    /// `typealias name = …` declared in the type being lowered or one enclosing it.
    func memberTypeAlias(_ name: String) -> TypeSpec? {
        inEnclosingTypes { $0.typeAliases[name] }
    }

    /// The first result of `find` for the types whose bodies enclose the code being lowered,
    /// innermost first, and their parents.
    private func inEnclosingTypes<T>(_ find: (TypeInfo) -> T?) -> T? {
        var candidates = declarationContext.typeNesting.reversed() as [TypeInfo]
        var s: FunctionScope? = scope
        while let sc = s { if let t = sc.selfType { candidates.append(t) }; s = sc.parent }
        for t in candidates {
            var c: TypeInfo? = t
            while let x = c {
                if let found = find(x) { return found }
                c = x.parent
            }
        }
        return nil
    }
}
