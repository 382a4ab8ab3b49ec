import SwiftSyntax

/// Errors lesson code throws and catches: `try`, `try?`, `try!`, `do`/`catch`.
extension Lowerer {
    func lowerTry(_ t: TryExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let inner = try lowerExpr(t.expression, expected: expected)
        let code = inner.code
        let l = loc(t)
        let ev = self.ev
        switch t.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            return LoweredExpr(code: { f in
                do {
                    let v = try code(f)
                    switch v {
                    case .none, .some: return v
                    default: return .some(v)
                    }
                } catch is ThrownError {
                    return .none
                }
            })
        case .exclamationMark?:
            return LoweredExpr(code: { f in
                do { return try code(f) } catch let e as ThrownError {
                    throw LecternError("'try!' expression unexpectedly raised an error: \(try ev.describer.debugDescription(e.value, top: true))", at: l)
                }
            })
        default:
            return inner
        }
    }

    func lowerDo(_ d: DoStmtSyntax) throws -> Code.Stmt {
        let body = try lowerBlock(d.body.statements)
        if d.catchClauses.isEmpty { return body }
        typealias Clause = (match: (Value, Frame) throws -> Bool, body: Code.Stmt)
        var clauses: [Clause] = []
        for clause in d.catchClauses {
            let lowered = try withBlock { () throws -> Clause in
                if clause.catchItems.isEmpty {
                    // A plain `catch` binds `error`.
                    let store = bindIdentifier("error", type: nil)
                    let b = try lowerStatements(clause.body.statements)
                    return ({ v, f in try store(v, f); return true }, b)
                }
                var matchers: [Code.Match] = []
                for item in clause.catchItems {
                    let pattern: Code.Match = try item.pattern.map { try lowerPattern($0) } ?? { _, _ in true }
                    if let w = item.whereClause {
                        let cond = try lowerCondition(w.condition)
                        matchers.append { v, f in try pattern(v, f) && cond(f) }
                    } else {
                        matchers.append(pattern)
                    }
                }
                let b = try lowerStatements(clause.body.statements)
                return ({ v, f in
                    for m in matchers where try m(v, f) { return true }
                    return false
                }, b)
            }
            clauses.append(lowered)
        }
        return { f in
            do {
                return try body(f)
            } catch let thrown as ThrownError {
                for c in clauses where try c.match(thrown.value, f) { return try c.body(f) }
                throw thrown
            }
        }
    }
}
