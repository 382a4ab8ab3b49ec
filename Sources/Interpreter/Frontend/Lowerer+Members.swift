import SwiftSyntax

/// Member access (`p.x`, `Type.member`, `.north`) and subscripts (`a[i]`, `d[k, default: 0]`).
extension Lowerer {
    func lowerMemberAccess(_ m: MemberAccessExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let name = m.declName.baseName.text
        let l = loc(m.declName)
        let ev = self.ev
        guard let base = m.base else { return try lowerImplicitMember(name, expected: expected, l) }
        if base.is(SuperExprSyntax.self) { return try lowerSuperProperty(name, base, l) }
        if let declared = try lowerDeclaredMemberAccess(m, base) { return declared }
        if let d = base.as(DeclReferenceExprSyntax.self), case .nativeType(let nt) = resolve(d.baseName.text) {
            let value = try nativeStaticMember(nt, name, called: false, l)
            return LoweredExpr(code: { _ in try value() }, type: .named(nt.name))
        }
        if let t = try staticBase(base) {
            if name == "init" {
                // `xs.map(String.init)`: the type's initialiser as a function.
                let value = Value.type(t)
                return LoweredExpr(code: { _ in .function(Builtin("init") { args, _ in
                    // Called positionally (by map): the labels are those of the initialiser that fits.
                    var labels: [String?] = args.map { _ in nil }
                    if case .user(let ut) = t {
                        if let i = ut.initializers.first(where: { $0.params.count == args.count }) {
                            labels = i.params.map(\.label)
                        } else if ut.kind == .structType, !ut.hasBodyInitializer {
                            let settable = ut.fields.filter { !($0.isLet && $0.initial != nil) }
                            if settable.count >= args.count { labels = settable.prefix(args.count).map { $0.name } }
                        }
                    }
                    return try ev.call(value, args, labels, loc: l)
                }) })
            }
            // Constant-fold enum cases and builtin constants.
            if case .user(let type) = t, let i = type.caseIndex[name], type.cases[i].payloadLabels.isEmpty {
                let v = Value.enumValue(EnumValue(type: type, caseIndex: i, payload: []))
                return LoweredExpr(code: { _ in v }, type: .named(type.name))
            }
            if case .builtin(let spec) = t, let v = try ev.builtinConstant(spec, name, loc: l) {
                return LoweredExpr(code: { _ in v }, type: spec)
            }
            return LoweredExpr(code: { _ in try ev.staticMember(t, name, loc: l) })
        }
        let lowered = try lowerExpr(base)
        let code = lowered.code
        var type: TypeSpec?
        if case .named(let tn)? = lowered.type, let t = lookupType(tn), let i = t.fieldIndex[name] { type = t.fields[i].type }
        if case .array(let e)? = lowered.type, name == "first" || name == "last" { type = .optional(e) }
        if name == "count" || name == "isEmpty" {
            return LoweredExpr(code: { f in
                let v = try code(f)
                if case .array(let a) = v { return name == "count" ? .int(a.count) : .bool(a.isEmpty) }
                return try ev.getMember(v, name, loc: l)
            }, type: name == "count" ? .int : .bool)
        }
        let cache = FieldCache()
        let getter = GetterCache()
        let rt = self.rt
        let noArguments: Code.Expr = { _ in .void }
        let objectCache = FieldCache()
        let general: Code.Expr = { f in
            let v = try code(f)
            if case .object(let o) = v {
                // A class's stored property, by its index for instances of the class seen last.
                if o.type === objectCache.type { return o.fields[objectCache.index] }
                if let (i, _) = ev.plainStoredProperty(o.type, name) {
                    objectCache.type = o.type; objectCache.index = i; return o.fields[i]
                }
            }
            if case .structValue(let s) = v {
                if s.type === cache.type { return s.fields[cache.index] }
                if let i = s.type.fieldIndex[name], !s.type.declaration.hasLazyFields {
                    cache.type = s.type; cache.index = i; return s.fields[i]
                }
            }
            if let unmanaged = getter.lookup(v, name, rt.functionEpoch) {
                return try unmanaged._withUnsafeGuaranteedRef { plan in
                    try plan.run(env: nil, receiver: v, arguments: f, count: 0, first: noArguments, codes: [],
                                 literal: [], rt: rt, loc: l)
                }
            }
            return try ev.getMember(v, name, loc: l)
        }
        if case .local(let slot)? = lowered.source {
            // A stored property of a struct in a slot of this frame (`a.x` of a parameter) is read
            // in place: copying the struct would count references to its type and its fields.
            return LoweredExpr(code: { f in
                if case .structValue(let s) = (f.slots + slot).pointee, s.type === cache.type { return s.fields[cache.index] }
                return try general(f)
            }, type: type)
        }
        return LoweredExpr(code: general, type: type)
    }

    /// The type an expression names, if it is a type (`Point`, `Double`, `[Int]`).
    func staticBase(_ base: ExprSyntax) throws -> TypeRef? {
        if let d = base.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .userType(let t): return .user(t)
            case .builtinType(let b): return .builtin(b)
            default:
                if d.baseName.text == "Self", let t = enclosingSelfType() { return .user(t) }
                return nil
            }
        }
        if let m = base.as(MemberAccessExprSyntax.self), let inner = m.base, let t = try staticBase(inner),
           case .user(let outer) = t, let nested = outer.nestedTypes[m.declName.baseName.text] {
            return .user(nested)  // `Trainer.Config`
        }
        if let a = base.as(ArrayExprSyntax.self), a.elements.count == 1, let only = a.elements.first,
           let t = try staticBase(only.expression) {
            return .builtin(.array(typeSpecOf(t)))
        }
        if let d = base.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1, let only = list.first,
           let k = try staticBase(only.key), let v = try staticBase(only.value) {
            return .builtin(.dictionary(typeSpecOf(k), typeSpecOf(v)))
        }
        if let g = base.as(GenericSpecializationExprSyntax.self) {
            if let lesson = lessonSpecialization(g) { return lesson.map { .user($0) } }
            let lowered = try lowerExpr(ExprSyntax(g))
            if case .type(let t) = try lowered.code(Frame.make(count: 0, parent: nil)) { return t }
        }
        if let t = base.as(TypeExprSyntax.self) { return .builtin(try typeSpec(t.type)) }
        return nil
    }

    func typeSpecOf(_ t: TypeRef) -> TypeSpec {
        switch t {
        case .builtin(let s): return s
        case .user(let u): return .named(u.name)
        }
    }

    /// `.north`, `.pi`, `.circle` without a base: the contextual type decides, else the only
    /// lesson type that has such a case or static member.
    /// `Activation.leakySlope`, `Loss.hinge`, or a static method of a native type as a callable
    /// value (`Tensor.zeros`), which a call then applies.
    func nativeStaticMember(_ nt: NativeLibrary.NativeType, _ name: String, called: Bool, _ l: SourceLoc) throws -> () throws -> Value {
        let lib = ev.library
        if let overloads = nt.staticMethods[name], called || nt.staticMembers[name] == nil {
            let f = Value.function(Builtin(name) { args, labels in
                try lib.call(overloads, name: "\(nt.name).\(name)", args, labels.map { $0 == trailingClosureLabel ? nil : $0 })
            })
            return { f }
        }
        if let member = nt.staticMembers[name] { return member }
        throw LecternError("type '\(nt.name)' has no member '\(name)'", at: l)
    }

    func lowerImplicitMember(_ name: String, expected: TypeSpec?, called: Bool = false, _ l: SourceLoc) throws -> LoweredExpr {
        let ev = self.ev
        var contextual: TypeSpec? = expected
        if case .optional(let w)? = contextual { contextual = w }
        if case .named(let tn)? = contextual, let t = lookupType(tn) {
            return LoweredExpr(code: { _ in try ev.staticMember(.user(t), name, loc: l) }, type: contextual)
        }
        if let spec = contextual, let v = try ev.builtinConstant(spec, name, loc: l) {
            return LoweredExpr(code: { _ in v }, type: spec)
        }
        if case .named(let tn)? = contextual, let nt = ev.library.types[tn] {
            let value = try nativeStaticMember(nt, name, called: called, l)
            return LoweredExpr(code: { _ in try value() }, type: .named(nt.name))
        }
        if let t = findTypeWithMember(name) {
            return LoweredExpr(code: { _ in try ev.staticMember(.user(t), name, loc: l) }, type: .named(t.name))
        }
        if name != "none", name != "some", let nt = ev.library.typeWithStaticMember(name, called: called) {
            let value = try nativeStaticMember(nt, name, called: called, l)
            return LoweredExpr(code: { _ in try value() }, type: .named(nt.name))
        }
        if name == "none" { return LoweredExpr(code: { _ in .none }) }
        if name == "some" {
            return LoweredExpr(code: { _ in .function(Builtin("some") { args, _ in
                guard args.count == 1 else { throw UnlocatedError("'some' takes one value") }
                return .some(args[0])
            }) })
        }
        if ["pi", "infinity", "nan", "greatestFiniteMagnitude", "ulpOfOne", "leastNonzeroMagnitude"].contains(name),
           let v = try ev.builtinConstant(.double, name, loc: l) {
            return LoweredExpr(code: { _ in v }, type: .double)
        }
        if name == "whitespaces" || name == "whitespacesAndNewlines" { return LoweredExpr(code: { _ in .void }) }
        if ["toNearestOrAwayFromZero", "toNearestOrEven", "down", "up", "towardZero", "awayFromZero"].contains(name) {
            return LoweredExpr(code: { _ in .string(name) })
        }
        throw LecternError("cannot infer contextual base in reference to member '\(name)'", at: l)
    }

    func findTypeWithMember(_ name: String) -> TypeInfo? {
        let all = Array(cellTypes.values) + rt.types.values.filter { cellTypes[$0.name] == nil }
        let withCase = all.filter { $0.caseIndex[name] != nil }
        if let t = withCase.first { return t }
        return all.first { $0.staticFields[name] != nil || $0.staticMethods[name] != nil || $0.staticComputed[name] != nil }
    }

    func lowerSubscript(_ s: SubscriptCallExprSyntax) throws -> LoweredExpr {
        if let user = try lowerUserSubscript(s) { return user }
        let l = loc(s)
        let ev = self.ev
        let base = try lowerExpr(s.calledExpression)
        let baseCode = base.code
        let args = Array(s.arguments)
        var elementType: TypeSpec?
        if case .array(let e)? = base.type { elementType = e }
        if case .dictionary(_, let v)? = base.type { elementType = .optional(v) }
        if args.count == 2, args[1].label?.text == "default" {
            let key = try lowerExpr(args[0].expression).code
            let def = try lowerExpr(args[1].expression).code
            return LoweredExpr(code: { f in
                let b = try baseCode(f)
                guard case .dictionary(let d) = b else { throw LecternError("value of type '\(b.typeName)' has no subscript 'default:'", at: l) }
                if let v = d.lookup(try key(f)) { return v }
                return try def(f)
            })
        }
        if args.count > 1, args.allSatisfy({ $0.label == nil }) {
            // `t[i, j]` on a bridged type (a Tensor): the indices go to its subscript as a tuple.
            let indices = try args.map { try lowerExpr($0.expression).code }
            let unsupportedError = unsupported("subscripts with several arguments on values other than bridged types", s)
            return LoweredExpr(code: { f in
                let b = try baseCode(f)
                guard case .native = b else { throw unsupportedError }
                let index = Value.tuple(TupleValue(elements: try indices.map { try $0(f) }, labels: nil))
                return try ev.subscriptGet(b, index, loc: l)
            })
        }
        guard args.count == 1, args[0].label == nil else { throw unsupported("subscripts with several or labelled arguments", s) }
        if args[0].expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "..." {
            // `xs[...]`: the whole collection, as a slice of an array (and a slice itself).
            return LoweredExpr(code: { f in
                switch try baseCode(f) {
                case .array(let a): return .slice(a[...])
                case .slice(let a): return .slice(a)
                case let b: return b
                }
            })
        }
        if let oneSided = try lowerOneSidedRange(args[0].expression) {
            // `xs[..<mid]`, `xs[mid...]`, `xs[...last]`: the missing bound is the collection's own.
            return LoweredExpr(code: { f in
                let b = try baseCode(f)
                let bound = try oneSided.bound(f)
                guard case .int(let n) = bound else { return try ev.subscriptGet(b, bound, loc: l) }
                return try ev.subscriptGet(b, try oneSided.range(n, in: b, loc: l), loc: l)
            })
        }
        let index = try lowerExpr(args[0].expression).code
        return LoweredExpr(code: { f in
            let b = try baseCode(f)
            let i = try index(f)
            if case .array(let a) = b, case .int(let n) = i, n >= 0, n < a.count { return a[n] }
            return try ev.subscriptGet(b, i, loc: l)
        }, type: elementType)
    }
}

/// A one-sided range written in a subscript: `..<b`, `...b` or `a...`.
struct OneSidedRange {
    enum Kind { case upTo, through, from }
    let kind: Kind
    let bound: Code.Expr

    /// The range this means in `base`: the missing bound is the collection's own (a slice's are
    /// its base's positions).
    func range(_ n: Int, in base: Value, loc: SourceLoc) throws -> Value {
        let start: Int, end: Int
        switch base {
        case .array(let a): (start, end) = (0, a.count)
        case .slice(let a): (start, end) = (a.startIndex, a.endIndex)
        case .string(let str): (start, end) = (0, str.count)
        default: throw LecternError("one-sided ranges are supported in subscripts of arrays and strings", at: loc)
        }
        switch kind {
        case .upTo: return .range(start, n)
        case .through: return .closedRange(start, n)
        case .from: return .range(n, end)
        }
    }
}

extension Lowerer {
    func lowerOneSidedRange(_ e: ExprSyntax) throws -> OneSidedRange? {
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
            return OneSidedRange(kind: p.operator.text == "..<" ? .upTo : .through, bound: try lowerExpr(p.expression).code)
        }
        if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
            return OneSidedRange(kind: .from, bound: try lowerExpr(p.expression).code)
        }
        return nil
    }
}

extension Lowerer {
    /// `super.name` inside a class: the superclass's computed property, method (as a value) or stored field on `self`.
    func lowerSuperProperty(_ name: String, _ base: ExprSyntax, _ l: SourceLoc) throws -> LoweredExpr {
        guard let t = scope.selfType ?? enclosingSelfType(), let parent = t.superclass else {
            throw LecternError("'super' cannot be used outside of a class with a superclass", at: loc(base))
        }
        let (depth, slot) = try selfLocation(base)
        let ev = self.ev
        return LoweredExpr(code: { f in
            let receiver = f.ancestor(depth)[slot]
            if let c = parent.findComputed(name) { return try ev.callMethod(c.getter, receiver: receiver, args: [], loc: l) }
            if let ms = parent.findMethod(name) { return .function(BoundMethod(decls: ms, receiver: receiver)) }
            // The superclass's storage, even where this class overrides it with a computed property.
            if case .object(let o) = receiver, let (i, _) = ev.plainStoredProperty(parent, name) { return o.fields[i] }
            return try ev.getMember(receiver, name, loc: l)
        })
    }

    /// Where `self` lives: how many frames out, and its slot.
    private func selfLocation(_ node: ExprSyntax) throws -> (Int, Int) {
        var depth = 0
        var s: FunctionScope? = scope
        while let c = s {
            if let slot = c.selfSlot { return (depth, slot) }
            depth += 1
            s = c.parent
        }
        throw LecternError("'super' cannot be used outside of a method", at: loc(node))
    }
}
