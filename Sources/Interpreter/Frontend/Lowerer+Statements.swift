import SwiftSyntax

/// Control flow: if, guard, switch, loops, break/continue/return.
extension Lowerer {
    func lowerStmt(_ s: StmtSyntax, label: String? = nil) throws -> Code.Stmt {
        if let e = s.as(ExpressionStmtSyntax.self) { return try lowerExprStatement(e.expression) }
        if let f = s.as(ForStmtSyntax.self) { return try lowerFor(f, label: label) }
        if let w = s.as(WhileStmtSyntax.self) { return try lowerWhile(w, label: label) }
        if let r = s.as(RepeatStmtSyntax.self) { return try lowerRepeat(r, label: label) }
        if let g = s.as(GuardStmtSyntax.self) { return try lowerGuard(g) }
        if let r = s.as(ReturnStmtSyntax.self) { return try lowerReturn(r) }
        if let b = s.as(BreakStmtSyntax.self) {
            let id = try target(b.label?.text, isContinue: false, b)
            return { _ in .breakOut(id) }
        }
        if let c = s.as(ContinueStmtSyntax.self) {
            let id = try target(c.label?.text, isContinue: true, c)
            return { _ in .continueLoop(id) }
        }
        if let l = s.as(LabeledStmtSyntax.self) { return try lowerStmt(l.statement, label: l.label.text) }
        if s.is(FallThroughStmtSyntax.self) { return { _ in .fallthroughCase } }
        if let d = s.as(DoStmtSyntax.self) { return try lowerDo(d) }
        if let d = s.as(DeferStmtSyntax.self) {
            throw LecternError("'defer' must be directly inside a block", at: loc(d))
        }
        if let t = s.as(ThrowStmtSyntax.self) {
            let value = try lowerExpr(t.expression).code
            let l = loc(t)
            return { f in throw ThrownError(value: try value(f), loc: l) }
        }
        if s.is(DiscardStmtSyntax.self) { throw unsupported("discard statements", s) }
        throw unsupported("this statement", s)
    }

    private func target(_ label: String?, isContinue: Bool, _ node: some SyntaxProtocol) throws -> Int {
        for t in scope.targets.reversed() {
            if let label {
                if t.label == label {
                    if isContinue && !t.isLoop { throw LecternError("'continue' cannot be used with a switch label", at: loc(node)) }
                    return t.id
                }
            } else if t.isLoop || !isContinue {
                return t.id
            }
        }
        if let label { throw LecternError("cannot find label '\(label)' in scope", at: loc(node)) }
        throw LecternError(isContinue ? "'continue' is only allowed inside a loop"
                                      : "'break' is only allowed inside a loop, if, do, or switch", at: loc(node))
    }

    func withTarget<T>(_ label: String?, isLoop: Bool, _ body: (Int) throws -> T) rethrows -> T {
        let id = nextID()
        scope.targets.append(.init(label: label, id: id, isLoop: isLoop))
        defer { scope.targets.removeLast() }
        return try body(id)
    }

    func lowerReturn(_ r: ReturnStmtSyntax) throws -> Code.Stmt {
        guard r.expression != nil else { return { _ in .returned } }
        let code = try lowerReturnedValue(r)
        var depth = 0
        var s = scope
        while s.isBlockScope, let p = s.parent { depth += 1; s = p }
        let d = depth
        if d > 0 { return { f in f.ancestor(d).returnValue = try code(f); return .returned } }
        return { f in f.returnValue = try code(f); return .returned }
    }

    /// The value `return e` gives back: `e`, converted to the declared return type where Swift
    /// would (a literal, or a value wrapped into an optional).
    func lowerReturnedValue(_ r: ReturnStmtSyntax) throws -> Code.Expr {
        guard let e = r.expression else { return { _ in .void } }
        let expected = scope.returnType
        let value = try lowerExpr(e, expected: expected)
        let code = value.code
        if let expected, value.isLiteral || isOptionalSpec(expected) {
            let lit = value.isLiteral
            return { f in coerce(try code(f), to: expected, literal: lit) }
        }
        return code
    }

    func isOptionalSpec(_ s: TypeSpec?) -> Bool { if case .optional = s { return true }; return false }

    // MARK: Loops

    func lowerWhile(_ w: WhileStmtSyntax, label: String?) throws -> Code.Stmt {
        let rt = self.rt
        let l = loc(w)
        return try withBlock {
            let cond = try lowerConditions(w.conditions)
            return try withTarget(label, isLoop: true) { id in
                let body = try lowerBlock(w.body.statements)
                return { f in
                    while try cond(f) {
                        try rt.tick(l)
                        switch try body(f) {
                        case .next: continue
                        case .breakOut(let t) where t == id: return .next
                        case .continueLoop(let t) where t == id: continue
                        case let other: return other
                        }
                    }
                    return .next
                }
            }
        }
    }

    func lowerRepeat(_ r: RepeatStmtSyntax, label: String?) throws -> Code.Stmt {
        let rt = self.rt
        let l = loc(r)
        let cond = try lowerCondition(r.condition)
        return try withTarget(label, isLoop: true) { id in
            let body = try lowerBlock(r.body.statements)
            return { f in
                repeat {
                    try rt.tick(l)
                    switch try body(f) {
                    case .next: break
                    case .breakOut(let t) where t == id: return .next
                    case .continueLoop(let t) where t == id: break
                    case let other: return other
                    }
                } while try cond(f)
                return .next
            }
        }
    }

    func lowerFor(_ node: ForStmtSyntax, label: String?) throws -> Code.Stmt {
        if node.awaitKeyword != nil { throw unsupported("async loops", node) }
        let rt = self.rt, ev = self.ev
        let l = loc(node)
        // Integer ranges and strides run without building an array.
        var intBounds: (Code.Expr, Code.Expr, Bool)?
        var strideArgs: (Code.Expr, Code.Expr, Code.Expr, Bool)?
        if let infix = node.sequence.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text == "..<" || op.operator.text == "..." {
            intBounds = (try lowerExpr(infix.leftOperand).code, try lowerExpr(infix.rightOperand).code, op.operator.text == "...")
        } else if let call = node.sequence.as(FunctionCallExprSyntax.self),
                  call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "stride",
                  case .notFound = resolve("stride"),
                  call.arguments.count == 3 {
            let a = Array(call.arguments)
            let labels = a.map { $0.label?.text }
            if labels == ["from", "to", "by"] || labels == ["from", "through", "by"] {
                strideArgs = (try lowerExpr(a[0].expression).code, try lowerExpr(a[1].expression).code,
                              try lowerExpr(a[2].expression).code, labels[1] == "through")
            }
        }
        let sequence = intBounds == nil && strideArgs == nil ? try lowerExpr(node.sequence).code : nil
        // A body that creates closures gets a fresh frame per iteration.
        let perIteration = containsClosure(Syntax(node.body)) || node.whereClause.map { containsClosure(Syntax($0)) } ?? false
        let outerScope = scope
        var iterationScope: FunctionScope?
        if perIteration {
            let bs = FunctionScope(parent: outerScope)
            bs.isBlockScope = true
            bs.targets = outerScope.targets
            bs.returnType = outerScope.returnType
            scope = bs
            iterationScope = bs
        }
        defer { scope = outerScope }
        return try withBlock {
            // `for case let x? in …` skips the elements that do not match.
            let match: Code.Match?
            let bind: (Value, Frame) throws -> Void
            if node.caseKeyword != nil {
                match = try lowerPattern(node.pattern)
                bind = { _, _ in }
            } else {
                match = nil
                bind = try lowerBindingPattern(node.pattern)
            }
            let whereCode = try node.whereClause.map { try lowerCondition($0.condition) }
            return try withTarget(label, isLoop: true) { id in
                let body = try lowerBlock(node.body.statements)
                let iterationSlots = iterationScope?.slotCount ?? 0
                let fresh = iterationScope != nil
                /// Runs one iteration; returns nil to continue, or the flow that leaves the loop.
                @inline(__always)
                func iterate(_ v: Value, _ outer: Frame) throws -> Flow? {
                    try rt.tick(l)
                    let f = fresh ? Frame.make(count: iterationSlots, parent: outer) : outer
                    if let match {
                        if !(try match(v, f)) { return nil }
                    } else {
                        try bind(v, f)
                    }
                    if let w = whereCode, !(try w(f)) { return nil }
                    switch try body(f) {
                    case .next: return nil
                    case .breakOut(let t) where t == id: return .next
                    case .continueLoop(let t) where t == id: return nil
                    case let other: return other
                    }
                }
                if let (lo, hi, closed) = intBounds {
                    let l = self.loc(node.sequence)
                    return { f in
                        let a = try lo(f), b = try hi(f)
                        guard case .int(let x) = a, case .int(let y) = b else {
                            // Not integers: iterate the general way.
                            let seq = try ev.binary(closed ? .closed : .halfOpen, a, b, false, false, loc: l)
                            for v in try ev.elements(of: seq, loc: l) { if let out = try iterate(v, f) { return out } }
                            return .next
                        }
                        if y < x || (!closed && y == x) {
                            if y < x { throw LecternError("range requires lowerBound <= upperBound (\(x)\(closed ? "..." : "..<")\(y))", at: l) }
                            return .next
                        }
                        let end = closed ? y : y - 1
                        var i = x
                        while true {
                            if let out = try iterate(.int(i), f) { return out }
                            if i == end { break }
                            i += 1
                        }
                        return .next
                    }
                }
                if let (from, to, by, through) = strideArgs {
                    return { f in
                        let a = try from(f), b = try to(f), s = try by(f)
                        switch (a, b, s) {
                        case (.int(let x), .int(let y), .int(let step)):
                            if step == 0 { throw LecternError("stride step must not be zero", at: l) }
                            if through {
                                for i in Swift.stride(from: x, through: y, by: step) { if let out = try iterate(.int(i), f) { return out } }
                            } else {
                                for i in Swift.stride(from: x, to: y, by: step) { if let out = try iterate(.int(i), f) { return out } }
                            }
                        default:
                            guard let x = Double.fromValue(a), let y = Double.fromValue(b), let step = Double.fromValue(s) else {
                                throw LecternError("stride needs numbers", at: l)
                            }
                            if step == 0 { throw LecternError("stride step must not be zero", at: l) }
                            if through {
                                for i in Swift.stride(from: x, through: y, by: step) { if let out = try iterate(.double(i), f) { return out } }
                            } else {
                                for i in Swift.stride(from: x, to: y, by: step) { if let out = try iterate(.double(i), f) { return out } }
                            }
                        }
                        return .next
                    }
                }
                // Not `sequence ?? { … }`: a closure passed through a generic function is wrapped
                // in reabstraction thunks (see `firstArgumentCode`).
                let seq: Code.Expr
                if let sequence { seq = sequence } else { seq = { _ in .void } }
                return { f in
                    let s = try seq(f)
                    switch s {
                    case .range(let lo, let hi):
                        var i = lo
                        while i < hi { if let out = try iterate(.int(i), f) { return out }; i += 1 }
                    case .closedRange(let lo, let hi):
                        var i = lo
                        while i <= hi { if let out = try iterate(.int(i), f) { return out }; if i == hi { break }; i += 1 }
                    case .array(let items):
                        for v in items { if let out = try iterate(v, f) { return out } }
                    case .slice(let items):
                        for v in items { if let out = try iterate(v, f) { return out } }
                    default:
                        for v in try ev.elements(of: s, loc: l) { if let out = try iterate(v, f) { return out } }
                    }
                    return .next
                }
            }
        }
    }

    func containsClosure(_ node: Syntax) -> Bool {
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return true }
        for child in node.children(viewMode: .sourceAccurate) where containsClosure(child) { return true }
        return false
    }

    // MARK: if / guard

    /// Lowers `if`. With `resultSlot`, it is an `if` expression: each branch's last
    /// expression is stored there.
    func lowerIf(_ node: IfExprSyntax, resultSlot: Int? = nil) throws -> Code.Stmt {
        let (condition, then) = try withBlock { () throws -> ((Frame) throws -> Bool, Code.Stmt) in
            let c = try lowerConditions(node.conditions)
            let t = try lowerBranch(node.body.statements, resultSlot)
            return (c, t)
        }
        var elseCode: Code.Stmt?
        switch node.elseBody {
        case .ifExpr(let e)?: elseCode = try lowerIf(e, resultSlot: resultSlot)
        case .codeBlock(let b)?: elseCode = try lowerBranch(b.statements, resultSlot)
        case nil:
            if resultSlot != nil { throw LecternError("'if' must have an unconditional 'else' to be used as expression", at: loc(node)) }
        }
        if let elseCode {
            return { f in
                if try condition(f) { return try then(f) }
                return try elseCode(f)
            }
        }
        return { f in
            if try condition(f) { return try then(f) }
            return .next
        }
    }

    /// A branch body; with `resultSlot`, its last expression becomes the branch's value.
    func lowerBranch(_ items: CodeBlockItemListSyntax, _ resultSlot: Int?) throws -> Code.Stmt {
        guard let resultSlot else { return try lowerBlock(items) }
        return try withBlock {
            let all = Array(items)
            guard let last = all.last, case .expr(let e) = last.item else { return try lowerStatements(items) }
            var codes: [StmtBox] = []
            for item in all.dropLast() { codes.append(StmtBox(try lowerItem(item))) }
            let value = try lowerExpr(e).code
            codes.append(StmtBox { f in f[resultSlot] = try value(f); return .next })
            return sequence(codes)
        }
    }

    func lowerGuard(_ node: GuardStmtSyntax) throws -> Code.Stmt {
        // The else body cannot see the guard's bindings; lower it first.
        let elseBody = try lowerBlock(node.body.statements)
        let cond = try lowerConditions(node.conditions)
        let l = loc(node)
        return { f in
            if try cond(f) { return .next }
            let r = try elseBody(f)
            if case .next = r { throw LecternError("'guard' body must not fall through; use 'return', 'break' or 'continue'", at: l) }
            return r
        }
    }

    /// Lowers `a, let b = c, case .x = d` into one test that binds into the current block.
    func lowerConditions(_ list: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        // Each condition is lowered once, in order (bindings of one are visible to the next).
        if list.count == 1, let only = list.first { return try lowerCondition(only.condition) }
        if list.count == 2, let first = list.first, let last = list.last {
            let a = try lowerCondition(first.condition)
            let b = try lowerCondition(last.condition)
            return { f in try a(f) && b(f) }
        }
        let parts = try list.map { try lowerCondition($0.condition) }
        return { f in
            for p in parts where !(try p(f)) { return false }
            return true
        }
    }

    func lowerCondition(_ c: ConditionElementSyntax.Condition) throws -> (Frame) throws -> Bool {
        switch c {
        case .expression(let e): return try lowerCondition(e)
        case .optionalBinding(let b):
            let valueExpr: LoweredExpr
            if let initializer = b.initializer {
                valueExpr = try lowerExpr(initializer.value)
            } else if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                valueExpr = LoweredExpr(code: readCode(resolve(id.identifier.text), id.identifier.text, loc(id)))
            } else {
                throw LecternError("expected an initializer for the optional binding", at: loc(b))
            }
            let type = try b.typeAnnotation.map { try typeSpec($0.type) }
            let bind = try lowerBindingPattern(b.pattern, type: type)
            let value = valueExpr.code
            return { f in
                switch try value(f) {
                case .none: return false
                case .some(let w): try bind(w, f); return true
                case let v: try bind(v, f); return true
                }
            }
        case .matchingPattern(let m):
            let value = try lowerExpr(m.initializer.value)
            let match = try lowerPattern(m.pattern)
            let code = value.code
            return { f in try match(try code(f), f) }
        default:
            throw unsupported("availability conditions", Syntax(fromProtocol: c._syntaxNode))
        }
    }

    func lowerCondition(_ e: ExprSyntax) throws -> (Frame) throws -> Bool {
        if let test = try lowerComparisonTest(e) { return test }
        let code = try lowerExpr(e).code
        let l = loc(e)
        return { f in
            let v = try code(f)
            if case .bool(let b) = v { return b }
            throw LecternError("cannot convert value of type '\(v.typeName)' to expected condition type 'Bool'", at: l)
        }
    }

    // MARK: switch

    func lowerSwitch(_ node: SwitchExprSyntax, resultSlot: Int? = nil) throws -> Code.Stmt {
        let ev = self.ev
        let subject = try lowerExpr(node.subject).code
        let l = loc(node)
        return try withTarget(nil, isLoop: false) { id in
            var cases: [(match: (Value, Frame) throws -> Bool, body: Code.Stmt)] = []
            for element in node.cases {
                guard case .switchCase(let c) = element else { throw unsupported("'#if' inside switch", element) }
                let lowered = try withBlock { () throws -> ((Value, Frame) throws -> Bool, Code.Stmt) in
                    var matchers: [(Value, Frame) throws -> Bool] = []
                    switch c.label {
                    case .default:
                        matchers.append { _, _ in true }
                    case .case(let label):
                        // All patterns of one case bind the same names into the same slots.
                        for item in label.caseItems {
                            let pattern = try lowerPattern(item.pattern)
                            if let w = item.whereClause {
                                let cond = try lowerCondition(w.condition)
                                matchers.append { v, f in try pattern(v, f) && cond(f) }
                            } else {
                                matchers.append(pattern)
                            }
                        }
                    }
                    let body = resultSlot == nil ? try lowerStatements(c.statements) : try lowerBranch(c.statements, resultSlot)
                    if matchers.count == 1 { return (matchers[0], body) }
                    return ({ v, f in
                        for m in matchers where try m(v, f) { return true }
                        return false
                    }, body)
                }
                cases.append(lowered)
            }
            return { f in
                let v = try subject(f)
                var i = 0
                while i < cases.count {
                    if try cases[i].match(v, f) {
                        var r = try cases[i].body(f)
                        while case .fallthroughCase = r, i + 1 < cases.count {
                            i += 1
                            r = try cases[i].body(f)
                        }
                        switch r {
                        case .breakOut(let t) where t == id: return .next
                        case .fallthroughCase: return .next
                        default: return r
                        }
                    }
                    i += 1
                }
                throw LecternError("switch must be exhaustive: no case matched \(try ev.describer.debugDescription(v, top: true))", at: l)
            }
        }
    }
}
