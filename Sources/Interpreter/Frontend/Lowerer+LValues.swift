import SwiftSyntax

/// A storage location lesson code can assign to or mutate in place.
struct LValue {
    var modify: Code.Modify
    var type: TypeSpec?
    /// Set for a variable in the current frame (assignments to it take a faster path).
    var localSlot: Int?
    /// Set for a global variable (compound assignments to it take a faster path).
    var globalSlot: Int?
}

/// Assignable expressions: variables, properties, subscripts, `x!`, tuple elements.
extension Lowerer {
    func lowerLValue(_ e: ExprSyntax) throws -> LValue {
        let l = loc(e)
        let ev = self.ev
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return try lowerLValue(only.expression)
        }
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            if name == "self" {
                var depth = 0
                var s: FunctionScope? = scope
                while let sc = s {
                    if let ss = sc.selfSlot {
                        let dd = depth
                        return LValue(modify: { f, body in try body(&f.ancestor(dd)[ss]) })
                    }
                    depth += 1; s = sc.parent
                }
                throw LecternError("cannot find 'self' in scope", at: l)
            }
            switch resolve(name) {
            case .local(0, let slot, let type):
                return LValue(modify: { f, body in try body(&f[slot]) }, type: type, localSlot: slot)
            case .local(let depth, let slot, let type):
                return LValue(modify: { f, body in try body(&f.ancestor(depth)[slot]) }, type: type)
            case .global(let g, let type):
                if type == .function { throw LecternError("cannot assign to value: '\(name)' is a function", at: l) }
                if let observed = observedGlobalLValue(g, type, l) { return observed }
                let rt = self.rt
                return LValue(modify: { _, body in
                    if case .unset = rt.globals[g], rt.failedOrigin[g] != nil { throw rt.unavailable(g, l) }
                    try body(&rt.globals[g])
                }, type: type, globalSlot: g)
            case .member(let depth, let ss, let type):
                let direct = isDirectPropertyAccess(type, name)
                if type.kind == .structType, let i = type.fieldIndex[name], !type.fields[i].isLazy,
                   type.fields[i].observers == nil || direct {
                    // A stored property of `self`: its index is known now.
                    let spec = type.fields[i].type
                    return LValue(modify: { f, body in
                        let p = f.ancestor(depth).slots + ss
                        var matches = false
                        if case .structValue(let peek) = p.pointee { matches = peek.type === type }
                        guard matches, var s = p.pointee.takeStruct() else {
                            return try ev.modifyMember(&p.pointee, name, loc: l, body)
                        }
                        defer { p.pointee = .structValue(s) }
                        try body(&s.fields[i])
                        if let spec { s.fields[i] = coerce(s.fields[i], to: spec, literal: false) }
                    }, type: spec)
                }
                if type.kind == .classType, let (i, field) = ev.plainStoredProperty(type, name), field.observers == nil || direct {
                    // A stored property of a class's `self`: its index is known for instances of
                    // exactly this class (a subclass's instance takes the general path).
                    let spec = field.type
                    return LValue(modify: { f, body in
                        let owner = f.ancestor(depth)
                        guard case .object(let o) = (owner.slots + ss).pointee, o.type === type else {
                            return try ev.modifyMember(&owner[ss], name, loc: l, observed: !direct, body)
                        }
                        try body(&o.fields[i])
                        if let spec { o.fields[i] = coerce(o.fields[i], to: spec, literal: false) }
                    }, type: spec)
                }
                return LValue(modify: { f, body in try ev.modifyMember(&f.ancestor(depth)[ss], name, loc: l, observed: !direct, body) })
            case .userType, .builtinType, .nativeType:
                throw LecternError("cannot assign to type '\(name)'", at: l)
            case .notFound:
                throw LecternError("cannot find '\(name)' in scope", at: l)
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base {
            let name = m.declName.baseName.text
            if let baseRef = base.as(DeclReferenceExprSyntax.self), case .userType(let t) = resolve(baseRef.baseName.text) {
                // `Counter.total += 1`: a static stored property.
                guard let g = t.staticFields[name] else { throw LecternError("type '\(t.name)' has no static stored property '\(name)'", at: l) }
                let rt = self.rt
                return LValue(modify: { _, body in try body(&rt.globals[g]) })
            }
            let inner = try lowerLValueOrValue(base)
            var fieldType: TypeSpec?
            if case .named(let tn)? = inner.type, let t = lookupType(tn), let i = t.fieldIndex[name] { fieldType = t.fields[i].type }
            let baseModify = inner.modify
            let observed = !(base.as(DeclReferenceExprSyntax.self)?.baseName.text == "self"
                             && enclosingSelfType().map { isDirectPropertyAccess($0, name) } == true)
            return LValue(modify: { f, body in
                try baseModify(f) { v in try ev.modifyMember(&v, name, loc: l, observed: observed, body) }
            }, type: fieldType)
        }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            let inner = try lowerLValueOrValue(s.calledExpression)
            let args = Array(s.arguments)
            let baseModify = inner.modify
            if let user = try lowerUserSubscriptLValue(s, base: baseModify) { return user }
            var elementType: TypeSpec?
            if case .array(let el)? = inner.type { elementType = el }
            if case .slice(let el)? = inner.type { elementType = el }
            if case .dictionary(_, let v)? = inner.type { elementType = .optional(v) }
            if args.count == 2, args[1].label?.text == "default" {
                let key = try lowerExpr(args[0].expression).code
                let def = try lowerExpr(args[1].expression).code
                return LValue(modify: { f, body in
                    let k = try key(f)
                    let d = try def(f)
                    try baseModify(f) { v in try ev.modifyDictionaryDefault(&v, k, d, loc: l, body) }
                })
            }
            guard args.count == 1 || args.count == 2, args.allSatisfy({ $0.label == nil }) else {
                throw unsupported("this subscript", s)
            }
            if args.count == 1, let oneSided = try lowerOneSidedRange(args[0].expression) {
                // `xs[2...] = …`: the range is completed from the collection being modified.
                return LValue(modify: { f, body in
                    let bound = try oneSided.bound(f)
                    try baseModify(f) { v in
                        guard case .int(let n) = bound else { return try ev.modifySubscript(&v, bound, loc: l, body) }
                        try ev.modifySubscript(&v, try oneSided.range(n, in: v, loc: l), loc: l, body)
                    }
                })
            }
            let index = try lowerExpr(args[0].expression).code
            if args.count == 2 {
                let index2 = try lowerExpr(args[1].expression).code
                return LValue(modify: { f, body in
                    let i = try index(f), j = try index2(f)
                    try baseModify(f) { v in try ev.modifySubscript(&v, .tuple(TupleValue(elements: [i, j], labels: nil)), loc: l, body) }
                })
            }
            return LValue(modify: { f, body in
                let i = try index(f)
                try baseModify(f) { v in try ev.modifySubscript(&v, i, loc: l, body) }
            }, type: elementType)
        }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            let inner = try lowerLValue(u.expression).modify
            return LValue(modify: { f, body in
                try inner(f) { v in
                    guard case .some(var w) = v else {
                        throw LecternError("unexpectedly found nil while unwrapping an Optional value", at: l)
                    }
                    v = .void
                    defer { v = .some(w) }
                    try body(&w)
                }
            })
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let inner = try lowerLValue(o.expression).modify
            return LValue(modify: { f, body in
                try inner(f) { v in
                    guard case .some(var w) = v else { return }
                    v = .void
                    defer { v = .some(w) }
                    try body(&w)
                }
            })
        }
        throw LecternError("cannot assign to this expression", at: l)
    }

    /// Storage for a base expression; values that are not storage (a call's result) are copied
    /// into a temporary, which is right for class instances and harmless otherwise.
    private func lowerLValueOrValue(_ e: ExprSyntax) throws -> LValue {
        if isStorage(e) { return try lowerLValue(e) }
        let value = try lowerExpr(e)
        let code = value.code
        return LValue(modify: { f, body in
            var v = try code(f)
            try body(&v)
        }, type: value.type)
    }

    func isStorage(_ e: ExprSyntax) -> Bool {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .local, .global, .member: return true
            default: return d.baseName.text == "self"
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base {
            if let b = base.as(DeclReferenceExprSyntax.self), case .userType = resolve(b.baseName.text) { return true }
            return isStorage(base)
        }
        if let s = e.as(SubscriptCallExprSyntax.self) { return isStorage(s.calledExpression) }
        if let u = e.as(ForceUnwrapExprSyntax.self) { return isStorage(u.expression) }
        if let o = e.as(OptionalChainingExprSyntax.self) { return isStorage(o.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { return isStorage(only.expression) }
        return false
    }
}
