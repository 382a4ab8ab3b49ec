import SwiftSyntax

/// Binary and prefix operators, assignment and compound assignment.
extension Lowerer {
    func lowerInfix(_ infix: InfixOperatorExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let l = loc(infix.operator)
        if infix.operator.is(AssignmentExprSyntax.self) { return try lowerAssignment(infix.leftOperand, infix.rightOperand, l) }
        guard let opNode = infix.operator.as(BinaryOperatorExprSyntax.self) else {
            throw unsupported("this operator", infix.operator)
        }
        let op = opNode.operator.text
        let ev = self.ev
        if let id = facts.declarationChosenByType(for: infix.operator) ?? facts.staticallyCalledOperator(infix.operator) {
            let args = try operandArguments([infix.leftOperand, infix.rightOperand])
            return LoweredExpr(code: chosenDeclarationCall(id, receiver: nil, args: args, l))
        }
        switch op {
        case "&&", "||":
            let a = try lowerCondition(infix.leftOperand), b = try lowerCondition(infix.rightOperand)
            if op == "&&" { return LoweredExpr(code: { f in .bool(try a(f) && b(f)) }, type: .bool) }
            return LoweredExpr(code: { f in .bool(try a(f) || b(f)) }, type: .bool)
        case "??" where facts.anyCoalescing[infix.operator.id] != nil:
            // `[acc, -5].first ?? -4`: Swift's `Any?` result keeps its Optional (`Optional(0.0)`).
            let keepsOptional = facts.anyCoalescing[infix.operator.id] == true
            let ac = try lowerExpr(infix.leftOperand).code, bc = try lowerExpr(infix.rightOperand).code
            return LoweredExpr(code: { f in
                let v: Value
                switch try ac(f) {
                case .none: v = try bc(f)
                case .some(let w): v = w
                case let w: v = w
                }
                return keepsOptional ? .some(v) : v
            })
        case "??":
            let a = try lowerExpr(infix.leftOperand, expected: expected.map { .optional($0) })
            var wrapped = expected
            if wrapped == nil, case .optional(let w)? = a.type { wrapped = w }
            let b = try lowerExpr(infix.rightOperand, expected: wrapped)
            let ac = a.code, bc = b.code
            return LoweredExpr(code: { f in
                switch try ac(f) {
                case .none: return try bc(f)
                case .some(let w): return w
                case let v: return v
                }
            }, isLiteral: b.isLiteral, type: b.type ?? wrapped)
        case "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=":
            guard let bop = BinaryOp(rawValue: String(op.dropLast())) else { throw unsupported("operator '\(op)'", opNode) }
            return try lowerCompoundAssignment(bop, infix.leftOperand, infix.rightOperand, l)
        default: break
        }
        guard let bop = BinaryOp(rawValue: op) else {
            // An operator declared by a native library.
            guard let overloads = ev.library.functions[op] else { throw LecternError("cannot find operator '\(op)' in scope", at: l) }
            let a = try lowerExpr(infix.leftOperand).code, b = try lowerExpr(infix.rightOperand).code
            let lib = ev.library
            return LoweredExpr(code: { f in
                let x = try a(f), y = try b(f)
                do { return try lib.call(overloads, name: op, [x, y], [nil, nil], at: l) } catch let e as UnlocatedError {
                    throw LecternError(e.message, at: l)
                }
            })
        }
        if let typed = try lowerTypedArithmetic(infix) { return typed }
        if [.lt, .le, .gt, .ge, .eq, .ne].contains(bop), let test = try lowerTypedComparison(infix, bop) {
            return LoweredExpr(code: { f in .bool(try test(f)) }, type: .bool)
        }
        let arithmetic: Set<BinaryOp> = [.add, .sub, .mul, .div, .rem]
        var lhs = try lowerExpr(infix.leftOperand, expected: arithmetic.contains(bop) ? expected : nil)
        var rhs = try lowerExpr(infix.rightOperand, expected: arithmetic.contains(bop) ? expected : nil)
        (lhs, rhs) = try unifyLiterals(lhs, rhs, infix.leftOperand, infix.rightOperand)
        let lc = lhs.code, rc = rhs.code
        let ll = lhs.isLiteral, rl = rhs.isLiteral
        let isLiteral = ll && rl && arithmetic.contains(bop)
        var type: TypeSpec?
        if [.lt, .le, .gt, .ge, .eq, .ne].contains(bop) { type = .bool } else if lhs.type == rhs.type, arithmetic.contains(bop) { type = lhs.type }
        let code: Code.Expr
        let lo = lhs.operand, ro = rhs.operand
        switch bop {
        case .add: code = arithmeticCode(AddKernel.self, lo, ro, ll, rl, ev, l)
        case .sub: code = arithmeticCode(SubtractKernel.self, lo, ro, ll, rl, ev, l)
        case .mul: code = arithmeticCode(MultiplyKernel.self, lo, ro, ll, rl, ev, l)
        case .div: code = arithmeticCode(DivideKernel.self, lo, ro, ll, rl, ev, l)
        case .lt, .le, .gt, .ge, .eq, .ne:
            let test = comparison(bop, lo, ro, ll, rl, l)
            code = { f in .bool(try test(f)) }
        default:
            code = { f in try ev.binary(bop, try lc(f), try rc(f), ll, rl, loc: l) }
        }
        if isFoldedLiteralArithmetic(ExprSyntax(infix)) {
            // swiftc folds arithmetic on literals while compiling, and a NaN it folds is positive
            // (`0.0 / 0.0` prints `nan`); the processor's division at run time gives `-nan`.
            let computed = code
            return LoweredExpr(code: { f in positiveNaN(try computed(f)) }, isLiteral: true, type: type)
        }
        return LoweredExpr(code: code, isLiteral: isLiteral, type: type)
    }

    func comparison(_ op: BinaryOp, _ lo: OperandSource, _ ro: OperandSource, _ ll: Bool, _ rl: Bool,
                    _ l: SourceLoc) -> (Frame) throws -> Bool {
        switch op {
        case .lt: return comparisonTest(LessKernel.self, lo, ro, ll, rl, ev, l)
        case .le: return comparisonTest(LessOrEqualKernel.self, lo, ro, ll, rl, ev, l)
        case .gt: return comparisonTest(GreaterKernel.self, lo, ro, ll, rl, ev, l)
        case .ge: return comparisonTest(GreaterOrEqualKernel.self, lo, ro, ll, rl, ev, l)
        case .eq: return comparisonTest(EqualKernel.self, lo, ro, ll, rl, ev, l)
        default: return comparisonTest(NotEqualKernel.self, lo, ro, ll, rl, ev, l)
        }
    }

    /// A comparison used as a condition, as a Bool-valued test (no boxing), or nil.
    func lowerComparisonTest(_ e: ExprSyntax) throws -> ((Frame) throws -> Bool)? {
        guard let infix = e.as(InfixOperatorExprSyntax.self), let opNode = infix.operator.as(BinaryOperatorExprSyntax.self),
              let bop = BinaryOp(rawValue: opNode.operator.text), [.lt, .le, .gt, .ge, .eq, .ne].contains(bop) else { return nil }
        if let test = try lowerTypedComparison(infix, bop) { return test }
        var lhs = try lowerExpr(infix.leftOperand), rhs = try lowerExpr(infix.rightOperand)
        (lhs, rhs) = try unifyLiterals(lhs, rhs, infix.leftOperand, infix.rightOperand)
        return comparison(bop, lhs.operand, rhs.operand, lhs.isLiteral, rhs.isLiteral, loc(infix.operator))
    }

    func lowerPrefix(_ p: PrefixOperatorExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let op = p.operator.text
        let l = loc(p)
        let ev = self.ev
        if let id = facts.declarationChosenByType(for: p) {
            return LoweredExpr(code: chosenDeclarationCall(id, receiver: nil, args: try operandArguments([p.expression]), l))
        }
        switch op {
        case "-":
            if let fl = p.expression.as(FloatLiteralExprSyntax.self), let d = Double(fl.literal.text.replacingOccurrences(of: "_", with: "")) {
                if decidedScalar(fl) == .float || expected == .float || expected == .optional(.float) { let x = Float(-d); return LoweredExpr(code: { _ in .float(x) }, isLiteral: true, type: .float) }
                return LoweredExpr(code: { _ in .double(-d) }, isLiteral: true, type: .double)
            }
            if let i = p.expression.as(IntegerLiteralExprSyntax.self) {
                let text = "-" + i.literal.text
                let n = try parseInteger(text, l)
                switch decidedScalar(i) ?? expected {
                case .double?, .optional(.double)?: return LoweredExpr(code: { _ in .double(Double(n)) }, type: .double)
                case .float?, .optional(.float)?: return LoweredExpr(code: { _ in .float(Float(n)) }, type: .float)
                default: return LoweredExpr(code: { _ in .int(n) }, isLiteral: true, type: .int)
                }
            }
            let inner = try lowerExpr(p.expression, expected: expected)
            let code = inner.code
            return LoweredExpr(code: { f in
                let v = try code(f)
                if case .double(let d) = v { return .double(-d) }
                return try ev.negate(v, loc: l)
            }, isLiteral: inner.isLiteral, type: inner.type)
        case "+":
            return try lowerExpr(p.expression, expected: expected)
        case "!":
            let inner = try lowerExpr(p.expression).code
            return LoweredExpr(code: { f in
                let v = try inner(f)
                if case .bool(let b) = v { return .bool(!b) }
                throw LecternError("cannot convert value of type '\(v.typeName)' to expected argument type 'Bool'", at: l)
            }, type: .bool)
        case "~":
            let inner = try lowerExpr(p.expression).code
            return LoweredExpr(code: { f in
                let v = try inner(f)
                if case .int(let n) = v { return .int(~n) }
                throw LecternError("unary operator '~' cannot be applied to an operand of type '\(v.typeName)'", at: l)
            }, type: .int)
        default:
            throw unsupported("prefix operator '\(op)'", p)
        }
    }

    // MARK: Assignment

    private func lowerAssignment(_ lhs: ExprSyntax, _ rhs: ExprSyntax, _ l: SourceLoc) throws -> LoweredExpr {
        if lhs.is(DiscardAssignmentExprSyntax.self) {
            let value = try lowerExpr(rhs).code
            return LoweredExpr(code: { f in _ = try value(f); return .void })
        }
        if let t = lhs.as(TupleExprSyntax.self), t.elements.count > 1 {
            // `(a, b) = (b, a)`: evaluate the whole right side first.
            let targets = try t.elements.map { el -> Code.Modify? in
                if el.expression.is(DiscardAssignmentExprSyntax.self) { return nil }
                return try lowerLValue(el.expression).modify
            }
            let value = try lowerExpr(rhs).code
            let n = targets.count
            return LoweredExpr(code: { f in
                let v = try value(f)
                guard case .tuple(let tv) = v, tv.elements.count == n else {
                    throw LecternError("cannot assign a value of type '\(v.typeName)' to a tuple of \(n) elements", at: l)
                }
                for i in 0..<n { if let t = targets[i] { try t(f) { $0 = tv.elements[i] } } }
                return .void
            })
        }
        try checkMutable(lhs, .assign)
        let target = try lowerLValue(lhs)
        let value = try lowerExpr(rhs, expected: target.type)
        let code = value.code
        let lit = value.isLiteral
        // Local variables: a direct slot store.
        if let slot = target.localSlot {
            if !lit && !isOptionalSpec(target.type) {
                return LoweredExpr(code: { f in
                    let v = try code(f)
                    let p = f.slots + slot
                    switch p.pointee {
                    case .none, .some: DeepRelease.replace(&p.pointee, with: adaptAssigned(v, old: p.pointee, literal: false))
                    default: DeepRelease.replace(&p.pointee, with: v)
                    }
                    return .void
                })
            }
        }
        if let g = target.globalSlot, !lit, checkedScalar(lhs) != nil {
            // A top-level Int or Double variable (`energy = energy * 0.999 + k`): the old value is a
            // number, so nothing needs adapting or releasing with care.
            let rt = self.rt
            return LoweredExpr(code: { f in
                let v = try code(f)
                if case .unset = rt.globals[g], rt.failedOrigin[g] != nil { throw rt.unavailable(g, l) }
                rt.globals[g] = v
                return .void
            })
        }
        let modify = target.modify
        return LoweredExpr(code: { f in
            let v = try code(f)
            try modify(f) { old in DeepRelease.replace(&old, with: adaptAssigned(v, old: old, literal: lit)) }
            return .void
        })
    }

    private func lowerCompoundAssignment(_ op: BinaryOp, _ lhs: ExprSyntax, _ rhs: ExprSyntax, _ l: SourceLoc) throws -> LoweredExpr {
        try checkMutable(lhs, .compoundAssign)
        if let element = try lowerArrayElementCompoundAssignment(op, lhs, rhs, l) { return element }
        let target = try lowerLValue(lhs)
        let value = try lowerExpr(rhs)
        let code = value.code
        let lit = value.isLiteral
        let ev = self.ev
        if let slot = target.localSlot {
            return LoweredExpr(code: { f in
                let b = try code(f)
                let p = f.slots + slot
                if case .double(let x) = p.pointee, case .double(let y) = b {
                    switch op {
                    case .add: p.pointee = .double(x + y); return .void
                    case .sub: p.pointee = .double(x - y); return .void
                    case .mul: p.pointee = .double(x * y); return .void
                    default: break
                    }
                }
                if op == .add, case .int(let x) = p.pointee, case .int(let y) = b {
                    let (r, o) = x.addingReportingOverflow(y)
                    if o { throw LecternError("arithmetic overflow: \(x) + \(y)", at: l) }
                    p.pointee = .int(r)
                    return .void
                }
                try compoundAssign(op, &p.pointee, b, lit, ev, l)
                return .void
            })
        }
        if let g = target.globalSlot {
            // A top-level variable updated in a loop (`total += x`): Double/Int in place.
            let rt = self.rt
            let modify = target.modify
            return LoweredExpr(code: { f in
                let b = try code(f)
                if g < rt.globals.count, case .double(let x) = rt.globals[g], case .double(let y) = b {
                    switch op {
                    case .add: rt.globals[g] = .double(x + y); return .void
                    case .sub: rt.globals[g] = .double(x - y); return .void
                    case .mul: rt.globals[g] = .double(x * y); return .void
                    default: break
                    }
                }
                if g < rt.globals.count, op == .add || op == .sub, case .int(let x) = rt.globals[g], case .int(let y) = b {
                    // `i += 1` on a top-level counter; an overflow takes the general path for its message.
                    let (r, o) = op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                    if !o { rt.globals[g] = .int(r); return .void }
                }
                try modify(f) { old in try compoundAssign(op, &old, b, lit, ev, l) }
                return .void
            })
        }
        let modify = target.modify
        return LoweredExpr(code: { f in
            let b = try code(f)
            try modify(f) { old in try compoundAssign(op, &old, b, lit, ev, l) }
            return .void
        })
    }
}

extension Lowerer {
    /// `a[i] += x` on an array of Int or Double in a slot of this frame (a gradient step, an
    /// `inout` helper's update): the element is changed in place, without the closures of the
    /// general storage path. Anything else (an index out of range, another element type) takes
    /// `modifySubscript` with the index already computed. Nil for other shapes.
    fileprivate func lowerArrayElementCompoundAssignment(_ op: BinaryOp, _ lhs: ExprSyntax, _ rhs: ExprSyntax,
                                                         _ l: SourceLoc) throws -> LoweredExpr? {
        guard let s = lhs.as(SubscriptCallExprSyntax.self), s.arguments.count == 1, let argument = s.arguments.first,
              argument.label == nil, s.trailingClosure == nil, let base = s.calledExpression.as(DeclReferenceExprSyntax.self),
              case .local(0, let slot, _) = resolve(base.baseName.text), uncertainClosureDepth == 0,
              case .nominal(let array, let elements)? = facts.type(of: s.calledExpression), array.builtin == .array,
              elements.count == 1, case .nominal(let element, _) = elements[0], element.builtin == .int || element.builtin == .double,
              case .nominal(let indexType, _)? = facts.type(of: argument.expression), indexType.builtin == .int
        else { return nil }
        let index = try lowerExpr(argument.expression).code
        let value = try lowerExpr(rhs)
        let code = value.code, lit = value.isLiteral
        let ev = self.ev
        let subscriptLoc = loc(s)  // where the general path reports an index out of range
        return LoweredExpr(code: { f in
            let b = try code(f)
            let iv = try index(f)
            let p = f.slots + slot
            var count = -1
            if case .array(let peek) = p.pointee { count = peek.count }
            if case .int(let i) = iv, i >= 0, i < count, var a = p.pointee.takeArray() {
                defer { p.pointee = .array(a) }
                try compoundAssign(op, &a[i], b, lit, ev, l)
                return .void
            }
            try ev.modifySubscript(&p.pointee, iv, loc: subscriptLoc) { old in try compoundAssign(op, &old, b, lit, ev, l) }
            return .void
        })
    }
}

/// `old op= b`, appending in place for arrays and strings.
@inline(__always)
func compoundAssign(_ op: BinaryOp, _ old: inout Value, _ b: Value, _ literal: Bool, _ ev: Evaluator, _ l: SourceLoc) throws {
    if case .double(let x) = old, case .double(let y) = b {
        switch op {
        case .add: old = .double(x + y); return
        case .sub: old = .double(x - y); return
        case .mul: old = .double(x * y); return
        case .div: old = .double(x / y); return
        default: break
        }
    }
    if case .int(let x) = old, case .int(let y) = b, op == .add || op == .sub {
        let (r, o) = op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
        if !o { old = .int(r); return }
    }
    if op == .add {
        if case .array(let more) = b, case .array = old {
            try ev.rt.allocate(more.count, l)
            var a = old.takeArray() ?? []
            a.append(contentsOf: more)
            old = .array(a)
            return
        }
        if case .slice(let more) = b, case .array = old {
            try ev.rt.allocate(more.count, l)
            var a = old.takeArray() ?? []
            a.append(contentsOf: more)
            old = .array(a)
            return
        }
        if case .slice = old {
            let more = try ev.elements(of: b, loc: l)
            try ev.rt.allocate(more.count, l)
            var s = old.takeSlice() ?? []
            s.append(contentsOf: more)
            old = .slice(s)
            return
        }
        if case .string(let more) = b, case .string = old {
            try ev.rt.allocate(more.utf8.count, l, bytesPerElement: 1)
            var s = old.takeString() ?? ""
            s += more
            old = .string(s)
            return
        }
    }
    old = try ev.binary(op, old, b, false, literal, loc: l)
}

/// A value being assigned over `old`: integer literals follow a floating-point variable, and a
/// plain value assigned to an optional variable becomes `Optional(value)`.
@inline(__always)
func adaptAssigned(_ v: Value, old: Value, literal: Bool) -> Value {
    switch (old, v) {
    case (.none, .none), (.none, .some), (.some, .none), (.some, .some): return v
    case (.none, _): return .some(v)
    case (.some(let w), _): return .some(adaptAssigned(v, old: w, literal: literal))
    case (.double, .int(let n)) where literal: return .double(Double(n))
    case (.array(let o), .array(let n)) where literal:
        // `rows[0] = [1, 2, 3]` where the rows hold Doubles.
        if case .double? = o.first { return .array(n.map { if case .int(let k) = $0 { return .double(Double(k)) }; return $0 }) }
        return v
    case (.float, .int(let n)) where literal: return .float(Float(n))
    case (.float, .double(let d)) where literal: return .float(Float(d))
    default: return v
    }
}

/// Whether `e` is arithmetic on number literals only (`0 / 0.0`, `-(1.5 - 1.5) * 2`), which
/// swiftc evaluates while compiling, whatever the optimisation level.
func isFoldedLiteralArithmetic(_ e: ExprSyntax) -> Bool {
    if e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) { return true }
    if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
        return isFoldedLiteralArithmetic(only.expression)
    }
    if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return isFoldedLiteralArithmetic(p.expression) }
    if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self),
       ["+", "-", "*", "/"].contains(op.operator.text) {
        return isFoldedLiteralArithmetic(i.leftOperand) && isFoldedLiteralArithmetic(i.rightOperand)
    }
    return false
}

/// A NaN value as constant folding produces it: positive (other values unchanged).
func positiveNaN(_ v: Value) -> Value {
    switch v {
    case .double(let d) where d.isNaN: return .double(.nan)
    case .float(let x) where x.isNaN: return .float(.nan)
    default: return v
    }
}
