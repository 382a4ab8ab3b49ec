import SwiftSyntax

/// Structs, classes, enums and extensions of them.
extension Lowerer {
    static let knownProtocols: Set<String> = [
        "CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Hashable", "Comparable",
        "CaseIterable", "Codable", "Encodable", "Decodable", "Identifiable", "Sendable", "Error",
        "AnyObject",
    ]

    func lowerTypeDecl(_ name: String, _ kind: TypeInfo.Kind, _ inheritance: InheritanceClauseSyntax?,
                       _ members: MemberBlockSyntax, _ node: some SyntaxProtocol) throws -> Code.Stmt {
        guard scope.atGlobalLevel else { throw unsupported("types declared inside functions or blocks", node) }
        let type = cellTypes[name] ?? TypeInfo(name: name, kind: kind)
        cellTypes[name] = type
        for inherited in inheritance?.inheritedTypes ?? [] {
            let n = inherited.type.trimmedDescription
            if Lowerer.knownProtocols.contains(n) { type.conformances.insert(n); continue }
            if kind == .enumType, let raw = builtinTypeNamed(n) { type.rawType = raw; continue }
            if kind == .classType, let sup = lookupType(n), sup.kind == .classType, type.superclass == nil {
                type.superclass = sup; continue
            }
            if lookupType(n) != nil { throw LecternError("inheritance from non-class type '\(n)'", at: loc(inherited)) }
            throw LecternError("cannot find type '\(n)' in scope (protocols are not part of lectern's Swift subset)", at: loc(inherited))
        }
        return try lowerMembers(type, members, isExtension: false)
    }

    func lowerExtension(_ x: ExtensionDeclSyntax) throws -> Code.Stmt {
        guard scope.atGlobalLevel else { throw unsupported("extensions inside functions or blocks", x) }
        var name = x.extendedType.trimmedDescription
        if let alias = rt.typeAliases[name] { name = alias.builtinExtensionKey ?? name }
        if let key = builtinExtensionKey(name) {
            // `extension Array where Element == Double { var mean: Double { … } }`: members for
            // every value of the builtin type (the where clause is not checked).
            let type = rt.builtinExtensions[key] ?? {
                let t = TypeInfo(name: key, kind: .structType)
                t.isBuiltinExtension = true
                return t
            }()
            rt.builtinExtensions[key] = type
            return try lowerMembers(type, x.memberBlock, isExtension: true)
        }
        guard let type = lookupType(name) else {
            if ["Collection", "Sequence", "BinaryFloatingPoint", "Numeric", "FloatingPoint", "BinaryInteger"].contains(name) {
                throw unsupported("extensions of protocols", x)
            }
            throw LecternError("cannot find type '\(name)' in scope", at: loc(x.extendedType))
        }
        if x.genericWhereClause != nil { throw unsupported("generic where clauses", x) }
        for inherited in x.inheritanceClause?.inheritedTypes ?? [] {
            let n = inherited.type.trimmedDescription
            guard Lowerer.knownProtocols.contains(n) else {
                throw LecternError("cannot find type '\(n)' in scope (protocols are not part of lectern's Swift subset)", at: loc(inherited))
            }
            type.conformances.insert(n)
        }
        return try lowerMembers(type, x.memberBlock, isExtension: true)
    }

    /// The builtin type an extension extends (`[Double]` and `Array<Int>` extend `Array`).
    func builtinExtensionKey(_ written: String) -> String? {
        let compact = written.replacingOccurrences(of: " ", with: "")
        if compact.hasPrefix("[") && compact.contains(":") { return "Dictionary" }
        if compact.hasPrefix("[") { return "Array" }
        let base = compact.split(separator: "<").first.map(String.init) ?? compact
        return ["Array", "Dictionary", "Set", "String", "Int", "Double", "Float", "Bool", "Character"].contains(base) ? base : nil
    }

    private func isStatic(_ modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
    }

    /// Lowers a type's members in two passes: names first (so bodies can refer to any member),
    /// then bodies.
    private func lowerMembers(_ type: TypeInfo, _ block: MemberBlockSyntax, isExtension: Bool) throws -> Code.Stmt {
        rt.functionEpoch += 1  // method caches at call sites start over
        var statics: [StmtBox] = []
        let members = block.members.map(\.decl)
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
                    if stat { type.memberNames.insert(name); continue }
                    if binding.accessorBlock != nil { type.memberNames.insert(name); continue }
                    if isExtension { throw LecternError("extensions must not contain stored properties", at: loc(binding)) }
                    if type.kind == .enumType { throw LecternError("enums must not contain stored properties", at: loc(binding)) }
                    var spec = try binding.typeAnnotation.map { try typeSpec($0.type) }
                    var initial: Code.Expr?
                    var initialIsLiteral = false
                    if let i = binding.initializer {
                        let (code, lit, inferred) = try lowerStandalone(i.value, expected: spec)
                        initial = code
                        initialIsLiteral = lit
                        if spec == nil { spec = inferred }
                    }
                    let isLet = v.bindingSpecifier.text == "let"
                    type.addField(.init(name: name, type: spec, isLet: isLet, initial: initial, initialIsLiteral: initialIsLiteral))
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                type.memberNames.insert(f.name.text)
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
                try checkAttributes(v.attributes)
                let stat = isStatic(v.modifiers)
                for binding in v.bindings {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    let name = id.identifier.text
                    let spec = try binding.typeAnnotation.map { try typeSpec($0.type) }
                    if let accessors = binding.accessorBlock {
                        let computed = try lowerAccessors(accessors, name: name, type: spec, owner: type, isStatic: stat)
                        if stat { type.staticComputed[name] = computed } else { type.computed[name] = computed }
                    } else if stat {
                        let g = rt.globalSlot(type.name + "." + name)
                        type.staticFields[name] = g
                        rt.globals[g] = .unset
                        if let i = binding.initializer {
                            let (code, lit, _) = try lowerStandalone(i.value, expected: spec, selfType: type)
                            let rt = self.rt
                            statics.append(StmtBox { _ in rt.globals[g] = coerce(try code(Frame.make(count: 0, parent: nil)), to: spec, literal: lit); return .next })
                        }
                    }
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                let stat = isStatic(f.modifiers)
                let decl = try lowerFunction(f, selfType: type, isStatic: stat)
                if type.kind == .classType && decl.isMutating {
                    throw LecternError("'mutating' is not valid on instance methods in classes", at: loc(f))
                }
                if stat {
                    type.staticMethods[decl.name, default: []].removeAll { $0.overloadKey == decl.overloadKey }
                    type.staticMethods[decl.name, default: []].append(decl)
                } else {
                    type.methods[decl.name, default: []].removeAll { $0.overloadKey == decl.overloadKey }
                    type.methods[decl.name, default: []].append(decl)
                    if decl.isMutating { mutatingNames.insert(decl.name) }
                }
            } else if let i = d.as(InitializerDeclSyntax.self) {
                if i.optionalMark != nil { throw unsupported("failable initializers", i) }
                if let e = i.signature.effectSpecifiers, e.asyncSpecifier != nil {
                    throw unsupported("async initializers", i)
                }
                try checkGenerics(i.genericParameterClause, i)
                let decl = FunctionDecl(name: "init", loc: loc(i))
                decl.isMutating = true
                decl.declaration = i.id
                decl.owner = type
                rt.declaredFunctions[i.id] = decl
                initializerBeingLowered = true
                defer { initializerBeingLowered = false }
                try lowerCallable(decl, parameters: i.signature.parameterClause.parameters, returnType: nil,
                                  body: i.body?.statements, selfType: type, isStatic: false, node: i)
                if !isExtension { type.hasBodyInitializer = true }
                type.initializers.removeAll { $0.overloadKey == decl.overloadKey }
                type.initializers.append(decl)
            } else if d.is(EnumCaseDeclSyntax.self) {
                continue
            } else if d.is(DeinitializerDeclSyntax.self) {
                throw unsupported("deinitializers", d)
            } else if d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) {
                throw unsupported("nested types", d)
            } else if d.is(SubscriptDeclSyntax.self) {
                throw unsupported("subscript declarations", d)
            } else if d.is(TypeAliasDeclSyntax.self) {
                throw unsupported("type aliases", d)
            } else {
                throw unsupported("this member declaration", d)
            }
        }
        return sequence(statics)
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

    private func lowerAccessors(_ block: AccessorBlockSyntax, name: String, type spec: TypeSpec?, owner: TypeInfo,
                                isStatic: Bool) throws -> TypeInfo.Computed {
        switch block.accessors {
        case .getter(let items):
            let getter = FunctionDecl(name: name, loc: loc(block))
            try lowerCallable(getter, parameters: nil, returnType: nil, body: nil, selfType: owner, isStatic: isStatic, node: block)
            try lowerAccessorBody(getter, items, spec, owner, isStatic)
            return .init(getter: getter, setter: nil)
        case .accessors(let list):
            var getter: FunctionDecl?
            var setter: FunctionDecl?
            for a in list {
                switch a.accessorSpecifier.text {
                case "get":
                    let g = FunctionDecl(name: name, loc: loc(a))
                    try lowerCallable(g, parameters: nil, returnType: nil, body: nil, selfType: owner, isStatic: isStatic, node: a)
                    try lowerAccessorBody(g, a.body?.statements ?? [], spec, owner, isStatic)
                    getter = g
                case "set":
                    let s = FunctionDecl(name: name, loc: loc(a))
                    s.isMutating = owner.kind != .classType
                    let paramName = a.parameters?.name.text ?? "newValue"
                    try lowerCallable(s, parameters: nil, returnType: nil, body: a.body?.statements,
                                      selfType: owner, isStatic: isStatic, node: a, extraParams: [(paramName, spec)])
                    setter = s
                case "willSet", "didSet":
                    throw unsupported("property observers (willSet/didSet)", a)
                default:
                    throw unsupported("'\(a.accessorSpecifier.text)' accessors", a)
                }
            }
            guard let getter else { throw LecternError("computed property '\(name)' must have a getter", at: loc(block)) }
            return .init(getter: getter, setter: setter)
        }
    }

    private func lowerAccessorBody(_ decl: FunctionDecl, _ items: CodeBlockItemListSyntax, _ spec: TypeSpec?,
                                   _ owner: TypeInfo, _ isStatic: Bool) throws {
        let outer = scope
        let fs = FunctionScope(parent: topLevelScope())
        fs.selfType = owner
        fs.isStatic = isStatic
        fs.selfSlot = fs.newSlot()
        fs.returnType = spec
        decl.selfSlot = fs.selfSlot
        decl.returnType = spec
        scope = fs
        defer { scope = outer }
        decl.body = try lowerBody(items, returns: true)
        decl.slotCount = fs.slotCount
    }
}
