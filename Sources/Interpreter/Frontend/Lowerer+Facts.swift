import SwiftSyntax

/// What the lowerer takes from the type checker's `CellFacts`.
extension Lowerer {
    /// The builtin scalar type the checker decided for a literal (`4` in `q.append(4)` on a
    /// `[Double]` is a Double); nil when only literal defaulting decided it, so the lowerer's
    /// own contextual typing still applies (arguments of natives the checker does not model).
    func decidedScalar(_ node: some SyntaxProtocol) -> TypeSpec? {
        guard case .nominal(let n, _)? = facts.decidedType(of: node) else { return nil }
        switch n.builtin {
        case .int?: return .int
        case .double?: return .double
        case .float?: return .float
        case .character?: return .character
        case .string?: return .string
        default: return nil
        }
    }
}

extension Lowerer {
    /// Calls the declaration the checker chose among overloads that labels cannot tell apart
    /// (`static func * (a: V, b: V)` and `static func * (s: Double, v: V)`). A static member runs
    /// with its type as `self`; `receiver` gives the instance for an instance method.
    func chosenDeclarationCall(_ id: SyntaxIdentifier, receiver: Code.Expr?, args: [ArgumentCode], _ l: SourceLoc) -> Code.Expr {
        let ev = self.ev, rt = self.rt
        let labels = args.map(\.label), literal = args.map(\.isLiteral)
        let cache = DeclarationCallCache()
        let n = args.count
        let codes = args.map { ExprBox($0.code) }
        let first = firstArgumentCode(args)
        let direct = args.allSatisfy { $0.inoutTarget == nil }
        return { f in
            cache.refresh(id, labels: labels, literal: literal, rt: rt)
            if direct, let unmanaged = cache.fast {
                return try unmanaged._withUnsafeGuaranteedRef { plan in
                    if let receiver {
                        return try plan.run(env: nil, receiver: try receiver(f), arguments: f, count: n, first: first,
                                            codes: codes, literal: literal, rt: rt, loc: l)
                    }
                    return try plan.run(env: nil, receiver: plan.staticReceiver, arguments: f, count: n, first: first,
                                        codes: codes, literal: literal, rt: rt, loc: l)
                }
            }
            guard let decl = cache.decl else {
                throw LecternError("internal error: the function this call resolved to was not lowered", at: l)
            }
            let r: Value? = try receiver.map { try $0(f) } ?? decl.owner.map { .type(.user($0)) }
            let values = try self.evaluate(args, f)
            return try ev.invoke(decl, env: nil, receiver: r, args: values, labels: labels, literal: literal, loc: l,
                                 inoutBack: self.inoutWriter(args, f)).0
        }
    }

    /// Operands as unlabelled arguments.
    func operandArguments(_ operands: [ExprSyntax]) throws -> [ArgumentCode] {
        try operands.map { e in
            let lowered = try lowerExpr(e)
            return ArgumentCode(label: nil, code: lowered.code, isLiteral: lowered.isLiteral, inoutTarget: nil)
        }
    }
}
