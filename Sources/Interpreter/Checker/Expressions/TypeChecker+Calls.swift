import SwiftSyntax

/// One argument of a call (or an operand of an operator).
struct CallArgument {
    var label: String?
    var expression: ExprSyntax
    /// An unlabelled trailing closure (matched by the forward scan rule).
    var isTrailingClosure = false
}

/// Calls: argument binding, overload resolution, generic instantiation.
extension TypeChecker {
    /// The arguments of a call, trailing closures included.
    func arguments(of call: FunctionCallExprSyntax) -> [CallArgument] {
        var out = call.arguments.map { CallArgument(label: $0.label?.text, expression: $0.expression) }
        if let t = call.trailingClosure { out.append(CallArgument(label: nil, expression: ExprSyntax(t), isTrailingClosure: true)) }
        for extra in call.additionalTrailingClosures {
            out.append(CallArgument(label: extra.label.text, expression: ExprSyntax(extra.closure)))
        }
        return out
    }

    /// Types the arguments of a call whose callee has no type the checker knows; a closure
    /// among them gets its parameter types only from its own body, so they are marked uncertain.
    func inferWithoutContext(_ args: [CallArgument]) {
        for a in args {
            if let c = a.expression.as(ClosureExprSyntax.self) { facts.uncertainClosures.insert(c.id) }
            infer(a.expression)
        }
    }

    /// Whether an argument can only be typed once its parameter type is known.
    func isContextual(_ e: ExprSyntax) -> Bool {
        if e.is(ClosureExprSyntax.self) || e.is(KeyPathExprSyntax.self) { return true }
        if let m = e.as(MemberAccessExprSyntax.self), m.base == nil { return true }
        if let c = e.as(FunctionCallExprSyntax.self), let m = c.calledExpression.as(MemberAccessExprSyntax.self), m.base == nil { return true }
        if let d = e.as(DeclReferenceExprSyntax.self), Prelude.isOperator(d.baseName.text) { return true }
        if let a = e.as(ArrayExprSyntax.self) { return a.elements.contains { isContextual($0.expression) } }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1 { return isContextual(t.elements.first!.expression) }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return isContextual(p.expression) }
        if let t = e.as(TernaryExprSyntax.self) { return isContextual(t.thenExpression) || isContextual(t.elseExpression) }
        return false
    }

    /// For each parameter, the arguments bound to it; nil when the labels do not fit.
    func bind(_ params: [ParameterDecl], _ args: [CallArgument], isOperator: Bool) -> [[Int]]? {
        if isOperator { return params.count == args.count ? args.indices.map { [$0] } : nil }
        var out: [[Int]] = []
        var i = 0
        for p in params {
            if p.isVariadic {
                var taken: [Int] = []
                if i < args.count, !args[i].isTrailingClosure, args[i].label == p.label {
                    taken.append(i); i += 1
                    while i < args.count, args[i].label == nil, !args[i].isTrailingClosure { taken.append(i); i += 1 }
                }
                if taken.isEmpty && !p.hasDefault && p.label != nil { return nil }
                out.append(taken)
                continue
            }
            if i < args.count {
                let a = args[i]
                if a.isTrailingClosure {
                    if acceptsFunction(p.type) { out.append([i]); i += 1; continue }
                    if p.hasDefault { out.append([]); continue }
                    return nil
                }
                if a.label == p.label { out.append([i]); i += 1; continue }
            }
            if p.hasDefault { out.append([]); continue }
            return nil
        }
        return i == args.count ? out : nil
    }

    private func acceptsFunction(_ t: SwiftType) -> Bool {
        switch cs.resolve(unwrapOptional(t)) {
        case .function, .unknown, .variable, .parameter: return true
        default: return false
        }
    }

    /// A callee's parameters and result for this call: generic parameters become fresh
    /// variables, and the requirements of its signature and extension must hold.
    func instantiate(_ c: Callee) -> (parameters: [ParameterDecl], result: SwiftType)? {
        guard let sig = c.signature else { return nil }
        if c.functionValue != nil { return (sig.parameters, sig.result) }
        var s = c.substitution
        if let owner = c.member?.owner {
            var chain: NominalType? = owner
            while let n = chain {
                for p in n.genericParameters where s[p] == nil { s[p] = cs.fresh(requirements: p.conformances) }
                chain = n.parent
            }
            if owner.isProtocol, s[owner.selfParameter] == nil { s[owner.selfParameter] = cs.fresh(requirements: [owner]) }
        }
        for p in sig.genericParameters { s[p] = cs.fresh(requirements: p.conformances) }
        for r in sig.requirements + (c.member?.extensionRequirements ?? []) where !world.holds(r, s, cs) { return nil }
        let params = sig.parameters.map { p -> ParameterDecl in
            var q = p
            q.type = world.substitute(p.type, s, cs)
            return q
        }
        var result = world.substitute(sig.result, s, cs)
        if case .enumCase? = c.member?.kind, let st = c.selfType { result = world.substitute(st, s, cs) }
        if let m = c.member, m.name == "init", let owner = m.owner, owner.kind == .classType, let st = c.selfType,
           case .nominal(let sub, _) = cs.resolve(st), sub !== owner {
            // An initialiser a subclass inherits makes an instance of the subclass (`Sub()`).
            let made = world.substitute(st, s, cs)
            if case .nominal(let o, let wrapped) = cs.resolve(result), o.builtin == .optional, wrapped.count == 1 {
                result = .nominal(o, [made])
            } else {
                result = made
            }
        }
        return (params, result)
    }

    /// Resolves a call among `candidates`: binds labels, types the arguments, chooses an overload
    /// (now, or once the statement tells more) and returns the call's result type.
    func resolveCall(_ candidates: [Callee], _ args: [CallArgument], hint: SwiftType?, node: some SyntaxProtocol,
                     describe: String, isOperator: Bool = false, argumentTypes: [SwiftType?]? = nil,
                     noMatch: ((_ types: [SwiftType?]) -> String)? = nil) -> SwiftType {
        var bound: [(Callee, [[Int]])] = []
        for c in candidates {
            guard let sig = c.signature, let b = bind(sig.parameters, args, isOperator: isOperator) else { continue }
            bound.append((c, b))
        }
        // The only candidate, with concrete parameter types, gives each argument its parameter's
        // type as context, as the compiler types an argument against its parameter
        // (`f((5 / 2).rounded())` with `f(_: Float)` rounds a Float).
        var argumentHints = [SwiftType?](repeating: nil, count: args.count)
        if argumentTypes == nil, bound.count == 1, let sig = bound[0].0.signature {
            for (pi, indexes) in bound[0].1.enumerated() where pi < sig.parameters.count {
                let p = sig.parameters[pi]
                guard !p.isInout, !p.isVariadic, !p.isAutoclosure, p.type.isFullyKnown, !p.type.mentionsParameters else { continue }
                for ai in indexes { argumentHints[ai] = p.type }
            }
        }
        let types: [SwiftType?] = argumentTypes ?? args.enumerated().map { i, a in
            isContextual(a.expression) ? nil : infer(a.expression, argumentHints[i])
        }
        if bound.isEmpty {
            for (i, a) in args.enumerated() where types[i] == nil { infer(a.expression) }
            if candidates.count == 1, let sig = candidates[0].signature {
                reportLabelMismatch(sig, args, at: node)
            } else if !candidates.isEmpty {
                error(noMatch?(types) ?? "no exact matches in call to \(describe)", at: node)
            }
            return .unknown
        }
        if bound.count == 1 {
            let (c, b) = bound[0]
            // The prelude declares Foundation's math overload families (`exp(Double)`, `exp(Float)`…)
            // as one generic function: a call none of them takes gets the compiler's wording.
            if let m = c.member, m.owner == nil, !m.isLesson, !isOperator, !(m.signature?.genericParameters.isEmpty ?? true),
               !attempt({ apply(c, b, args, types, hint: hint, node: node, resultVariable: nil, isOperator: false) != nil }) {
                for (i, a) in args.enumerated() where types[i] == nil { infer(a.expression) }
                error(noMatch?(types) ?? "no exact matches in call to \(describe)", at: node)
                return .unknown
            }
            return apply(c, b, args, types, hint: hint, node: node, resultVariable: nil, isOperator: isOperator) ?? .unknown
        }
        let result = cs.fresh()
        // An operator's value reaches an optional context by being wrapped (no operator of the
        // subset returns an optional), so its overload is chosen by the wrapped type:
        // `let o: Int? = c ? (-2) / 2 : nil` divides Ints, `let d: Double? = 1 / 2` Doubles.
        // The same holds for overloads none of which returns an optional (`let o: Int? = pick(5, 8)`
        // with `pick` on Ints and on Doubles).
        if let h = hint, case .nominal(let n, let wrapped) = cs.resolve(h), n.builtin == .optional, wrapped.count == 1,
           isOperator || !bound.contains(where: { mayReturnOptional($0.0) }) {
            _ = cs.unify(result, wrapped[0])
        }
        let viable = bound.indices.filter { i in
            attempt { apply(bound[i].0, bound[i].1, args, types, hint: hint, node: node, resultVariable: result, isOperator: isOperator) != nil }
        }
        if viable.isEmpty {
            for (i, a) in args.enumerated() where types[i] == nil { infer(a.expression) }
            error(noMatch?(types) ?? "no exact matches in call to \(describe)", at: node)
            return .unknown
        }
        if viable.count == 1 {
            let (c, b) = bound[viable[0]]
            return apply(c, b, args, types, hint: hint, node: node, resultVariable: result, isOperator: isOperator,
                         chosenByType: true) ?? .unknown
        }
        // Overloads that all return the same type (`Double(2)`: `init(_: Int)`, `init(_: Double)`…)
        // give the call its type now, before the statement settles which one runs, so an enclosing
        // operator sees a `Double` (`0.1 * (Double(2) * s)` with `*` declared on `S`).
        if let common = commonResult(of: viable.map { bound[$0].0 }) { _ = cs.unify(result, common) }
        pending.append(PendingChoice(count: viable.count, apply: { k, tc in
            let (c, b) = bound[viable[k]]
            return tc.apply(c, b, args, types, hint: hint, node: node, resultVariable: result, isOperator: isOperator,
                            chosenByType: true) != nil
        }, fail: { tc in
            tc.error(noMatch?(types) ?? "no exact matches in call to \(describe)", at: node)
        }))
        return result
    }

    /// Whether the callee's declared result is (or may be, being generic) an Optional.
    private func mayReturnOptional(_ c: Callee) -> Bool {
        guard let sig = c.signature else { return true }
        if case .enumCase? = c.member?.kind { return true }
        switch sig.result {
        case .nominal(let n, _): return n.builtin == .optional
        case .tuple, .function, .metatype, .existential: return false
        default: return true
        }
    }

    /// The result type every one of `callees` has, when it is the same concrete type for all.
    private func commonResult(of callees: [Callee]) -> SwiftType? {
        let snapshot = cs.snapshot()
        defer { cs.restore(snapshot) }
        var common: SwiftType?
        for c in callees {
            guard let (_, result) = instantiate(c) else { return nil }
            let r = cs.apply(result)
            guard r.isFullyKnown, !r.mentionsParameters else { return nil }
            if let k = common, k != r { return nil }
            common = r
        }
        return common
    }

    /// Applies one candidate: converts each argument to its parameter type. Closures and other
    /// contextual arguments are checked against their parameter only when this is not a trial.
    func apply(_ c: Callee, _ binding: [[Int]], _ args: [CallArgument], _ types: [SwiftType?], hint: SwiftType?,
               node: some SyntaxProtocol, resultVariable: SwiftType?, isOperator: Bool, chosenByType: Bool = false) -> SwiftType? {
        guard let (params, result) = instantiate(c) else {
            if attemptDepth > 0 { attemptFailed = true }
            return nil
        }
        if let rv = resultVariable, !cs.unify(result, rv) { attemptFailed = attemptDepth > 0; return nil }
        if let h = hint, result.mentionsVariables(cs) {
            // A generic result in an optional context is the wrapped type, converted by wrapping
            // (`let o: Int? = xs.reduce(0, +)` reduces Ints), as Swift ranks value-to-optional.
            var target = h
            if cs.resolve(result).isVariable, case .nominal(let n, let wrapped) = cs.resolve(h), n.builtin == .optional,
               wrapped.count == 1 { target = wrapped[0] }
            let snapshot = cs.snapshot()
            if !cs.convert(result, to: target) {
                cs.restore(snapshot)
                if !cs.convert(result, to: h) { cs.restore(snapshot) }
            }
        }
        var ok = true
        for (pi, argIndexes) in binding.enumerated() {
            let p = params[pi]
            for ai in argIndexes {
                let a = args[ai]
                if a.isTrailingClosure { recordTrailingClosure(node, label: p.label) }
                let isAmpersand = a.expression.is(InOutExprSyntax.self)
                if p.isInout && !isOperator {
                    if !isAmpersand {
                        error("passing value of type '\(show(types[ai] ?? p.type))' to an inout parameter requires explicit '&'", at: a.expression)
                        ok = false
                        continue
                    }
                } else if isAmpersand {
                    error("'&' used with non-inout argument of type '\(show(p.type))'", at: a.expression)
                    ok = false
                    continue
                }
                if let t = types[ai] {
                    let fits = p.isInout ? cs.unify(t, p.type) : convert(a.expression, t, to: p.type)
                    if !fits {
                        if isOperator { ok = false; if attemptDepth > 0 { attemptFailed = true } } else {
                            error(ConversionSite.argument.message(show(t), show(p.type)), at: a.expression)
                            ok = false
                        }
                    }
                } else if attemptDepth == 0 {
                    check(a.expression, against: p.type, .argument)
                } else if !closureShapeFits(a.expression, p.type) {
                    attemptFailed = true
                    ok = false
                }
            }
        }
        if !ok { return nil }
        if let m = c.member { recordCallee(node, m, chosenByType: chosenByType) }
        return result
    }

    /// Whether a closure argument could have the parameter's function type (its arity).
    private func closureShapeFits(_ e: ExprSyntax, _ t: SwiftType) -> Bool {
        guard let closure = e.as(ClosureExprSyntax.self) else {
            if let m = e.as(MemberAccessExprSyntax.self), m.base == nil {
                let expected = cs.resolve(unwrapOptional(t))
                switch expected {
                case .nominal, .existential:
                    return !world.members(m.declName.baseName.text, of: expected, isStatic: true, cs).isEmpty
                default: return true
                }
            }
            return true
        }
        guard case .function(let f) = cs.resolve(unwrapOptional(t)) else { return true }
        let n = closureParameterCount(closure)
        return n == nil || n == f.parameters.count || (n == 0 && !usesAnonymousParameters(closure))
    }

    /// An argument's label as written, or the argument itself when it has none.
    static func labelSyntax(of argument: CallArgument) -> Syntax {
        if let label = argument.expression.parent?.as(LabeledExprSyntax.self)?.label { return Syntax(label) }
        return Syntax(argument.expression)
    }

    /// Diagnoses a call whose labels fit the only candidate's parameters nowhere.
    func reportLabelMismatch(_ sig: FunctionSignature, _ args: [CallArgument], at node: some SyntaxProtocol) {
        let params = sig.parameters
        let have = args.filter { !$0.isTrailingClosure }.map { $0.label }
        let required = params.filter { !$0.hasDefault && !$0.isVariadic }
        if args.count > params.count && !params.contains(where: \.isVariadic) {
            let extra = args[min(params.count, args.count - 1)]
            error(extra.label.map { "extra argument '\($0)' in call" } ?? "extra argument in call", at: extra.expression)
            return
        }
        if have.count == params.count {
            let expected = params.map { ($0.label ?? "_") + ":" }.joined()
            let given = have.map { ($0 ?? "_") + ":" }.joined()
            if given != expected {
                let onlyMissing = zip(have, params).allSatisfy { $0 == $1.label || $0 == nil }
                let onlyExtra = zip(have, params).allSatisfy { $0 == $1.label || $1.label == nil }
                // The caret goes on the first label that is wrong (or on the argument lacking one).
                let positional = args.filter { !$0.isTrailingClosure }
                let wrong = zip(positional, params).first { $0.label != $1.label }.map { Self.labelSyntax(of: $0.0) } ?? Syntax(node)
                if onlyMissing, let p = zip(have, params).first(where: { $0 != $1.label })?.1, let l = p.label {
                    error("missing argument label '\(l):' in call", at: wrong)
                } else if onlyExtra, let l = zip(have, params).first(where: { $0 != $1.label })?.0 {
                    error("extraneous argument label '\(l):' in call", at: wrong)
                } else {
                    error("incorrect argument label\(have.count > 1 ? "s" : "") in call (have '\(given)', expected '\(expected)')", at: wrong)
                }
                return
            }
        }
        if let missing = required.first(where: { p in !args.contains { $0.label == p.label } }) ?? required.last {
            let name = missing.label ?? missing.name
            if missing.label == nil, let i = params.firstIndex(where: { $0.name == missing.name }) {
                error("missing argument for parameter #\(i + 1) in call", at: node)
            } else {
                error("missing argument for parameter '\(name)' in call", at: node)
            }
            return
        }
        error("no exact matches in call", at: node)
    }
}

extension SwiftType {
    /// Whether the type still contains unbound variables of the system.
    func mentionsVariables(_ cs: ConstraintSystem) -> Bool {
        switch cs.resolve(self) {
        case .variable: return true
        case .nominal(_, let args): return args.contains { $0.mentionsVariables(cs) }
        case .tuple(let es): return es.contains { $0.type.mentionsVariables(cs) }
        case .function(let f): return f.result.mentionsVariables(cs) || f.parameters.contains { $0.type.mentionsVariables(cs) }
        default: return false
        }
    }
}
