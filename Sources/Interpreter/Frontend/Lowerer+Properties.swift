import SwiftSyntax

/// Properties of lesson types: stored ones (with defaults, `lazy`, `willSet`/`didSet`) and
/// computed ones (`get`/`set`); observed global variables.
extension Lowerer {
    /// Whether a property's accessor block holds only observers (`willSet`/`didSet`): the
    /// property is stored.
    func isObserved(_ block: AccessorBlockSyntax) -> Bool {
        guard case .accessors(let list) = block.accessors, !list.isEmpty else { return false }
        return list.allSatisfy { ["willSet", "didSet"].contains($0.accessorSpecifier.text) }
    }

    /// Pass 1 of a type's members: a stored instance property. Its default is lowered now (it
    /// is evaluated at construction); a `lazy` initialiser and observers, which run as methods,
    /// are lowered with the other bodies (`lowerLazyInitializer`, `lowerObservers`).
    func declareStoredProperty(_ binding: PatternBindingSyntax, name: String, isLet: Bool, isLazy: Bool, of type: TypeInfo) throws {
        var spec = try binding.typeAnnotation.map { try typeSpec($0.type) }
        var initial: Code.Expr?
        var initialIsLiteral = false
        if let i = binding.initializer, !isLazy {
            let (code, lit, inferred) = try lowerStandalone(i.value, expected: spec)
            initial = code
            initialIsLiteral = lit
            if spec == nil { spec = inferred }
        }
        if isLazy && binding.initializer == nil {
            throw LecternError("lazy properties must have an initializer", at: loc(binding))
        }
        var field = TypeInfo.Field(name: name, type: spec, isLet: isLet, initial: initial, initialIsLiteral: initialIsLiteral)
        field.isLazy = isLazy
        if binding.accessorBlock != nil { field.observers = TypeInfo.Observers() }
        if let annotation = binding.typeAnnotation {
            for g in type.genericParameters {
                for path in typePaths(of: g, in: annotation.type) {
                    type.declaration.genericFieldPaths[g, default: []].append((type.fields.count, path))
                }
            }
        }
        type.addField(field)
    }

    /// `lazy var words: [String] = text.split(…)`: the initialiser becomes a method of the type,
    /// run by the first read of the property.
    func lowerLazyInitializer(_ binding: PatternBindingSyntax, property name: String, type spec: TypeSpec?, owner: TypeInfo) throws {
        guard let i = binding.initializer, let index = owner.fieldIndex[name] else { return }
        let decl = FunctionDecl(name: name, loc: loc(i.value))
        decl.isMutating = owner.kind != .classType
        let outer = scope
        let fs = FunctionScope(parent: topLevelScope())
        fs.selfType = owner
        fs.selfSlot = fs.newSlot()
        fs.returnType = spec
        decl.selfSlot = fs.selfSlot
        decl.returnType = spec
        scope = fs
        defer { scope = outer }
        let value = try lowerExpr(i.value, expected: spec)
        let code = value.code, lit = value.isLiteral
        decl.body = { f in f.returnValue = coerce(try code(f), to: spec, literal: lit); return .returned }
        decl.slotCount = fs.slotCount
        decl.finish()
        owner.updateField(index) { $0.lazyInitializer = decl }
    }

    /// `willSet`/`didSet` of a stored property: methods of the type taking the new (or old) value.
    func lowerObservers(_ block: AccessorBlockSyntax, property name: String, type spec: TypeSpec?, owner: TypeInfo) throws {
        guard case .accessors(let list) = block.accessors, let index = owner.fieldIndex[name] else { return }
        let spec = spec ?? owner.fields[index].type
        var observers = TypeInfo.Observers()
        declarationContext.observedProperty = (owner, name)
        defer { declarationContext.observedProperty = nil }
        for a in list {
            let isWillSet = a.accessorSpecifier.text == "willSet"
            let parameter = a.parameters?.name.text ?? (isWillSet ? "newValue" : "oldValue")
            let decl = FunctionDecl(name: name, loc: loc(a))
            decl.isMutating = owner.kind != .classType
            try lowerCallable(decl, parameters: nil, returnType: nil, body: a.body?.statements, selfType: owner,
                              isStatic: false, node: a, extraParams: [(parameter, spec)])
            if isWillSet { observers.willSet = decl } else { observers.didSet = decl }
        }
        owner.updateField(index) { $0.observers = observers }
    }

    /// Pass 2 of a type's members: the accessors of a computed property.
    func lowerAccessors(_ block: AccessorBlockSyntax, name: String, type spec: TypeSpec?, owner: TypeInfo,
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
                    throw LecternError("'\(a.accessorSpecifier.text)' cannot be provided together with a getter", at: loc(a))
                default:
                    throw unsupported("'\(a.accessorSpecifier.text)' accessors", a)
                }
            }
            guard let getter else { throw LecternError("computed property '\(name)' must have a getter", at: loc(block)) }
            return .init(getter: getter, setter: setter)
        }
    }

    /// The body of a getter (or of a subscript's getter), its result typed as declared.
    func lowerAccessorBody(_ decl: FunctionDecl, _ items: CodeBlockItemListSyntax, _ spec: TypeSpec?,
                           _ owner: TypeInfo, _ isStatic: Bool, parameters: FunctionParameterListSyntax? = nil) throws {
        let outer = scope
        let fs = FunctionScope(parent: topLevelScope())
        fs.selfType = owner
        fs.isStatic = isStatic
        for p in parameters ?? [] {
            let name = (p.secondName ?? p.firstName).text
            let slot = fs.declare(name, type: try typeSpec(p.type), isLet: true)
            if let i = decl.params.firstIndex(where: { $0.name == name }) { decl.params[i].slot = slot }
        }
        fs.selfSlot = fs.newSlot()
        fs.returnType = spec
        decl.selfSlot = fs.selfSlot
        decl.returnType = spec
        scope = fs
        defer { scope = outer }
        decl.body = try lowerBody(items, returns: true)
        decl.expressionBody = lastExpressionBody
        decl.slotCount = fs.slotCount
        decl.finish()
    }

    // MARK: Observed globals

    /// `var counter = 0 { didSet { … } }` at the top level: a global whose assignments run the
    /// observers (its initial value does not).
    func lowerObservedGlobal(_ binding: PatternBindingSyntax, _ block: AccessorBlockSyntax, type: TypeSpec?) throws -> Code.Stmt {
        guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
            throw unsupported("observers on destructured variables", binding)
        }
        let name = id.identifier.text
        let store = try lowerBinding(binding, type: type, isLet: false)
        guard let g = rt.globalIndex[name], case .accessors(let list) = block.accessors else { return store }
        var observers = TypeInfo.Observers()
        declarationContext.observedGlobal = g
        defer { declarationContext.observedGlobal = nil }
        for a in list {
            let isWillSet = a.accessorSpecifier.text == "willSet"
            let parameter = a.parameters?.name.text ?? (isWillSet ? "newValue" : "oldValue")
            let decl = FunctionDecl(name: name, loc: loc(a))
            try lowerCallable(decl, parameters: nil, returnType: nil, body: a.body?.statements, selfType: nil,
                              isStatic: false, node: a, extraParams: [(parameter, type ?? rt.globalTypes[g])])
            if isWillSet { observers.willSet = decl } else { observers.didSet = decl }
        }
        rt.globalObservers[g] = observers
        return store
    }
}

extension Lowerer {
    /// Whether an assignment to `type`'s property `name` here bypasses its observers: inside
    /// the type's own initialisers and inside the property's own observers, as in Swift.
    func isDirectPropertyAccess(_ type: TypeInfo, _ name: String) -> Bool {
        if let (t, n) = declarationContext.observedProperty, t.isSameDeclaration(type), n == name { return true }
        var s: FunctionScope? = scope
        while let sc = s {
            if sc.isInitializer, let t = sc.selfType, t.isSameDeclaration(type) { return true }
            s = sc.parent
        }
        return false
    }

    /// Storage for an observed global (assignments run its observers), except inside its own
    /// observers; nil for other globals.
    func observedGlobalLValue(_ g: Int, _ type: TypeSpec?, _ l: SourceLoc) -> LValue? {
        guard let observers = rt.globalObservers[g], declarationContext.observedGlobal != g else { return nil }
        let ev = self.ev
        return LValue(modify: { _, body in try ev.modifyObservedGlobal(g, observers, loc: l, body) }, type: type)
    }
}
