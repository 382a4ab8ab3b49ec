import SwiftSyntax

/// Reads declarations — the prelude's and each cell's — into the checker's model: type shells
/// first (so declarations may refer to each other in any order), then signatures and members.
/// Bodies are not read here; the statement checker checks them.
final class DeclarationReader {
    let world: TypeWorld
    let origin: NominalType.Origin
    var resolver: TypeResolver { TypeResolver(world: world) }
    /// Called with a written type whose name is unknown; the type is then `.unknown`.
    var unknownType: (TypeSyntax) -> Void = { _ in }
    /// Types this batch declared at the top level, to register when the batch is committed.
    private(set) var declaredTypes: [String: NominalType] = [:]
    /// Free functions this batch declared.
    private(set) var functions: [Member] = []
    /// Stored properties without a type annotation: their type comes from the initialiser,
    /// which the statement checker infers (`var count = 0`).
    private(set) var untypedProperties: [(owner: NominalType, member: Member, binding: PatternBindingSyntax, isStatic: Bool)] = []

    init(world: TypeWorld, origin: NominalType.Origin) {
        self.world = world
        self.origin = origin
    }

    // MARK: Pass 1: type names

    /// Creates the types the declarations name (nested ones too), registering them in the world.
    func declareTypes(_ decls: [DeclSyntax], in parent: NominalType? = nil) {
        for d in decls {
            guard let (name, kind, generics, members) = typeParts(d) else { continue }
            let n = NominalType(name: name, kind: kind, origin: origin)
            n.parent = parent
            n.genericParameters = generics?.parameters.map { GenericParameter($0.name.text) } ?? []
            if let parent { parent.nestedTypes[name] = n } else {
                declaredTypes[name] = n
                if origin == .prelude { world.prelude.types[name] = n } else { world.types[name] = n }
            }
            declareTypes(members.map(\.decl), in: n)
        }
    }

    private func typeParts(_ d: DeclSyntax) -> (String, NominalType.Kind, GenericParameterClauseSyntax?, MemberBlockItemListSyntax)? {
        if let s = d.as(StructDeclSyntax.self) { return (s.name.text, .structure, s.genericParameterClause, s.memberBlock.members) }
        if let c = d.as(ClassDeclSyntax.self) { return (c.name.text, .classType, c.genericParameterClause, c.memberBlock.members) }
        if let e = d.as(EnumDeclSyntax.self) { return (e.name.text, .enumeration, e.genericParameterClause, e.memberBlock.members) }
        if let p = d.as(ProtocolDeclSyntax.self) { return (p.name.text, .protocolType, nil, p.memberBlock.members) }
        return nil
    }

    // MARK: Pass 2: signatures and members

    /// Reads inheritance, generic constraints and members of every type declared by `decls`, the
    /// extensions among them, type aliases and free-function signatures.
    func readDeclarations(_ decls: [DeclSyntax], in parent: NominalType? = nil) {
        // Aliases first: member signatures may use them.
        for d in decls {
            if let a = d.as(TypeAliasDeclSyntax.self) {
                let context = parent.map(contextInside) ?? TypeContext()
                let t = type(a.initializer.value, context)
                if let parent { parent.typeAliases[a.name.text] = t } else { world.typeAliases[a.name.text] = t }
            }
        }
        for d in decls {
            if let (name, _, generics, members) = typeParts(d) {
                guard let n = parent?.nestedTypes[name] ?? declaredTypes[name] ?? world.types[name] ?? world.prelude.types[name] else { continue }
                let context = contextInside(n)
                readGenericConstraints(generics, n.genericParameters, context)
                readInheritance(of: n, inheritanceClause(d), context)
                if let w = genericWhereClause(d) { for r in requirements(w, context) { apply(r) } }
                readDeclarations(members.map(\.decl), in: n)
                readMembers(members.map(\.decl), of: n, context: context, extensionRequirements: [], isExtension: false)
                inferAssociatedTypes(n)
            } else if let x = d.as(ExtensionDeclSyntax.self) {
                readExtension(x)
            } else if let f = d.as(FunctionDeclSyntax.self), parent == nil {
                let m = functionMember(f, context: TypeContext(), owner: nil)
                functions.append(m)
            }
        }
    }

    private func inheritanceClause(_ d: DeclSyntax) -> InheritanceClauseSyntax? {
        if let s = d.as(StructDeclSyntax.self) { return s.inheritanceClause }
        if let c = d.as(ClassDeclSyntax.self) { return c.inheritanceClause }
        if let e = d.as(EnumDeclSyntax.self) { return e.inheritanceClause }
        if let p = d.as(ProtocolDeclSyntax.self) { return p.inheritanceClause }
        return nil
    }

    private func genericWhereClause(_ d: DeclSyntax) -> GenericWhereClauseSyntax? {
        if let s = d.as(StructDeclSyntax.self) { return s.genericWhereClause }
        if let c = d.as(ClassDeclSyntax.self) { return c.genericWhereClause }
        if let e = d.as(EnumDeclSyntax.self) { return e.genericWhereClause }
        return nil
    }

    /// The names visible inside a type's body.
    func contextInside(_ n: NominalType) -> TypeContext {
        var c = TypeContext()
        var chain: [NominalType] = []
        var x: NominalType? = n
        while let y = x { chain.append(y); x = y.parent }
        for y in chain.reversed() { for p in y.genericParameters { c.parameters[p.name] = p } }
        c.nominal = n
        c.selfType = n.isProtocol ? .parameter(n.selfParameter) : n.declaredType
        return c
    }

    /// A written type; an unknown name is reported and becomes `.unknown`.
    func type(_ syntax: TypeSyntax, _ context: TypeContext) -> SwiftType {
        if let t = resolver.resolve(syntax, context) { return t }
        unknownType(syntax)
        return .unknown
    }

    private func readInheritance(of n: NominalType, _ clause: InheritanceClauseSyntax?, _ context: TypeContext) {
        for inherited in clause?.inheritedTypes ?? [] {
            let t = type(inherited.type, context)
            switch t {
            case .existential(let p): world.addConformance(p, to: n)
            case .nominal(let c, _) where c.isClass && n.isClass && n.superclass == nil: n.superclass = t
            case .nominal where n.kind == .enumeration && n.rawType == nil: n.rawType = t
            default: break
            }
        }
        if n.kind == .enumeration, let raw = n.rawType {
            let rawValue = Member(name: "rawValue", kind: .property(raw, settable: false), owner: n)
            n.members.replace(rawValue)
            let sig = FunctionSignature(parameters: [ParameterDecl(label: "rawValue", name: "rawValue", type: raw)],
                                        result: world.optional(n.declaredType))
            n.initializers.append(Member(name: "init", kind: .function(sig), owner: n))
        }
    }

    private func readGenericConstraints(_ clause: GenericParameterClauseSyntax?, _ params: [GenericParameter], _ context: TypeContext) {
        guard let clause else { return }
        for (syntax, p) in zip(clause.parameters, params) {
            if let inherited = syntax.inheritedType { constrain(p, inherited, context) }
        }
        if let w = clause.genericWhereClause { for r in requirements(w, context) { apply(r) } }
    }

    private func constrain(_ p: GenericParameter, _ syntax: TypeSyntax, _ context: TypeContext) {
        if let comp = syntax.as(CompositionTypeSyntax.self) {
            for e in comp.elements { constrain(p, e.type, context) }
            return
        }
        switch type(syntax, context) {
        case .existential(let proto): p.conformances.append(proto)
        case let t where t.nominal?.isClass == true: p.superclass = t
        default: break
        }
    }

    /// The requirements of a `where` clause.
    func requirements(_ w: GenericWhereClauseSyntax, _ context: TypeContext) -> [Requirement] {
        var out: [Requirement] = []
        for r in w.requirements {
            switch r.requirement {
            case .conformanceRequirement(let c):
                let lhs = type(c.leftType, context)
                var rights: [TypeSyntax] = [c.rightType]
                if let comp = c.rightType.as(CompositionTypeSyntax.self) { rights = comp.elements.map(\.type) }
                for rt in rights {
                    switch type(rt, context) {
                    case .existential(let p): out.append(.conforms(lhs, p))
                    case let t where t.nominal?.isClass == true: out.append(.superclass(lhs, t))
                    default: break
                    }
                }
            case .sameTypeRequirement(let s):
                guard case .type(let l) = s.leftType, case .type(let rr) = s.rightType else { continue }
                out.append(.sameType(type(l, context), type(rr, context)))
            default: continue
            }
        }
        return out
    }

    /// A requirement on a plain generic parameter becomes part of the parameter itself (so that
    /// member lookup on `T` sees it); others stay requirements of the signature.
    private func apply(_ r: Requirement) {
        if case .conforms(.parameter(let p), let proto) = r { p.conformances.append(proto) }
        if case .superclass(.parameter(let p), let c) = r { p.superclass = c }
    }

    /// The type an extension extends, the names visible in its body and its requirements.
    /// `extension [Double]` and `extension Dictionary where Key == String, Value == Int` make
    /// `Self` and those generic parameters concrete inside the body, as Swift does. For checking
    /// bodies (`forBodies`), `extension Stack where Element: Numeric` also gives `Element` the
    /// extra conformance there (a parameter of its own, so the type's stays unconstrained).
    func extensionContext(_ x: ExtensionDeclSyntax, forBodies: Bool = false) -> (NominalType, TypeContext, [Requirement])? {
        guard let extended = resolver.resolve(x.extendedType, TypeContext()) else {
            unknownType(x.extendedType)
            return nil
        }
        let n: NominalType
        switch extended {
        case .nominal(let nominal, _): n = nominal
        case .existential(let p): n = p
        default: return nil
        }
        var context = contextInside(n)
        var reqs = x.genericWhereClause.map { requirements($0, context) } ?? []
        if case .nominal(_, let args) = extended, !args.isEmpty, args.allSatisfy({ !$0.isUnknown }) {
            // `extension [Double]`: as `extension Array where Element == Double`.
            for (p, a) in zip(n.genericParameters, args) { reqs.append(.sameType(.parameter(p), a)) }
        }
        var concrete: [ObjectIdentifier: SwiftType] = [:]
        for r in reqs {
            guard case .sameType(let l, let r) = r else { continue }
            if case .parameter(let p) = l, n.genericParameters.contains(where: { $0 === p }), r.isFullyKnown { concrete[ObjectIdentifier(p)] = r }
        }
        var refined: [ObjectIdentifier: GenericParameter] = [:]
        if forBodies, !n.isProtocol {
            for r in reqs {
                switch r {
                case .conforms(.parameter(let p), _), .superclass(.parameter(let p), _):
                    guard n.genericParameters.contains(where: { $0 === p }), concrete[ObjectIdentifier(p)] == nil else { continue }
                    let q = refined[ObjectIdentifier(p)] ?? {
                        let q = GenericParameter(p.name, conformances: p.conformances)
                        q.superclass = p.superclass
                        return q
                    }()
                    if case .conforms(_, let proto) = r { q.conformances.append(proto) }
                    if case .superclass(_, let c) = r { q.superclass = c }
                    refined[ObjectIdentifier(p)] = q
                default: continue
                }
            }
        }
        if !n.isProtocol, !concrete.isEmpty || !refined.isEmpty {
            let args = n.genericParameters.map { p in
                concrete[ObjectIdentifier(p)] ?? refined[ObjectIdentifier(p)].map { .parameter($0) } ?? .parameter(p)
            }
            context.selfType = .nominal(n, args)
            for p in n.genericParameters {
                if let t = concrete[ObjectIdentifier(p)] { context.concrete[p.name] = t }
                if let q = refined[ObjectIdentifier(p)] { context.parameters[p.name] = q }
            }
        }
        return (n, context, reqs)
    }

    private func readExtension(_ x: ExtensionDeclSyntax) {
        guard let (n, context, reqs) = extensionContext(x) else { return }
        for inherited in x.inheritanceClause?.inheritedTypes ?? [] {
            guard case .existential(let p) = type(inherited.type, context) else { continue }
            if reqs.isEmpty { world.addConformance(p, to: n) } else { n.conditionalConformances.append((p, reqs)) }
        }
        readDeclarations(x.memberBlock.members.map(\.decl), in: n)
        readMembers(x.memberBlock.members.map(\.decl), of: n, context: context, extensionRequirements: reqs, isExtension: true)
    }

    /// Associated types a conforming lesson type does not declare, inferred from the members
    /// that witness the protocol's requirements, as Swift infers them (`func predict(_ x: [Double])`
    /// witnessing `func predict(_ x: Input)` makes `Input` be `[Double]`).
    private func inferAssociatedTypes(_ n: NominalType) {
        guard n.origin == .lesson, !n.isProtocol else { return }
        for p in world.declaredConformances(n) where !p.associatedTypes.isEmpty {
            for a in p.associatedTypes where n.typeAliases[a] == nil && n.nestedTypes[a] == nil {
                search: for name in p.members.names {
                    for r in p.members[name] where r.isRequirement {
                        for w in n.members[name] {
                            if let found = witnessed(a, requirement: r, witness: w) { n.typeAliases[a] = found; break search }
                        }
                    }
                }
            }
        }
    }

    /// What associated type `a` is in `witness`, matched against where `requirement` names it.
    private func witnessed(_ a: String, requirement r: Member, witness w: Member) -> SwiftType? {
        func match(_ req: SwiftType, _ wit: SwiftType) -> SwiftType? {
            switch (req, wit) {
            case (.dependent(.parameter, let name), _) where name == a: return wit
            case (.nominal(let x, let xs), .nominal(let y, let ys)) where x === y && xs.count == ys.count:
                for (p, q) in zip(xs, ys) { if let t = match(p, q) { return t } }
            case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count:
                for (p, q) in zip(xs, ys) { if let t = match(p.type, q.type) { return t } }
            case (.function(let f), .function(let g)) where f.parameters.count == g.parameters.count:
                for (p, q) in zip(f.parameters, g.parameters) { if let t = match(p.type, q.type) { return t } }
                return match(f.result, g.result)
            default: break
            }
            return nil
        }
        switch (r.kind, w.kind) {
        case (.property(let x, _), .property(let y, _)): return match(x, y)
        case (.function(let x), .function(let y)) where x.selector(r.name) == y.selector(w.name):
            for (p, q) in zip(x.parameters, y.parameters) { if let t = match(p.type, q.type) { return t } }
            return match(x.result, y.result)
        default: return nil
        }
    }

    private func isStatic(_ modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
    }

    private func hasAttribute(_ attributes: AttributeListSyntax, _ name: String) -> Bool {
        attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == name }
    }

    private func readMembers(_ decls: [DeclSyntax], of n: NominalType, context: TypeContext,
                             extensionRequirements: [Requirement], isExtension: Bool) {
        let isRequirement = n.isProtocol && !isExtension
        func add(_ m: Member) {
            m.isRequirement = isRequirement
            m.extensionRequirements = extensionRequirements
            world.addMember(m, to: n)
        }
        for d in decls {
            if let v = d.as(VariableDeclSyntax.self) {
                let stat = isStatic(v.modifiers)
                let isLet = v.bindingSpecifier.text == "let"
                // `var a, b: Double`: the annotation of a later binding covers the earlier ones.
                var pendingNames: [(PatternBindingSyntax, String)] = []
                for binding in v.bindings {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    let name = id.identifier.text
                    var settable = !isLet
                    var computed = false
                    if let accessors = binding.accessorBlock {
                        switch accessors.accessors {
                        case .getter: settable = false; computed = true
                        case .accessors(let list):
                            let kinds = Set(list.map(\.accessorSpecifier.text))
                            computed = kinds.contains("get") || kinds.isEmpty
                            if computed { settable = kinds.contains("set") }
                            if n.isProtocol { settable = kinds.contains("set") }
                        }
                    }
                    if let annotation = binding.typeAnnotation {
                        let t = type(annotation.type, context)
                        for (b, earlier) in pendingNames { addProperty(earlier, t, b, settable: settable) }
                        pendingNames = []
                        addProperty(name, t, binding, settable: settable)
                    } else if binding.initializer != nil {
                        let m = Member(name: name, kind: .property(.unknown, settable: settable), owner: n)
                        m.isStatic = stat
                        m.declaration = binding.id
                        add(m)
                        untypedProperties.append((n, m, binding, stat))
                        if !stat, !computed, !isExtension {
                            n.storedProperties.append(StoredProperty(name: name, type: .unknown, hasDefault: true, isLet: isLet))
                        }
                    } else {
                        pendingNames.append((binding, name))
                    }
                    func addProperty(_ name: String, _ t: SwiftType, _ b: PatternBindingSyntax, settable: Bool) {
                        let m = Member(name: name, kind: .property(t, settable: settable), owner: n)
                        m.isStatic = stat
                        m.declaration = b.id
                        add(m)
                        let isComputed = b.accessorBlock.map { block -> Bool in
                            if case .accessors(let list) = block.accessors {
                                let kinds = Set(list.map(\.accessorSpecifier.text))
                                return kinds.contains("get") || kinds.isEmpty
                            }
                            return true
                        } ?? false
                        // `override var x { didSet … }` observes the superclass's stored property.
                        let isOverride = v.modifiers.contains { $0.name.text == "override" }
                        if !stat, !isComputed, !isExtension, !n.isProtocol, !isOverride {
                            // An optional `var` without an initialiser starts as nil.
                            let implicitNil = !isLet && t.nominal?.builtin == .optional
                            n.storedProperties.append(StoredProperty(name: name, type: t, hasDefault: b.initializer != nil || implicitNil,
                                                                     isLet: isLet))
                        }
                    }
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                let m = functionMember(f, context: context, owner: n)
                add(m)
            } else if let i = d.as(InitializerDeclSyntax.self) {
                var ps: [GenericParameter] = []
                let ctx = genericContext(i.genericParameterClause, context, &ps)
                var sig = signature(i.signature.parameterClause, result: i.optionalMark != nil ? world.optional(context.selfType ?? .unknown) : (context.selfType ?? .unknown),
                                    effects: i.signature.effectSpecifiers, context: ctx)
                sig.genericParameters = ps
                if let w = i.genericWhereClause { sig.requirements = requirements(w, ctx) }
                let m = Member(name: "init", kind: .function(sig), owner: n)
                m.declaration = i.id
                m.isLesson = origin == .lesson
                m.isRequirement = isRequirement
                m.extensionRequirements = extensionRequirements
                world.addInitializer(m, to: n)
                if !isExtension { n.hasBodyInitializer = true }
            } else if let s = d.as(SubscriptDeclSyntax.self) {
                var ps: [GenericParameter] = []
                let ctx = genericContext(s.genericParameterClause, context, &ps)
                let result = type(s.returnClause.type, ctx)
                var sig = signature(s.parameterClause, result: result, effects: nil, context: ctx)
                sig.genericParameters = ps
                // Subscript parameters have no argument labels unless written twice (`subscript(row r: Int)`).
                for (k, p) in s.parameterClause.parameters.enumerated() where p.secondName == nil {
                    sig.parameters[k].label = nil
                }
                var settable = false
                if case .accessors(let list)? = s.accessorBlock?.accessors {
                    settable = list.contains { $0.accessorSpecifier.text == "set" }
                }
                let m = Member(name: "subscript", kind: .function(sig), owner: n)
                m.isStatic = isStatic(s.modifiers)
                m.isSettable = settable
                m.declaration = s.id
                add(m)
            } else if let c = d.as(EnumCaseDeclSyntax.self) {
                for element in c.elements {
                    var payload: [TupleElement] = []
                    for p in element.parameterClause?.parameters ?? [] {
                        let label = p.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil
                        payload.append(TupleElement(label, type(p.type, context)))
                    }
                    let ec = EnumCase(name: element.name.text, payload: payload, hasPayload: element.parameterClause != nil)
                    n.cases.append(ec)
                    let m = Member(name: ec.name, kind: .enumCase(ec), owner: n)
                    m.isStatic = true
                    m.declaration = element.id
                    add(m)
                }
            } else if let a = d.as(AssociatedTypeDeclSyntax.self) {
                n.associatedTypes.append(a.name.text)
            }
        }
    }

    private func genericContext(_ clause: GenericParameterClauseSyntax?, _ context: TypeContext, _ out: inout [GenericParameter]) -> TypeContext {
        guard let clause else { return context }
        let ps = clause.parameters.map { GenericParameter($0.name.text) }
        out = ps
        let ctx = context.adding(ps)
        readGenericConstraints(clause, ps, ctx)
        return ctx
    }

    /// A function's signature, as a member of `owner` (nil for a free function).
    func functionMember(_ f: FunctionDeclSyntax, context: TypeContext, owner: NominalType?) -> Member {
        var ps: [GenericParameter] = []
        let ctx = genericContext(f.genericParameterClause, context, &ps)
        let result = f.signature.returnClause.map { type($0.type, ctx) } ?? .void
        var sig = signature(f.signature.parameterClause, result: result, effects: f.signature.effectSpecifiers, context: ctx)
        sig.genericParameters = ps
        if let w = f.genericWhereClause {
            let reqs = requirements(w, ctx)
            for r in reqs { apply(r) }
            sig.requirements = reqs.filter {
                if case .conforms(.parameter, _) = $0 { return false }
                return true
            }
        }
        let name = f.name.text
        let m = Member(name: name, kind: .function(sig), owner: owner)
        m.isStatic = isStatic(f.modifiers)
        m.isMutating = f.modifiers.contains { $0.name.text == "mutating" }
        m.isPrefixOperator = f.modifiers.contains { $0.name.text == "prefix" }
        m.isPostfixOperator = f.modifiers.contains { $0.name.text == "postfix" }
        m.discardableResult = hasAttribute(f.attributes, "discardableResult")
        m.declaration = f.id
        m.isLesson = origin == .lesson
        return m
    }

    func signature(_ clause: FunctionParameterClauseSyntax, result: SwiftType, effects: FunctionEffectSpecifiersSyntax?,
                   context: TypeContext) -> FunctionSignature {
        var params: [ParameterDecl] = []
        for p in clause.parameters {
            var t = p.type
            var isInout = false
            var isAutoclosure = false
            if let a = t.as(AttributedTypeSyntax.self) {
                isInout = a.specifiers.contains { $0.trimmedDescription == "inout" }
                isAutoclosure = a.attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "autoclosure" }
                t = a.baseType
            }
            var ty = type(t, context)
            if isAutoclosure, case .function(let f) = ty { ty = f.result }
            let first = p.firstName.text
            let label: String? = first == "_" ? nil : first
            let name = p.secondName?.text ?? first
            params.append(ParameterDecl(label: label, name: name, type: ty, hasDefault: p.defaultValue != nil,
                                        isInout: isInout, isVariadic: p.ellipsis != nil, isAutoclosure: isAutoclosure))
        }
        let throwsText = effects?.throwsClause?.throwsSpecifier.text
        return FunctionSignature(parameters: params, result: result, isThrowing: throwsText == "throws",
                                 isRethrowing: throwsText == "rethrows")
    }
}
