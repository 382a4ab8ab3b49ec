import SwiftSyntax

/// Function bodies that compute one value along straight paths, lowered to an expression.
///
/// A body such as
///
///     if n < 2 { return n }          // or: guard n >= 2 else { return n }
///     let half = n / 2
///     return fib(n - 1) + fib(n - 2)
///
/// — early returns guarded by a condition, statements that never return, and a final `return` —
/// is lowered once into a `Code.Expr` that yields the result directly, besides the usual
/// statement form. Calls through the expression form skip the statement machinery: no `Flow`
/// results to test, no trip through the frame's return slot. Recursive numeric functions, the
/// lessons' helpers and most small functions have this shape; anything else keeps the statement
/// form alone.
extension Lowerer {
    private enum Step {
        /// A statement that always continues to the next one.
        case plain(Code.Stmt)
        /// `if c { return v }`, or `guard` with the test inverted.
        case earlyReturn(when: (Frame) throws -> Bool, value: Code.Expr)
    }

    /// Both forms of a returning body, or nil when `items` is not of that shape (nothing has
    /// been lowered then, so the caller lowers the body as usual).
    func lowerReturningBody(_ items: CodeBlockItemListSyntax) throws -> (statement: Code.Stmt, value: Code.Expr)? {
        let all = Array(items)
        guard let last = all.last, let finalReturn = returnWithValue(last) else { return nil }
        for item in all.dropLast() where earlyReturn(item) == nil {
            if case .decl(let d) = item.item, d.is(FunctionDeclSyntax.self) { return nil }  // hoisted: not straight-line
            if case .stmt(let s) = item.item, s.is(DeferStmtSyntax.self) { return nil }
            if containsReturn(Syntax(item)) { return nil }
        }
        var steps: [Step] = []
        for item in all.dropLast() {
            nesting += 1
            defer { nesting -= 1 }
            if let early = earlyReturn(item) {
                switch early {
                case .ifReturn(let node, let r):
                    // As `lowerIf` scopes it: the condition's bindings are visible in the branch only.
                    let (test, value) = try withBlock {
                        (try lowerConditions(node.conditions), try withBlock { try lowerReturnedValue(r) })
                    }
                    steps.append(.earlyReturn(when: test, value: value))
                case .guardReturn(let node, let r):
                    // As `lowerGuard`: the else branch first (it cannot see the bindings), then the
                    // conditions, whose bindings stay visible for the rest of the body.
                    let value = try withBlock { try lowerReturnedValue(r) }
                    let test = try lowerConditions(node.conditions)
                    steps.append(.earlyReturn(when: { f in try !test(f) }, value: value))
                }
            } else {
                steps.append(.plain(try lowerItem(item)))
            }
        }
        var value = try lowerReturnedValue(finalReturn)
        for step in steps.reversed() {
            let rest = value
            switch step {
            case .plain(let statement):
                value = { f in _ = try statement(f); return try rest(f) }
            case .earlyReturn(let test, let early):
                value = { f in try test(f) ? try early(f) : try rest(f) }
            }
        }
        let body = value
        return ({ f in f.returnValue = try body(f); return .returned }, body)
    }

    private enum EarlyReturn {
        case ifReturn(IfExprSyntax, ReturnStmtSyntax)
        case guardReturn(GuardStmtSyntax, ReturnStmtSyntax)
    }

    /// `if c { return v }` without `else`, or `guard c else { return v }`.
    private func earlyReturn(_ item: CodeBlockItemSyntax) -> EarlyReturn? {
        var ifNode: IfExprSyntax?
        switch item.item {
        case .expr(let e): ifNode = e.as(IfExprSyntax.self)
        case .stmt(let s): ifNode = s.as(ExpressionStmtSyntax.self)?.expression.as(IfExprSyntax.self)
        default: break
        }
        if let node = ifNode, node.elseBody == nil,
           let only = node.body.statements.first, node.body.statements.count == 1, let r = returnWithValue(only) {
            return .ifReturn(node, r)
        }
        if case .stmt(let s) = item.item, let node = s.as(GuardStmtSyntax.self),
           let only = node.body.statements.first, node.body.statements.count == 1, let r = returnWithValue(only) {
            return .guardReturn(node, r)
        }
        return nil
    }

    private func returnWithValue(_ item: CodeBlockItemSyntax) -> ReturnStmtSyntax? {
        guard case .stmt(let s) = item.item, let r = s.as(ReturnStmtSyntax.self), r.expression != nil else { return nil }
        return r
    }

    /// Whether a `return` of this function occurs inside `node` (closures and nested functions
    /// have returns of their own).
    private func containsReturn(_ node: Syntax) -> Bool {
        if node.is(ReturnStmtSyntax.self) { return true }
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return false }
        for child in node.children(viewMode: .sourceAccurate) where containsReturn(child) { return true }
        return false
    }
}
