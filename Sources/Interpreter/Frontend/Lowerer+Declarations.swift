import SwiftSyntax

/// Declarations: imports, variables, functions.
extension Lowerer {
    static let allowedImports: Set<String> = ["Foundation", "MLCore", "Plots", "Swift"]

    func lowerDecl(_ d: DeclSyntax) throws -> Code.Stmt {
        if let i = d.as(ImportDeclSyntax.self) {
            let name = i.path.map(\.name.text).joined(separator: ".")
            if Lowerer.allowedImports.contains(name) { return { _ in .next } }
            throw LecternError("unsupported: import of '\(name)' (only Foundation and MLCore can be imported)", at: loc(i))
        }
        if let v = d.as(VariableDeclSyntax.self) { return try lowerVariable(v) }
        if let f = d.as(FunctionDeclSyntax.self) {
            if scope.atGlobalLevel { try lowerGlobalFunction(f); return { _ in .next } }
            return try lowerLocalFunction(f)
        }
        if let s = d.as(StructDeclSyntax.self) {
            return try lowerTypeDecl(s.name.text, .structType, s.inheritanceClause, s.memberBlock, s)
        }
        if let c = d.as(ClassDeclSyntax.self) {
            return try lowerTypeDecl(c.name.text, .classType, c.inheritanceClause, c.memberBlock, c)
        }
        if let e = d.as(EnumDeclSyntax.self) {
            return try lowerTypeDecl(e.name.text, .enumType, e.inheritanceClause, e.memberBlock, e)
        }
        if let x = d.as(ExtensionDeclSyntax.self) { return try lowerExtension(x) }
        if let p = d.as(ProtocolDeclSyntax.self) { return try lowerProtocol(p) }
        if d.is(ActorDeclSyntax.self) { throw unsupported("actors", d) }
        if d.is(MacroDeclSyntax.self) || d.is(MacroExpansionDeclSyntax.self) { throw unsupported("macros", d) }
        if d.is(OperatorDeclSyntax.self) || d.is(PrecedenceGroupDeclSyntax.self) { throw unsupported("operator declarations", d) }
        if d.is(IfConfigDeclSyntax.self) { throw unsupported("'#if' blocks", d) }
        if let a = d.as(TypeAliasDeclSyntax.self) {
            guard scope.atGlobalLevel else { throw unsupported("type aliases inside functions or blocks", a) }
            try checkGenerics(a.genericParameterClause, a)
            rt.typeAliases[a.name.text] = try typeSpec(a.initializer.value)
            return { _ in .next }
        }
        if d.is(AssociatedTypeDeclSyntax.self) { throw unsupported("associated types", d) }
        if d.is(SubscriptDeclSyntax.self) { throw unsupported("subscript declarations", d) }
        if d.is(DeinitializerDeclSyntax.self) { throw unsupported("deinitializers", d) }
        if d.is(InitializerDeclSyntax.self) { throw LecternError("initializers may only be declared within a type", at: loc(d)) }
        throw unsupported("this declaration", d)
    }

    /// Generic type aliases stay outside the subset.
    func checkGenerics(_ clause: GenericParameterClauseSyntax?, _ node: some SyntaxProtocol) throws {
        if let clause { throw unsupported("generic type aliases", clause) }
    }

    func checkAttributes(_ attributes: AttributeListSyntax) throws {
        for a in attributes {
            if case .attribute(let attr) = a {
                let name = attr.attributeName.trimmedDescription
                if ["discardableResult", "inline", "inlinable", "usableFromInline", "MainActor"].contains(name) { continue }
                throw unsupported("attributes and property wrappers (@\(name))", attr)
            }
        }
    }

    // MARK: Variables

    func lowerVariable(_ v: VariableDeclSyntax) throws -> Code.Stmt {
        try checkAttributes(v.attributes)
        for m in v.modifiers where ["weak", "unowned", "lazy"].contains(m.name.text) {
            throw unsupported("'\(m.name.text)' variables", m)
        }
        var codes: [StmtBox] = []
        // `let a, b: Double` gives both the type written last.
        var pendingType: TypeSpec?
        for binding in v.bindings.reversed() {
            if let t = binding.typeAnnotation { pendingType = try typeSpec(t.type) }
            if let accessors = binding.accessorBlock {
                guard isObserved(accessors), scope.atGlobalLevel else { throw unsupported("computed variables outside types", binding) }
                let type = binding.typeAnnotation == nil && binding.initializer != nil ? nil : pendingType
                codes.insert(StmtBox(try lowerObservedGlobal(binding, accessors, type: type)), at: 0)
                continue
            }
            let type = binding.typeAnnotation == nil && binding.initializer != nil ? nil : pendingType
            codes.insert(StmtBox(try lowerBinding(binding, type: type, isLet: v.bindingSpecifier.text == "let")), at: 0)
        }
        return sequence(codes)
    }

    func lowerBinding(_ binding: PatternBindingSyntax, type: TypeSpec?, isLet: Bool) throws -> Code.Stmt {
        guard let initializer = binding.initializer else {
            // `var x: Int` — declared now, assigned later; optionals start as nil.
            let store = try lowerBindingPattern(binding.pattern, type: type)
            let initial: Value = isOptionalSpec(type) ? .none : .unset
            return { f in try store(initial, f); return .next }
        }
        var value = try lowerExpr(initializer.value, expected: type)
        var staticallyScalar = value.isLiteral
        if let t = value.type, case .named = t {} else if value.type != nil { staticallyScalar = true }
        if let type, !staticallyScalar, [.double, .int, .float, .bool, .string].contains(type) {
            // `let total: Double = x + y` where `x + y` is a bridged `Value`: Swift rejects it.
            let inner = value.code, l = loc(initializer.value), lib = ev.library
            value.code = { f in
                let v = try inner(f)
                if case .native = v {
                    throw LecternError("cannot convert value of type '\(lib.typeName(v))' to specified type '\(type)'", at: l)
                }
                return v
            }
        }
        let inferred = type ?? value.type
        let store = try lowerBindingPattern(binding.pattern, type: inferred, isLet: isLet)
        let code = value.code
        if let type, value.isLiteral || isOptionalSpec(type) || type.isFloatingPoint {
            let lit = value.isLiteral
            return { f in try store(coerce(try code(f), to: type, literal: lit), f); return .next }
        }
        if let id = binding.pattern.as(IdentifierPatternSyntax.self), !scope.atGlobalLevel,
           let local = scope.lookupHere(id.identifier.text) {
            let slot = local.slot
            return { f in DeepRelease.replace(&f[slot], with: try code(f)); return .next }
        }
        return { f in try store(try code(f), f); return .next }
    }

    // MARK: Functions

    func lowerGlobalFunction(_ f: FunctionDeclSyntax) throws {
        let decl = try lowerFunction(f, selfType: nil, isStatic: false)
        let g = rt.globalSlot(f.name.text)
        cellGlobals.insert(f.name.text)
        rt.globalTypes[g] = .function
        var existing: [FunctionDecl] = []
        switch rt.globals[g] {
        case .function(let c as Closure): existing = [c.decl]
        case .function(let s as OverloadSet): existing = s.decls
        default: break
        }
        existing.removeAll { $0.overloadKey == decl.overloadKey }
        rt.functionEpoch += 1
        if existing.isEmpty {
            rt.globals[g] = .function(Closure(decl: decl, env: nil))
        } else {
            rt.globals[g] = .function(OverloadSet(decls: existing + [decl]))
        }
    }

    /// A function declared inside a function or block: a closure over the current frame.
    func lowerLocalFunction(_ f: FunctionDeclSyntax) throws -> Code.Stmt {
        let name = f.name.text
        let slot = scope.lookupHere(name)?.slot ?? scope.declare(name, type: .function)
        let decl = try lowerFunction(f, selfType: nil, isStatic: false)
        return { frame in
            frame[slot] = .function(Closure(decl: decl, env: frame))
            return .next
        }
    }

    func lowerFunction(_ f: FunctionDeclSyntax, selfType: TypeInfo?, isStatic: Bool) throws -> FunctionDecl {
        try checkAttributes(f.attributes)
        if let e = f.signature.effectSpecifiers {
            if e.asyncSpecifier != nil { throw unsupported("async functions", e) }
        }
        let isMutating = f.modifiers.contains { $0.name.text == "mutating" }
        let decl = FunctionDecl(name: f.name.text, loc: loc(f))
        decl.isMutating = isMutating
        decl.isStatic = isStatic
        decl.declaration = f.id
        decl.owner = selfType
        rt.declaredFunctions[f.id] = decl
        try lowerCallable(decl, parameters: f.signature.parameterClause.parameters,
                          returnType: f.signature.returnClause?.type, body: f.body?.statements,
                          selfType: selfType, isStatic: isStatic, node: f, generics: f.genericParameterClause)
        return decl
    }

    /// Shared by functions, methods, initialisers and accessors: parameters, `self`, body.
    func lowerCallable(_ decl: FunctionDecl, parameters: FunctionParameterListSyntax?, returnType: TypeSyntax?,
                       body: CodeBlockItemListSyntax?, selfType: TypeInfo?, isStatic: Bool,
                       node: some SyntaxProtocol, extraParams: [(String, TypeSpec?)] = [],
                       generics: GenericParameterClauseSyntax? = nil) throws {
        let outer = scope
        // Methods see globals, not the locals of whatever they are declared in.
        let parentScope = selfType != nil ? topLevelScope() : outer
        let fs = FunctionScope(parent: parentScope)
        scope = fs
        defer { scope = outer }
        if selfType != nil { fs.selfType = selfType }  // the type's generic parameters are in scope
        // Parameter types may name the function's own generic parameters.
        declareGenerics(generics, parameters: nil, slots: [], in: fs)
        // Operator functions (`static func + (a: V, b: V)`) take no argument labels.
        let isOperator = decl.name.first.map { !($0.isLetter || $0 == "_") } ?? false
        for p in parameters ?? [] {
            let label = p.firstName.text == "_" || isOperator ? nil : p.firstName.text
            let name = p.secondName?.text ?? p.firstName.text
            var isInout = false
            var typeSyntax = p.type
            if let attributed = p.type.as(AttributedTypeSyntax.self) {
                isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                typeSyntax = attributed.baseType
            }
            var type = try typeSpec(typeSyntax)
            let isVariadic = p.ellipsis != nil
            let elementType = type
            if isVariadic { type = .array(type) }
            var defaultValue: Code.Expr?
            var defaultIsLiteral = false
            if let d = p.defaultValue {
                let lowered = try lowerExpr(d.value, expected: type)
                defaultValue = lowered.code
                defaultIsLiteral = lowered.isLiteral
            }
            let slot = fs.declare(name == "_" ? "_\(fs.slotCount)" : name, type: type, isLet: !isInout)
            decl.params.append(.init(label: label, name: name, slot: slot, type: isVariadic ? elementType : type,
                                     defaultValue: defaultValue, defaultIsLiteral: defaultIsLiteral,
                                     isInout: isInout, isVariadic: isVariadic))
        }
        declareGenerics(generics, parameters: parameters, slots: decl.params.map(\.slot), in: fs)
        for (name, type) in extraParams {
            let slot = fs.declare(name, type: type)
            decl.params.append(.init(label: nil, name: name, slot: slot, type: type, defaultValue: nil,
                                     defaultIsLiteral: false, isInout: false, isVariadic: false))
        }
        if let selfType {
            fs.selfType = selfType
            fs.isStatic = isStatic
            fs.isInitializer = initializerBeingLowered
            let s = fs.newSlot()
            fs.selfSlot = s
            decl.selfSlot = s
        }
        decl.returnType = try returnType.map { try typeSpec($0) }
        fs.returnType = decl.returnType
        if let body {
            decl.body = try lowerBody(body, returns: decl.returnType != nil && decl.returnType != .void)
            decl.expressionBody = lastExpressionBody
        }
        decl.slotCount = fs.slotCount
        decl.finish()
    }

    func topLevelScope() -> FunctionScope {
        var s = scope
        while let p = s.parent { s = p }
        return s
    }

    /// A function or closure body; a single expression is returned implicitly.
    func lowerBody(_ items: CodeBlockItemListSyntax, returns: Bool) throws -> Code.Stmt {
        lastExpressionBody = nil
        if returns, items.count == 1, let only = items.first, case .expr(let e) = only.item {
            let value = try lowerExpr(e, expected: scope.returnType)
            let code = value.code
            let lit = value.isLiteral
            let type = scope.returnType
            if let type, lit || type.isFloatingPoint || isOptionalType(type) || type.isArrayOfFloatingPoint || { if case .tuple = type { return true }; return false }() {
                lastExpressionBody = { f in coerce(try code(f), to: type, literal: lit) }
                return { f in f.returnValue = coerce(try code(f), to: type, literal: lit); return .returned }
            }
            lastExpressionBody = code
            return { f in f.returnValue = try code(f); return .returned }
        }
        if returns, let body = try lowerReturningBody(items) {
            lastExpressionBody = body.value  // set last: nested closures set it while lowering
            return body.statement
        }
        let statements = try lowerStatements(items)
        lastExpressionBody = nil  // nested closures may have set it
        return statements
    }
}
