import SwiftSyntax

/// Declarations: a cell's types, functions and globals, and the bodies of all of them.
extension TypeChecker {
    /// Checks a whole cell and returns what was learnt; the cell's declarations stay in `world`
    /// for later cells.
    func checkCell(_ file: SourceFileSyntax) -> CellFacts {
        let decls = file.statements.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        let reader = DeclarationReader(world: world, origin: .lesson)
        reader.declareTypes(decls)
        reader.readDeclarations(decls)
        for f in reader.functions { world.declareGlobal(f) }
        for (owner, member, binding, isStatic) in reader.untypedProperties {
            guard let initializer = binding.initializer else { continue }
            let t = inBody(of: owner, isStatic: true) { statementType { infer(initializer.value) } }
            member.kind = .property(t, settable: { if case .property(_, let s) = member.kind { return s }; return true }())
            if !isStatic, let i = owner.storedProperties.firstIndex(where: { $0.name == member.name }) {
                owner.storedProperties[i].type = t
            }
        }
        for item in file.statements {
            switch item.item {
            case .decl(let d):
                if let v = d.as(VariableDeclSyntax.self) { checkVariable(v, global: true) } else { deferBodies(of: d, reader) }
            case .stmt(let s): checkStatement(s)
            case .expr(let e): checkExpressionStatement(e)
            }
        }
        let bodies = deferredBodies
        deferredBodies = []
        for body in bodies { body() }
        return facts
    }

    /// Runs `body` as if inside a member of `n` (`self`, `Self`, generic parameters in scope).
    func inBody<T>(of n: NominalType, isStatic: Bool, selfType: SwiftType? = nil, _ body: () -> T) -> T {
        let saved = function
        let reader = DeclarationReader(world: world, origin: .lesson)
        var ctx = FunctionContext()
        ctx.typeContext = reader.contextInside(n)
        if let selfType { ctx.typeContext.selfType = selfType }
        ctx.selfType = ctx.typeContext.selfType
        ctx.owner = n
        ctx.isStatic = isStatic
        function = ctx
        defer { function = saved }
        return body()
    }

    private func deferBodies(of d: DeclSyntax, _ reader: DeclarationReader) {
        if let f = d.as(FunctionDeclSyntax.self) {
            deferredBodies.append { [unowned self] in
                let m = reader.functionMember(f, context: TypeContext(), owner: nil)
                self.checkFunction(f.signature.parameterClause, body: f.body?.statements, sig: m.signature, context: self.function)
            }
            return
        }
        if let (name, members) = typeBody(d) {
            guard let n = world.types[name] else { return }
            deferredBodies.append { [unowned self] in self.checkMemberBodies(members, of: n, selfType: nil) }
            return
        }
        if let x = d.as(ExtensionDeclSyntax.self) {
            guard let extended = TypeResolver(world: world).resolve(x.extendedType, TypeContext()) else { return }
            var n: NominalType?
            var selfType: SwiftType?
            switch extended {
            case .nominal(let nominal, let args):
                n = nominal
                if !args.isEmpty, args.allSatisfy({ !$0.isUnknown }) { selfType = extended }
            case .existential(let p): n = p
            default: break
            }
            guard let n else { return }
            if selfType == nil, let w = x.genericWhereClause { selfType = concreteSelf(of: n, where: w) }
            deferredBodies.append { [unowned self] in self.checkMemberBodies(x.memberBlock.members, of: n, selfType: selfType) }
        }
    }

    /// `extension Array where Element == Int`: inside, `Self` is `[Int]`. Only when every generic
    /// parameter of the type is fixed by a same-type requirement; otherwise the body stays generic.
    private func concreteSelf(of n: NominalType, where clause: GenericWhereClauseSyntax) -> SwiftType? {
        guard !n.genericParameters.isEmpty else { return nil }
        var fixed: [String: SwiftType] = [:]
        let resolver = TypeResolver(world: world)
        for r in clause.requirements {
            guard case .sameTypeRequirement(let same) = r.requirement, case .type(let right) = same.rightType,
                  let t = resolver.resolve(right, TypeContext()), t.isFullyKnown else { continue }
            fixed[same.leftType.trimmedDescription] = t
        }
        let args = n.genericParameters.compactMap { fixed[$0.name] }
        return args.count == n.genericParameters.count ? .nominal(n, args) : nil
    }

    private func typeBody(_ d: DeclSyntax) -> (String, MemberBlockItemListSyntax)? {
        if let s = d.as(StructDeclSyntax.self) { return (s.name.text, s.memberBlock.members) }
        if let c = d.as(ClassDeclSyntax.self) { return (c.name.text, c.memberBlock.members) }
        if let e = d.as(EnumDeclSyntax.self) { return (e.name.text, e.memberBlock.members) }
        if let p = d.as(ProtocolDeclSyntax.self) { return (p.name.text, p.memberBlock.members) }
        return nil
    }

    /// Checks the bodies of a type's (or an extension's) members.
    func checkMemberBodies(_ members: MemberBlockItemListSyntax, of n: NominalType, selfType: SwiftType?) {
        let reader = DeclarationReader(world: world, origin: .lesson)
        for item in members {
            let d = item.decl
            let isStatic = d.asProtocol(WithModifiersSyntax.self)?.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" } ?? false
            if let f = d.as(FunctionDeclSyntax.self) {
                inBody(of: n, isStatic: isStatic, selfType: selfType) {
                    let m = reader.functionMember(f, context: function.typeContext, owner: n)
                    checkFunction(f.signature.parameterClause, body: f.body?.statements, sig: m.signature, context: function)
                }
            } else if let i = d.as(InitializerDeclSyntax.self) {
                inBody(of: n, isStatic: false, selfType: selfType) {
                    var ctx = function
                    ctx.isInitializer = true
                    let sig = reader.signature(i.signature.parameterClause, result: .void, effects: i.signature.effectSpecifiers,
                                               context: function.typeContext)
                    checkFunction(i.signature.parameterClause, body: i.body?.statements, sig: sig, context: ctx)
                }
            } else if let v = d.as(VariableDeclSyntax.self) {
                inBody(of: n, isStatic: isStatic, selfType: selfType) { checkPropertyBodies(v) }
            } else if let s = d.as(SubscriptDeclSyntax.self) {
                inBody(of: n, isStatic: isStatic, selfType: selfType) {
                    let result = resolveType(s.returnClause.type) ?? .unknown
                    let sig = reader.signature(s.parameterClause, result: result, effects: nil, context: function.typeContext)
                    checkAccessors(s.accessorBlock, type: result, parameters: s.parameterClause, sig: sig)
                }
            } else if let c = d.as(EnumCaseDeclSyntax.self) {
                for element in c.elements {
                    if let raw = element.rawValue, let rt = n.rawType {
                        statement { check(raw.value, against: rt, .other) }
                    }
                }
            } else if let (name, nested) = typeBody(d), let nt = n.nestedTypes[name] {
                checkMemberBodies(nested, of: nt, selfType: nil)
            }
        }
    }

    /// A stored property's initialiser, a computed property's accessors, observers.
    private func checkPropertyBodies(_ v: VariableDeclSyntax) {
        for b in v.bindings {
            let annotated = b.typeAnnotation.flatMap { resolveType($0.type) }
            if let i = b.initializer, let t = annotated {
                let saved = function.isStatic
                function.isStatic = true
                statement { check(i.value, against: t, .declaration) }
                function.isStatic = saved
            }
            if let accessors = b.accessorBlock {
                checkAccessors(accessors, type: annotated ?? .unknown, parameters: nil, sig: nil)
            }
        }
    }

    /// Getter, setter and observer bodies.
    func checkAccessors(_ block: AccessorBlockSyntax?, type t: SwiftType, parameters: FunctionParameterClauseSyntax?,
                        sig: FunctionSignature?) {
        guard let block else { return }
        let saved = function, savedScope = scope
        defer { function = saved; scope = savedScope }
        scope = LocalScope(parent: savedScope)
        if let sig { for p in sig.parameters { scope.names[p.name] = LocalBinding(type: p.isVariadic ? world.array(p.type) : p.type, isLet: true) } }
        switch block.accessors {
        case .getter(let items):
            function.result = t
            function.isClosure = false
            checkBody(items)
        case .accessors(let list):
            for a in list {
                let inner = LocalScope(parent: scope)
                let outer = scope
                scope = inner
                switch a.accessorSpecifier.text {
                case "get":
                    function.result = t
                case "set", "willSet":
                    function.result = .void
                    scope.names[a.parameters?.name.text ?? "newValue"] = LocalBinding(type: t, isLet: true)
                case "didSet":
                    function.result = .void
                    scope.names[a.parameters?.name.text ?? "oldValue"] = LocalBinding(type: t, isLet: true)
                default:
                    function.result = .void
                }
                if let body = a.body { checkBody(body.statements) }
                scope = outer
            }
        }
    }

    /// A function's (or initialiser's) parameters, default values and body.
    func checkFunction(_ clause: FunctionParameterClauseSyntax, body: CodeBlockItemListSyntax?, sig: FunctionSignature?,
                       context: FunctionContext) {
        guard let sig else { return }
        let saved = function, savedScope = scope
        defer { function = saved; scope = savedScope }
        function = context
        function.result = context.isInitializer ? .void : sig.result
        function.isClosure = false
        function.anonymousParameters = []
        function.typeContext = context.typeContext.adding(sig.genericParameters)
        for (p, syntax) in zip(sig.parameters, clause.parameters) {
            if let d = syntax.defaultValue { statement { check(d.value, against: p.type, .argument) } }
        }
        scope = LocalScope(parent: savedScope)
        for p in sig.parameters where p.name != "_" {
            scope.names[p.name] = LocalBinding(type: p.isVariadic ? world.array(p.type) : p.type, isLet: !p.isInout)
        }
        if let body { checkBody(body) }
    }

    /// A function body; a single expression is its implicit return value (when the result is not Void).
    func checkBody(_ items: CodeBlockItemListSyntax) {
        if items.count == 1, case .expr(let e) = items.first!.item, cs.resolve(function.result) != .void,
           !e.is(IfExprSyntax.self) && !e.is(SwitchExprSyntax.self) || isValueBranching(e) {
            statement {
                let t = infer(e, function.result)
                if !convert(e, t, to: function.result) {
                    error(ConversionSite.returnValue.message(show(t), show(function.result)), at: e)
                }
            }
            return
        }
        checkItems(items)
    }

    /// `if`/`switch` whose branches are single expressions (an implicit return of their value).
    private func isValueBranching(_ e: ExprSyntax) -> Bool {
        if let i = e.as(IfExprSyntax.self) {
            guard i.body.statements.count == 1, case .expr = i.body.statements.first!.item else { return false }
            switch i.elseBody {
            case .codeBlock(let b)?: if b.statements.count == 1, case .expr = b.statements.first!.item { return true }; return false
            case .ifExpr(let nested)?: return isValueBranching(ExprSyntax(nested))
            case nil: return false
            }
        }
        if let s = e.as(SwitchExprSyntax.self) {
            return s.cases.allSatisfy { c in
                guard case .switchCase(let sc) = c, sc.statements.count == 1, case .expr = sc.statements.first!.item else { return false }
                return true
            }
        }
        return false
    }

    // MARK: Variables

    func checkVariable(_ v: VariableDeclSyntax, global: Bool) {
        let isLet = v.bindingSpecifier.text == "let"
        let bindings = Array(v.bindings)
        // `var a, b: Double`: a later annotation covers earlier bindings without initialisers.
        var annotations = bindings.map { $0.typeAnnotation?.type }
        var next: TypeSyntax?
        for k in bindings.indices.reversed() {
            if let a = annotations[k] { next = a } else if bindings[k].initializer == nil { annotations[k] = next }
        }
        for (k, b) in bindings.enumerated() {
            let annotated = annotations[k].flatMap { resolveType($0) }
            if let accessors = b.accessorBlock, let id = b.pattern.as(IdentifierPatternSyntax.self) {
                let t = annotated ?? .unknown
                if let i = b.initializer { statement { check(i.value, against: t, .declaration) } }
                var settable = !isLet
                if case .getter = accessors.accessors { settable = false }
                if case .accessors(let list) = accessors.accessors {
                    let kinds = Set(list.map(\.accessorSpecifier.text))
                    if kinds.contains("get") { settable = kinds.contains("set") }
                }
                scope.names[id.identifier.text] = LocalBinding(type: t, isLet: !settable)
                if global { world.declareGlobal(Member(name: id.identifier.text, kind: .property(t, settable: settable), owner: nil)) }
                checkAccessors(accessors, type: t, parameters: nil, sig: nil)
                continue
            }
            statement {
                var t: SwiftType = annotated ?? .unknown
                if let i = b.initializer {
                    if let a = annotated { check(i.value, against: a, .declaration) } else { t = infer(i.value) }
                }
                checkPattern(b.pattern, against: t, binding: true, isLet: isLet)
            }
            if global {
                for name in boundNames(b.pattern) {
                    let t = scope.names[name]?.type ?? .unknown
                    world.declareGlobal(Member(name: name, kind: .property(t, settable: !isLet), owner: nil))
                }
            }
        }
    }

    /// The names a pattern binds.
    func boundNames(_ p: PatternSyntax) -> [String] {
        if let id = p.as(IdentifierPatternSyntax.self) { return [id.identifier.text] }
        if let t = p.as(TuplePatternSyntax.self) { return t.elements.flatMap { boundNames($0.pattern) } }
        if let vb = p.as(ValueBindingPatternSyntax.self) { return boundNames(vb.pattern) }
        return []
    }

    // MARK: Local declarations

    func declareLocalFunction(_ f: FunctionDeclSyntax) {
        let reader = DeclarationReader(world: world, origin: .lesson)
        let m = reader.functionMember(f, context: function.typeContext, owner: nil)
        let name = f.name.text
        let b = scope.names[name] ?? LocalBinding(type: .unknown, isLet: true)
        b.functions.removeAll { $0.declaration == f.id }
        b.functions.append(m)
        scope.names[name] = b
    }

    func checkLocalDeclaration(_ d: DeclSyntax) {
        if let v = d.as(VariableDeclSyntax.self) { checkVariable(v, global: false); return }
        if let f = d.as(FunctionDeclSyntax.self) {
            let m = scope.names[f.name.text]?.functions.first { $0.declaration == f.id }
            var ctx = function
            ctx.isInitializer = false
            checkFunction(f.signature.parameterClause, body: f.body?.statements, sig: m?.signature, context: ctx)
        }
    }
}
