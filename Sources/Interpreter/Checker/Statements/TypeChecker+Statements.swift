import SwiftSyntax

/// Statements and blocks. Outside closures each statement is solved on its own (a unit);
/// inside a closure, with the statement that contains the closure.
extension TypeChecker {
    /// Runs `body` as a unit unless a statement is already being solved.
    func statement(_ body: () -> Void) {
        if unitDepth > 0 { body(); return }
        unitDepth += 1
        unit(body)
        unitDepth -= 1
    }

    /// As `statement`, returning a type settled by the unit.
    func statementType(_ body: () -> SwiftType) -> SwiftType {
        if unitDepth > 0 { return body() }
        unitDepth += 1
        unit { unitResult = body() }
        unitDepth -= 1
        return lastSettled
    }

    func checkBlock(_ items: CodeBlockItemListSyntax) {
        withScope { checkItems(items) }
    }

    /// Checks statements in the current scope; local functions are declared first (they may be
    /// called before their declaration).
    func checkItems(_ items: CodeBlockItemListSyntax) {
        for item in items {
            if case .decl(let d) = item.item, let f = d.as(FunctionDeclSyntax.self) { declareLocalFunction(f) }
        }
        for item in items { checkItem(item) }
    }

    func checkItem(_ item: CodeBlockItemSyntax) {
        switch item.item {
        case .decl(let d): checkLocalDeclaration(d)
        case .stmt(let s): checkStatement(s)
        case .expr(let e): checkExpressionStatement(e)
        }
    }

    func checkExpressionStatement(_ e: ExprSyntax) {
        if let i = e.as(IfExprSyntax.self) { checkIf(i); return }
        if let s = e.as(SwitchExprSyntax.self) { checkSwitch(s); return }
        statement { infer(e) }
    }

    func checkStatement(_ s: StmtSyntax) {
        if let e = s.as(ExpressionStmtSyntax.self) { checkExpressionStatement(e.expression); return }
        if let r = s.as(ReturnStmtSyntax.self) {
            statement {
                guard let e = r.expression else { return }
                let result = function.result
                if cs.resolve(result) == .void && !function.isClosure {
                    let t = cs.resolve(infer(e))
                    if t != .void, !t.isUnknown, !t.isVariable {
                        error("unexpected non-void return value in void function", at: e)
                    }
                    return
                }
                let t = infer(e, result)
                if !convert(e, t, to: result) {
                    error((function.isClosure ? ConversionSite.closureResult : .returnValue).message(show(t), show(result)), at: e)
                }
            }
            return
        }
        if let t = s.as(ThrowStmtSyntax.self) { statement { infer(t.expression) }; return }
        if let f = s.as(ForStmtSyntax.self) { checkFor(f); return }
        if let w = s.as(WhileStmtSyntax.self) {
            withScope {
                checkConditions(w.conditions)
                checkBlock(w.body.statements)
            }
            return
        }
        if let r = s.as(RepeatStmtSyntax.self) {
            checkBlock(r.body.statements)
            statement { check(r.condition, against: world.bool, .condition) }
            return
        }
        if let g = s.as(GuardStmtSyntax.self) {
            checkBlock(g.body.statements)
            checkConditions(g.conditions)
            return
        }
        if let d = s.as(DoStmtSyntax.self) {
            checkBlock(d.body.statements)
            for clause in d.catchClauses {
                withScope {
                    if clause.catchItems.isEmpty { declareLocal("error", .unknown, isLet: true) }
                    for item in clause.catchItems {
                        if let p = item.pattern { statement { checkPattern(p, against: .unknown, binding: false, isLet: true) } }
                        if let w = item.whereClause { statement { check(w.condition, against: world.bool, .condition) } }
                    }
                    checkItems(clause.body.statements)
                }
            }
            return
        }
        if let d = s.as(DeferStmtSyntax.self) { checkBlock(d.body.statements); return }
        if let l = s.as(LabeledStmtSyntax.self) { checkStatement(l.statement); return }
    }

    // MARK: if, guard, while conditions

    func checkConditions(_ conditions: ConditionElementListSyntax) {
        for c in conditions {
            switch c.condition {
            case .expression(let e):
                statement { check(e, against: world.bool, .condition) }
            case .optionalBinding(let ob):
                statement {
                    let isLet = ob.bindingSpecifier.text == "let"
                    var t: SwiftType
                    if let i = ob.initializer {
                        t = infer(i.value)
                    } else if let id = ob.pattern.as(IdentifierPatternSyntax.self) {
                        t = scope.lookup(id.identifier.text)?.type ?? lookupValueType(id.identifier.text)
                    } else {
                        t = .unknown
                    }
                    let r = cs.resolve(t)
                    var wrapped: SwiftType = .unknown
                    switch r {
                    case .nominal(let n, let args) where n.builtin == .optional: wrapped = args[0]
                    case .unknown, .variable: wrapped = .unknown
                    default:
                        error("initializer for conditional binding must have Optional type, not '\(show(r))'", at: ob.initializer?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier("_"))))
                    }
                    if let a = ob.typeAnnotation, let at = resolveType(a.type) {
                        if !cs.convert(wrapped, to: at) { error(ConversionSite.declaration.message(show(wrapped), show(at)), at: a.type) }
                        wrapped = at
                    }
                    checkPattern(ob.pattern, against: wrapped, binding: true, isLet: isLet)
                }
            case .matchingPattern(let mp):
                statement {
                    let t = concretize(infer(mp.initializer.value))
                    checkPattern(mp.pattern, against: t, binding: false, isLet: true)
                }
            default:
                break
            }
        }
    }

    private func lookupValueType(_ name: String) -> SwiftType {
        if case .value(let t) = lookupName(name) { return t }
        return .unknown
    }

    func checkIf(_ i: IfExprSyntax) {
        withScope {
            checkConditions(i.conditions)
            checkBlock(i.body.statements)
        }
        switch i.elseBody {
        case .ifExpr(let nested)?: checkIf(nested)
        case .codeBlock(let b)?: checkBlock(b.statements)
        case nil: break
        }
    }

    // MARK: for-in

    func checkFor(_ f: ForStmtSyntax) {
        withScope {
            statement {
                let seq = concretize(infer(f.sequence))
                var element = world.elementType(of: seq, cs)
                if element == nil {
                    error("for-in loop requires '\(show(seq))' to conform to 'Sequence'", at: f.sequence)
                    element = .unknown
                }
                var t = element ?? .unknown
                if let a = f.typeAnnotation, let at = resolveType(a.type) { _ = cs.convert(t, to: at); t = at }
                checkPattern(f.pattern, against: t, binding: true, isLet: f.pattern.as(ValueBindingPatternSyntax.self)?.bindingSpecifier.text != "var")
                if let w = f.whereClause { check(w.condition, against: world.bool, .condition) }
            }
            checkBlock(f.body.statements)
        }
    }

    // MARK: switch

    func checkSwitch(_ s: SwitchExprSyntax) {
        let subject = statementType { concretize(infer(s.subject)) }
        for c in s.cases {
            guard case .switchCase(let sc) = c else { continue }
            withScope {
                if case .case(let label) = sc.label {
                    for item in label.caseItems {
                        statement {
                            checkPattern(item.pattern, against: subject, binding: false, isLet: true)
                            if let w = item.whereClause { check(w.condition, against: world.bool, .condition) }
                        }
                    }
                }
                checkItems(sc.statements)
            }
        }
    }

    // MARK: if and switch as expressions

    func inferIfExpression(_ i: IfExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let result = hint ?? cs.fresh()
        inferIfBranches(i, result)
        return result
    }

    private func inferIfBranches(_ i: IfExprSyntax, _ result: SwiftType) {
        withScope {
            checkConditions(i.conditions)
            branchValue(i.body.statements, result)
        }
        switch i.elseBody {
        case .ifExpr(let nested)?: inferIfBranches(nested, result)
        case .codeBlock(let b)?: withScope { branchValue(b.statements, result) }
        case nil: break
        }
    }

    private func branchValue(_ items: CodeBlockItemListSyntax, _ result: SwiftType) {
        if items.count == 1, case .expr(let e) = items.first!.item {
            let t = infer(e, result)
            if !convert(e, t, to: result) {
                error("branches have mismatching types '\(show(t))' and '\(show(result))'", at: e)
            }
        } else {
            checkItems(items)
        }
    }

    func inferSwitchExpression(_ s: SwitchExprSyntax, _ hint: SwiftType?) -> SwiftType {
        let result = hint ?? cs.fresh()
        let subject = concretize(infer(s.subject))
        for c in s.cases {
            guard case .switchCase(let sc) = c else { continue }
            withScope {
                if case .case(let label) = sc.label {
                    for item in label.caseItems {
                        checkPattern(item.pattern, against: subject, binding: false, isLet: true)
                        if let w = item.whereClause { check(w.condition, against: world.bool, .condition) }
                    }
                }
                branchValue(sc.statements, result)
            }
        }
        return result
    }
}
