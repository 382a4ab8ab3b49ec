import SwiftSyntax

/// Closures: parameter types from the context (or annotations), the result from the context or
/// the body, checked with the statement that contains them.
extension TypeChecker {
    /// The number of parameters a closure declares, nil when it declares none and uses `$n`.
    func closureParameterCount(_ c: ClosureExprSyntax) -> Int? {
        switch c.signature?.parameterClause {
        case .simpleInput(let list)?: return list.count
        case .parameterClause(let clause)?: return clause.parameters.count
        case nil:
            let n = highestAnonymousParameter(c)
            return n.map { $0 + 1 } ?? 0
        }
    }

    func usesAnonymousParameters(_ c: ClosureExprSyntax) -> Bool { highestAnonymousParameter(c) != nil }

    /// The highest `$n` used in the closure's own body (not in closures nested in it).
    func highestAnonymousParameter(_ c: ClosureExprSyntax) -> Int? {
        var best: Int?
        for token in c.statements.tokens(viewMode: .sourceAccurate) {
            guard case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) else { continue }
            var p: Syntax? = token.parent
            var nested = false
            while let x = p, x.id != c.id {
                if x.is(ClosureExprSyntax.self) { nested = true; break }
                p = x.parent
            }
            if !nested { best = max(best ?? n, n) }
        }
        return best
    }

    func inferClosure(_ c: ClosureExprSyntax, _ hint: SwiftType?) -> SwiftType {
        var expected: FunctionType?
        if let h = hint, case .function(let f) = cs.resolve(unwrapOptional(h)) { expected = f }
        var names: [String] = []
        var annotated: [SwiftType?] = []
        var explicitResult: SwiftType?
        var anonymous = false
        switch c.signature?.parameterClause {
        case .simpleInput(let list)?:
            names = list.map(\.name.text)
            annotated = names.map { _ in nil }
        case .parameterClause(let clause)?:
            for p in clause.parameters {
                names.append((p.secondName ?? p.firstName).text)
                annotated.append(p.type.flatMap { resolveType(stripAttributes($0)) })
            }
        case nil:
            anonymous = true
            let n = (highestAnonymousParameter(c) ?? -1) + 1
            names = (0..<n).map { "$\($0)" }
            annotated = names.map { _ in nil }
        }
        if let r = c.signature?.returnClause { explicitResult = resolveType(r.type) ?? .unknown }
        var params: [FunctionType.Parameter] = []
        /// `{ a, b in … }` or `{ $0 + $1 }` for a function of one tuple parameter: the closure's
        /// parameters are the tuple's elements (SE-0110's exception).
        var splatted: [SwiftType]?
        if let f = expected, f.parameters.count == 1, names.count > 1, case .tuple(let es) = cs.resolve(f.parameters[0].type),
           es.count == names.count {
            splatted = es.map(\.type)
            params = f.parameters
        } else if let f = expected, f.parameters.count == names.count || (anonymous && names.count < f.parameters.count) {
            params = f.parameters
            for (k, a) in annotated.enumerated() where k < params.count {
                if let a, !cs.unify(a, params[k].type) {
                    error("cannot convert value of type '\(show(params[k].type))' to closure parameter type '\(show(a))'", at: c)
                }
            }
        } else {
            params = annotated.map { .init($0 ?? cs.fresh()) }
        }
        let result = explicitResult ?? expected?.result ?? cs.fresh()
        if let e = expected?.result, explicitResult != nil, !cs.unify(result, e) {
            error("cannot convert value of type '\(show(result))' to closure result type '\(show(e))'", at: c)
        }
        let saved = function
        withScope {
            var ctx = function
            ctx.result = result
            ctx.isClosure = true
            ctx.isInitializer = false
            let parameterTypes = splatted ?? params.map(\.type)
            if anonymous {
                ctx.anonymousParameters = parameterTypes
            } else {
                ctx.anonymousParameters = []
                for (k, name) in names.enumerated() where k < parameterTypes.count && name != "_" {
                    declareLocal(name, parameterTypes[k], isLet: splatted != nil || !params[k].isInout)
                }
            }
            if let capture = c.signature?.capture {
                for item in capture.items {
                    let name = item.name.text
                    if let initializer = item.initializer {
                        declareLocal(name, infer(initializer.value), isLet: true)
                    } else if let b = scope.lookup(name) {
                        let t = item.specifier?.specifier.text == "weak" ? world.optional(b.type) : b.type
                        declareLocal(name, t, isLet: true)
                    } else if name == "self", let s = saved.selfType {
                        declareLocal(name, item.specifier?.specifier.text == "weak" ? world.optional(s) : s, isLet: true)
                    }
                }
            }
            function = ctx
            let items = Array(c.statements)
            if items.count == 1, case .expr(let e) = items[0].item, !e.is(IfExprSyntax.self) || isExpressionBody(e),
               !e.is(SwitchExprSyntax.self) || isExpressionBody(e) {
                let r = cs.resolve(result)
                if r == .void {
                    infer(e)
                } else {
                    let t = infer(e, result)
                    if !convert(e, t, to: result) {
                        // A single-expression closure of Void type may end in any expression.
                        if case .variable = cs.resolve(result) {} else if cs.resolve(result) != .void {
                            error(ConversionSite.closureResult.message(show(t), show(result)), at: e)
                        }
                    }
                }
            } else {
                checkItems(c.statements)
                if case .variable = cs.resolve(result), !containsValueReturn(c) { _ = cs.unify(result, .void) }
            }
        }
        function = saved
        return .function(FunctionType(parameters: params, result: result, isThrowing: expected?.isThrowing ?? false))
    }

    private func stripAttributes(_ t: TypeSyntax) -> TypeSyntax {
        if let a = t.as(AttributedTypeSyntax.self) { return a.baseType }
        return t
    }

    /// `if`/`switch` as a closure's single expression yields a value only when every branch is one expression.
    private func isExpressionBody(_ e: ExprSyntax) -> Bool {
        if let i = e.as(IfExprSyntax.self) {
            guard i.body.statements.count == 1, case .expr = i.body.statements.first!.item else { return false }
            switch i.elseBody {
            case .codeBlock(let b)?: if b.statements.count == 1, case .expr = b.statements.first!.item { return true }; return false
            case .ifExpr(let nested)?: return isExpressionBody(ExprSyntax(nested))
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

    /// Whether the closure's own body returns a value somewhere.
    private func containsValueReturn(_ c: ClosureExprSyntax) -> Bool {
        for token in c.statements.tokens(viewMode: .sourceAccurate) where token.tokenKind == .keyword(.return) {
            guard let r = token.parent?.as(ReturnStmtSyntax.self), r.expression != nil else { continue }
            var p: Syntax? = r.parent
            var nested = false
            while let x = p, x.id != c.id {
                if x.is(ClosureExprSyntax.self) || x.is(FunctionDeclSyntax.self) { nested = true; break }
                p = x.parent
            }
            if !nested { return true }
        }
        return false
    }
}
