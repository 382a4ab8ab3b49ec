import SwiftSyntax

/// `subscript` declarations of lesson types: `m[i, j]`, `v[word]`, `c[key, default: 0] += 1`,
/// and static subscripts (`Table[3]`).
extension Evaluator {
    /// The lesson type whose subscripts apply to `base` (for a type value, its static ones).
    func subscriptOwner(_ base: Value) -> (TypeInfo, isStatic: Bool)? {
        switch base {
        case .structValue(let s): return (s.type, false)
        case .object(let o): return (o.type, false)
        case .enumValue(let e): return (e.type, false)
        case .type(.user(let t)): return (t, true)
        default: return nil
        }
    }

    /// The subscript a use means: the one the checker chose, else the one whose labels and
    /// parameter types fit the arguments.
    func chooseSubscript(_ type: TypeInfo, isStatic: Bool, _ args: [Value], _ labels: [String?],
                         preferring: SyntaxIdentifier?, loc: SourceLoc) throws -> TypeInfo.Subscript {
        let all = type.allSubscripts(isStatic: isStatic)
        if let id = preferring, let s = all.first(where: { $0.getter.declaration == id }) { return s }
        let fitting = all.filter { s in
            s.getter.accepts(labels: labels) && s.getter.params.count >= args.count
        }
        let typed = fitting.filter { s in
            zip(s.getter.params, args).allSatisfy { p, v in p.type.map { t in t == .any || matches(v, t) || isLooselyTyped(t) } ?? true }
        }
        if let s = typed.first ?? fitting.first { return s }
        if all.isEmpty { throw LecternError("value of type '\(type.name)' has no subscripts", at: loc) }
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        throw LecternError("no subscript of '\(type.name)' accepts (\(have)); candidates: "
                           + all.map { "subscript(" + $0.getter.params.map { ($0.label ?? "_") + ":" }.joined() + ")" }.joined(separator: ", "), at: loc)
    }

    /// Types that `matches` cannot test on a value (closures, tuples with labels); such a
    /// parameter accepts any argument.
    private func isLooselyTyped(_ t: TypeSpec) -> Bool {
        switch t {
        case .named, .function, .closure, .optional: return true
        default: return false
        }
    }

    /// `base[args]` for reading, through a lesson type's subscript.
    func userSubscriptGet(_ base: Value, _ args: [Value], _ labels: [String?], preferring: SyntaxIdentifier?,
                          loc: SourceLoc) throws -> Value {
        guard let (type, isStatic) = subscriptOwner(base) else {
            throw LecternError("value of type '\(base.typeName)' has no subscripts", at: loc)
        }
        let s = try chooseSubscript(type, isStatic: isStatic, args, labels, preferring: preferring, loc: loc)
        return try invoke(s.getter, env: nil, receiver: base, args: args, labels: labels, loc: loc).0
    }

    /// `base[args] = …`, `base[args] += …`: reads through the getter, changes the value, writes
    /// it back through the setter (which for a struct changes `base` in place).
    func modifyUserSubscript(_ base: inout Value, _ args: [Value], _ labels: [String?], preferring: SyntaxIdentifier?,
                             loc: SourceLoc, _ body: (inout Value) throws -> Void) throws {
        guard let (type, isStatic) = subscriptOwner(base) else {
            throw LecternError("value of type '\(base.typeName)' has no subscripts", at: loc)
        }
        let s = try chooseSubscript(type, isStatic: isStatic, args, labels, preferring: preferring, loc: loc)
        guard let setter = s.setter else {
            throw LecternError("cannot assign through subscript: subscript is get-only", at: loc)
        }
        var current = try invoke(s.getter, env: nil, receiver: base, args: args, labels: labels, loc: loc).0
        try body(&current)
        let setterLabels = labels + [nil]
        if setter.isMutating, case .structValue = base {
            _ = try invokeMutating(setter, &base, args + [current], setterLabels, nil, loc)
        } else {
            _ = try invoke(setter, env: nil, receiver: base, args: args + [current], labels: setterLabels, loc: loc)
        }
    }

    /// Whether `base` is a lesson value whose type declares subscripts.
    func hasUserSubscripts(_ base: Value) -> Bool {
        guard let (type, isStatic) = subscriptOwner(base) else { return false }
        return !type.allSubscripts(isStatic: isStatic).isEmpty
    }
}

extension Evaluator {
    /// `base[args]` on a value without lesson subscripts: an array or dictionary index, or the
    /// indices of a bridged tensor (`t[i, j]`).
    func builtinSubscriptGet(_ base: Value, _ args: [Value], _ labels: [String?], loc: SourceLoc) throws -> Value {
        if labels.allSatisfy({ $0 == nil }) {
            if args.count == 1 { return try subscriptGet(base, args[0], loc: loc) }
            if case .native = base { return try subscriptGet(base, .tuple(TupleValue(elements: args, labels: nil)), loc: loc) }
        }
        if labels == [nil, "default"], case .dictionary(let d) = base { return d.lookup(args[0]) ?? args[1] }
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        throw LecternError("value of type '\(base.typeName)' has no subscript accepting (\(have))", at: loc)
    }
}
