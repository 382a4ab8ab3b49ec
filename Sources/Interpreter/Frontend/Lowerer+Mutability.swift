import SwiftSyntax

/// Swift's immutability rules for `let`: constants, parameters, `let` properties, and value
/// types reached through a constant. Checked when the cell is lowered, as the compiler would.
extension Lowerer {
    enum Mutation { case assign, compoundAssign, inoutArgument, mutatingCall }

    /// Throws Swift's error if `target` may not be mutated in this way.
    func checkMutable(_ target: ExprSyntax, _ mutation: Mutation) throws {
        // Walk to the root variable, remembering whether the path goes through members/subscripts.
        var node = target
        var path: [ExprSyntax] = []
        while true {
            if let t = node.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { node = only.expression; continue }
            if let m = node.as(MemberAccessExprSyntax.self), let base = m.base { path.append(node); node = base; continue }
            if let s = node.as(SubscriptCallExprSyntax.self) { path.append(node); node = s.calledExpression; continue }
            if let u = node.as(ForceUnwrapExprSyntax.self) { node = u.expression; continue }
            break
        }
        // `let` properties of lesson structs and classes (assignable only in an initialiser of `self`).
        if let m = target.as(MemberAccessExprSyntax.self), let base = m.base, mutation != .mutatingCall || true {
            let name = m.declName.baseName.text
            if let t = staticNamedType(base), let i = t.fieldIndex[name], t.fields[i].isLet {
                let isSelfInInit = base.as(DeclReferenceExprSyntax.self)?.baseName.text == "self" && scope.isInitializer
                if !isSelfInInit, mutation != .mutatingCall {
                    throw LecternError("cannot assign to property: '\(name)' is a 'let' constant", at: loc(m.declName))
                }
            }
        }
        guard let root = node.as(DeclReferenceExprSyntax.self) else { return }
        let name = root.baseName.text
        if path.isEmpty, let t = scope.selfType, name != "self", case .member = resolve(name),
           let i = t.fieldIndex[name], t.fields[i].isLet, !scope.isInitializer, mutation != .mutatingCall {
            throw LecternError("cannot assign to property: '\(name)' is a 'let' constant", at: loc(root))
        }
        guard let (isLet, type) = constantInfo(name), isLet else { return }
        if mutation == .compoundAssign, path.isEmpty || (isValueType(type) && pathIsValueTyped(type, path)) {
            throw LecternError("left side of mutating operator isn't mutable: '\(name)' is a 'let' constant", at: loc(root))
        }
        if path.isEmpty {
            switch mutation {
            case .assign, .compoundAssign:
                throw LecternError("cannot assign to value: '\(name)' is a 'let' constant", at: loc(root))
            case .inoutArgument:
                throw LecternError("cannot pass immutable value as inout argument: '\(name)' is a 'let' constant", at: loc(root))
            case .mutatingCall:
                guard isValueType(type) else { return }
                throw LecternError("cannot use mutating member on immutable value: '\(name)' is a 'let' constant", at: loc(root))
            }
        }
        // Through a constant, only value types are immutable (a class instance's properties are not).
        guard isValueType(type), pathIsValueTyped(type, path) else { return }
        switch mutation {
        case .mutatingCall:
            throw LecternError("cannot use mutating member on immutable value: '\(name)' is a 'let' constant", at: loc(root))
        default:
            if let last = path.last, last.is(SubscriptCallExprSyntax.self), path.count == 1 {
                throw LecternError("cannot assign through subscript: '\(name)' is a 'let' constant", at: loc(root))
            }
            throw LecternError("cannot assign to property: '\(name)' is a 'let' constant", at: loc(root))
        }
    }

    /// Whether `name` is a `let` constant here, and its static type.
    private func constantInfo(_ name: String) -> (Bool, TypeSpec?)? {
        var s: FunctionScope? = scope
        while let sc = s {
            if let l = sc.lookupHere(name) { return (l.isLet, l.type) }
            if let t = sc.selfType, t.hasMember(name) { return nil }
            s = sc.parent
        }
        if cellGlobals.contains(name) || rt.declaredGlobals.contains(name), let g = rt.globalIndex[name] {
            return (rt.letGlobals.contains(g), rt.globalTypes[g])
        }
        return nil
    }

    private func isValueType(_ type: TypeSpec?) -> Bool {
        switch type {
        case .array?, .dictionary?, .set?, .string?, .tuple?, .int?, .double?, .float?, .bool?: return true
        case .named(let n)?: return lookupType(n).map { $0.kind != .classType && !$0.isClassBound } ?? false
        default: return false
        }
    }

    /// Whether every step from the root through `path` stays inside value types (member steps
    /// into a class-typed property end the immutability).
    private func pathIsValueTyped(_ root: TypeSpec?, _ path: [ExprSyntax]) -> Bool {
        var current = root
        for step in path.reversed() {
            guard isValueType(current) else { return false }
            if let m = step.as(MemberAccessExprSyntax.self) {
                guard case .named(let n)? = current, let t = lookupType(n), let i = t.fieldIndex[m.declName.baseName.text] else {
                    return step == path.first  // the final property of a known value type
                }
                current = t.fields[i].type
            } else if step.is(SubscriptCallExprSyntax.self) {
                switch current {
                case .array(let e)?: current = e
                case .dictionary(_, let v)?: current = v
                default: return step == path.first
                }
            }
        }
        return true
    }

    /// The lesson type of a simple expression (a variable or `self`), when known.
    private func staticNamedType(_ e: ExprSyntax) -> TypeInfo? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            if d.baseName.text == "self" { return enclosingSelfType() }
            if case .named(let n)? = (try? staticTypeOf(e)) ?? nil { return lookupType(n) }
        }
        return nil
    }
}
