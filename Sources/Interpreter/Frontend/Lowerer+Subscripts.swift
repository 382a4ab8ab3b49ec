import SwiftSyntax

/// `subscript` declarations of lesson types, and the uses that reach them (`m[i, j]`,
/// `v[row: 2]`, `counts[word, default: 0] += 1`).
extension Lowerer {
    /// A subscript declaration: a getter taking the index parameters and, with `set`, a setter
    /// taking them and the new value (mutating for a struct, like a `mutating` method).
    func lowerSubscriptDeclaration(_ s: SubscriptDeclSyntax, of type: TypeInfo) throws {
        let isStatic = s.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
        let parameters = s.parameterClause.parameters
        let spec = try typeSpec(s.returnClause.type)
        let getter = FunctionDecl(name: "subscript", loc: loc(s))
        getter.declaration = s.id
        getter.owner = type
        getter.isStatic = isStatic
        rt.declaredFunctions[s.id] = getter
        var setter: FunctionDecl?
        switch s.accessorBlock?.accessors {
        case .getter(let items)?:
            try lowerCallable(getter, parameters: parameters, returnType: s.returnClause.type, body: items,
                              selfType: type, isStatic: isStatic, node: s, generics: s.genericParameterClause)
        case .accessors(let list)?:
            var hasGetter = false
            for a in list {
                switch a.accessorSpecifier.text {
                case "get":
                    hasGetter = true
                    try lowerCallable(getter, parameters: parameters, returnType: s.returnClause.type, body: a.body?.statements ?? [],
                                      selfType: type, isStatic: isStatic, node: a, generics: s.genericParameterClause)
                case "set":
                    let set = FunctionDecl(name: "subscript", loc: loc(a))
                    set.isMutating = type.kind != .classType && !isStatic
                    set.isStatic = isStatic
                    set.owner = type
                    try lowerCallable(set, parameters: parameters, returnType: nil, body: a.body?.statements,
                                      selfType: type, isStatic: isStatic, node: a,
                                      extraParams: [(a.parameters?.name.text ?? "newValue", spec)], generics: s.genericParameterClause)
                    setter = set
                default:
                    throw unsupported("'\(a.accessorSpecifier.text)' accessors in subscripts", a)
                }
            }
            if !hasGetter { throw LecternError("subscript must have a getter", at: loc(s)) }
        case nil:
            throw LecternError("expected '{' in subscript to specify getter and setter implementation", at: loc(s))
        }
        // A subscript's parameters have no argument labels unless written with two names
        // (`subscript(row i: Int)`, `subscript(key: String, default value: Int)`).
        for (k, p) in parameters.enumerated() {
            let label: String? = p.secondName != nil && p.firstName.text != "_" ? p.firstName.text : nil
            getter.params[k].label = label
            setter?.params[k].label = label
        }
        type.memberNames.insert("subscript")
        if isStatic { type.staticSubscripts.append(.init(getter: getter, setter: setter)) } else {
            type.subscripts.append(.init(getter: getter, setter: setter))
        }
    }

    /// The lesson subscript the checker resolved this use to, if any.
    private func lessonSubscript(_ s: SubscriptCallExprSyntax) -> SyntaxIdentifier? {
        guard let m = facts.callee(of: s), m.name == "subscript", m.owner?.origin == .lesson else { return nil }
        return m.declaration
    }

    /// The subscript forms the builtin paths handle on their own: `a[i]` and `d[k, default: v]`.
    private func isBuiltinSubscriptForm(_ args: [LabeledExprSyntax]) -> Bool {
        if args.count == 1, args[0].label == nil { return true }
        return args.count == 2 && args[0].label == nil && args[1].label?.text == "default"
    }

    /// Reads through a lesson subscript: the checker's choice, or any use with labels or several
    /// indices (which only lesson types and bridged tensors have). Nil leaves the use to the
    /// builtin path (whose evaluator falls back to lesson subscripts for lesson values).
    func lowerUserSubscript(_ s: SubscriptCallExprSyntax) throws -> LoweredExpr? {
        let args = Array(s.arguments)
        let chosen = lessonSubscript(s)
        if chosen == nil, args.count == 1 && args[0].label == nil { return nil }
        let l = loc(s), ev = self.ev
        let base = try lowerExpr(s.calledExpression).code
        let codes = try args.map { ExprBox(try lowerExpr($0.expression).code) }
        let labels = args.map { $0.label?.text }
        let isDefault = labels == [nil, "default"]
        return LoweredExpr(code: { f in
            let b = try base(f)
            if isDefault, chosen == nil, case .dictionary(let d) = b {
                // The default is evaluated only when the key is missing, as Swift's autoclosure is.
                if let v = d.lookup(try codes[0].eval(f)) { return v }
                return try codes[1].eval(f)
            }
            var values: [Value] = []
            for c in codes { values.append(try c.eval(f)) }
            if chosen != nil || ev.hasUserSubscripts(b) {
                return try ev.userSubscriptGet(b, values, labels, preferring: chosen, loc: l)
            }
            return try ev.builtinSubscriptGet(b, values, labels, loc: l)
        })
    }

    /// Assignment and mutation through a lesson subscript (see `lowerUserSubscript`); `base`
    /// gives the storage that holds the subscripted value.
    func lowerUserSubscriptLValue(_ s: SubscriptCallExprSyntax, base baseModify: @escaping Code.Modify) throws -> LValue? {
        let args = Array(s.arguments)
        let chosen = lessonSubscript(s)
        if chosen == nil, isBuiltinSubscriptForm(args) { return nil }
        let l = loc(s), ev = self.ev
        let codes = try args.map { ExprBox(try lowerExpr($0.expression).code) }
        let labels = args.map { $0.label?.text }
        return LValue(modify: { f, body in
            var values: [Value] = []
            for c in codes { values.append(try c.eval(f)) }
            try baseModify(f) { v in
                if chosen != nil || ev.hasUserSubscripts(v) {
                    try ev.modifyUserSubscript(&v, values, labels, preferring: chosen, loc: l, body)
                } else if values.count == 1 {
                    try ev.modifySubscript(&v, values[0], loc: l, body)
                } else if labels == [nil, "default"] {
                    try ev.modifyDictionaryDefault(&v, values[0], values[1], loc: l, body)
                } else {
                    try ev.modifySubscript(&v, .tuple(TupleValue(elements: values, labels: nil)), loc: l, body)
                }
            }
        })
    }
}
