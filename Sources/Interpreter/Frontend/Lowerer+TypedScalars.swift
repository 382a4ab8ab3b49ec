import SwiftSyntax

/// Typed lowering of Int and Double arithmetic: where the checker settled an expression's type
/// as `Int` or `Double`, its operator tree is lowered to closures that return the unboxed number
/// (as its bits, `ScalarCode`), so intermediate results are never wrapped in a `Value`, returned
/// through memory and tested for their case again. Only the tree's root boxes its result.
///
/// The checker decides the types, so a leaf of the tree (a call, a subscript, a member) that
/// holds anything else at run time is a lectern bug; it is reported as a located error, never
/// read as the wrong number.
extension Lowerer {
    /// The scalar type the checker gave `e`, when it is `Int` or `Double` as such.
    func checkedScalar(_ e: ExprSyntax) -> ScalarKind? {
        guard uncertainClosureDepth == 0, facts.optionalWraps[e.id] == nil, facts.tupleLabels[e.id] == nil,
              case .nominal(let n, _)? = facts.type(of: e) else { return nil }
        switch n.builtin {
        case .int?: return .int
        case .double?: return .double
        default: return nil
        }
    }

    /// `a op b` as typed arithmetic, or nil when the tree is not one the typed path takes
    /// (mixed or unsettled types, literal-only arithmetic, which swiftc folds).
    func lowerTypedArithmetic(_ infix: InfixOperatorExprSyntax) throws -> LoweredExpr? {
        guard let kind = checkedScalar(ExprSyntax(infix)), let op = arithmeticOperator(infix),
              !isFoldedLiteralArithmetic(ExprSyntax(infix)), isSound(ExprSyntax(infix), kind),
              // A single operator on plain operands (`n - 1`) is as fast untyped, without the boxing step.
              isTypedTree(infix.leftOperand) || isTypedTree(infix.rightOperand) else { return nil }
        let l = loc(infix.operator)
        switch kind {
        case .int:
            let code = typedArithmetic(op, try typedScalar(infix.leftOperand, as: Int.self),
                                       try typedScalar(infix.rightOperand, as: Int.self), Int.self, l)
            return LoweredExpr(code: { f in .int(Int(bits: try code(f))) }, type: .int)
        case .double:
            let code = typedArithmetic(op, try typedScalar(infix.leftOperand, as: Double.self),
                                       try typedScalar(infix.rightOperand, as: Double.self), Double.self, l)
            return LoweredExpr(code: { f in .double(Double(bits: try code(f))) }, type: .double)
        }
    }

    /// `Double(n)` of a typed Int, converted without the initialiser call's general path.
    func lowerTypedConversion(_ call: FunctionCallExprSyntax) throws -> LoweredExpr? {
        let e = ExprSyntax(call)
        guard checkedScalar(e) == .double, isBuiltinDoubleConversion(call), let argument = call.arguments.first?.expression,
              checkedScalar(stripParentheses(argument)) == .int, isSound(argument, .int) else { return nil }
        switch try typedScalar(argument, as: Int.self) {
        case .slot(let s, let l): return LoweredExpr(code: { f in .double(Double(try Int.unboxed(f[s], at: l))) }, type: .double)
        case let operand:
            let code = operand.code(as: Int.self)
            return LoweredExpr(code: { f in .double(Double(Int(bits: try code(f)))) }, type: .double)
        }
    }

    /// `a op b` for a comparison of two Int or two Double operands of which at least one is
    /// typed arithmetic (`n % 2 == 0`, `x * x + y * y < 1`), as an unboxed test; nil otherwise.
    func lowerTypedComparison(_ infix: InfixOperatorExprSyntax, _ op: BinaryOp) throws -> ((Frame) throws -> Bool)? {
        let lhs = stripParentheses(infix.leftOperand), rhs = stripParentheses(infix.rightOperand)
        guard let kind = checkedScalar(lhs), isSound(lhs, kind), isSound(rhs, kind), isTypedTree(lhs) || isTypedTree(rhs),
              facts.declarationChosenByType(for: infix.operator) == nil, facts.staticallyCalledOperator(infix.operator) == nil
        else { return nil }
        let l = loc(infix.operator)
        switch kind {
        case .int: return typedComparison(op, try typedScalar(lhs, as: Int.self), try typedScalar(rhs, as: Int.self), Int.self)
        case .double: return typedComparison(op, try typedScalar(lhs, as: Double.self), try typedScalar(rhs, as: Double.self), Double.self)
        }
    }

    private func typedComparison<T: UnboxedScalar>(_ op: BinaryOp, _ a: TypedOperand, _ b: TypedOperand,
                                                   _ type: T.Type) -> (Frame) throws -> Bool {
        switch op {
        case .lt: return typedTest(LessKernel.self, a, b, T.self)
        case .le: return typedTest(LessOrEqualKernel.self, a, b, T.self)
        case .gt: return typedTest(GreaterKernel.self, a, b, T.self)
        case .ge: return typedTest(GreaterOrEqualKernel.self, a, b, T.self)
        case .eq: return typedTest(EqualKernel.self, a, b, T.self)
        default: return typedTest(NotEqualKernel.self, a, b, T.self)
        }
    }

    /// Whether `e` is an operator tree the typed path computes itself (rather than a leaf it
    /// only unboxes) and can take as a whole.
    private func isTypedTree(_ e: ExprSyntax) -> Bool {
        let e = stripParentheses(e)
        guard e.is(InfixOperatorExprSyntax.self) || e.is(TernaryExprSyntax.self), let kind = checkedScalar(e) else { return false }
        return !isFoldedLiteralArithmetic(e) && isSound(e, kind)
    }

    /// Whether every node of the tree `e` has the checked type `kind` by itself, as the typed path
    /// assumes: its operators take two operands of that type and its leaves (names, calls,
    /// members) are typed by their declarations. A type the checker reached only by defaulting a
    /// literal next to an operand it could not type (`$0 + 1` in a closure passed to a native
    /// function) fails at a leaf, and the tree stays untyped.
    private func isSound(_ e0: ExprSyntax, _ kind: ScalarKind) -> Bool {
        let e = stripParentheses(e0)
        guard checkedScalar(e) == kind else { return false }
        if e.is(IntegerLiteralExprSyntax.self) { return true }
        if e.is(FloatLiteralExprSyntax.self) { return kind == .double }
        if isFoldedLiteralArithmetic(e) { return true }
        if let infix = e.as(InfixOperatorExprSyntax.self) {
            guard let op = arithmeticOperator(infix), op != .rem || kind == .int else { return false }
            return isSound(infix.leftOperand, kind) && isSound(infix.rightOperand, kind)
        }
        if let p = e.as(PrefixOperatorExprSyntax.self) {
            return p.operator.text == "-" && facts.declarationChosenByType(for: p) == nil && isSound(p.expression, kind)
        }
        if let t = e.as(TernaryExprSyntax.self) { return isSound(t.thenExpression, kind) && isSound(t.elseExpression, kind) }
        if kind == .double, let call = e.as(FunctionCallExprSyntax.self), isBuiltinDoubleConversion(call),
           let argument = call.arguments.first?.expression {
            guard let from = checkedScalar(stripParentheses(argument)) else { return false }
            return isSound(argument, from)
        }
        return e.is(DeclReferenceExprSyntax.self) || e.is(FunctionCallExprSyntax.self) || e.is(MemberAccessExprSyntax.self)
            || e.is(SubscriptCallExprSyntax.self) || e.is(ForceUnwrapExprSyntax.self)
    }

    private func arithmeticOperator(_ infix: InfixOperatorExprSyntax) -> BinaryOp? {
        guard let opNode = infix.operator.as(BinaryOperatorExprSyntax.self),
              let op = BinaryOp(rawValue: opNode.operator.text), [.add, .sub, .mul, .div, .rem].contains(op),
              facts.declarationChosenByType(for: infix.operator) == nil, facts.staticallyCalledOperator(infix.operator) == nil
        else { return nil }
        return op
    }

    private func stripParentheses(_ e: ExprSyntax) -> ExprSyntax {
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return stripParentheses(only.expression)
        }
        return e
    }

    /// `e`, whose checked type is `T`, as a typed operand: a constant, a slot of the current
    /// frame, or code computing it.
    private func typedScalar<T: UnboxedScalar>(_ e0: ExprSyntax, as type: T.Type) throws -> TypedOperand {
        let e = stripParentheses(e0)
        let l = loc(e)
        if let i = e.as(IntegerLiteralExprSyntax.self), facts.optionalWraps[e.id] == nil {
            let n = try parseInteger(i.literal.text, l)
            return .constant(T.kind == .int ? n.bits : Double(n).bits)
        }
        if T.kind == .double, let fl = e.as(FloatLiteralExprSyntax.self), facts.optionalWraps[e.id] == nil,
           let d = Double(fl.literal.text.replacingOccurrences(of: "_", with: "")) {
            return .constant(d.bits)
        }
        if isFoldedLiteralArithmetic(e) {
            // Literal-only arithmetic keeps the untyped lowering, which folds it as swiftc does.
            return try boxedOperand(e0, as: T.self)
        }
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = arithmeticOperator(infix), op != .rem || T.kind == .int,
           checkedScalar(e) == T.kind,
           checkedScalar(stripParentheses(infix.leftOperand)) == T.kind, checkedScalar(stripParentheses(infix.rightOperand)) == T.kind {
            let a = try typedScalar(infix.leftOperand, as: T.self), b = try typedScalar(infix.rightOperand, as: T.self)
            return .code(typedArithmetic(op, a, b, T.self, loc(infix.operator)))
        }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", checkedScalar(e) == T.kind,
           checkedScalar(stripParentheses(p.expression)) == T.kind, facts.declarationChosenByType(for: p) == nil {
            let inner = try typedScalar(p.expression, as: T.self).code(as: T.self)
            let ev = self.ev
            return .code({ f in
                let x = T(bits: try inner(f))
                if let r = T.negated(x) { return r.bits }
                return try T.unboxed(try ev.negate(x.boxed, loc: l), at: l).bits
            })
        }
        if let t = e.as(TernaryExprSyntax.self), checkedScalar(e) == T.kind,
           checkedScalar(stripParentheses(t.thenExpression)) == T.kind, checkedScalar(stripParentheses(t.elseExpression)) == T.kind {
            let cond = try lowerCondition(t.condition)
            let a = try typedScalar(t.thenExpression, as: T.self).code(as: T.self)
            let b = try typedScalar(t.elseExpression, as: T.self).code(as: T.self)
            return .code({ f in try cond(f) ? a(f) : b(f) })
        }
        if let d = e.as(DeclReferenceExprSyntax.self), d.argumentNames == nil {
            switch resolve(d.baseName.text) {
            case .local(0, let slot, _): return .slot(slot, l)
            case .local(let depth, let slot, _):
                return .code({ f in try T.unboxed(f.ancestor(depth)[slot], at: l).bits })
            case .global(let g, _):
                let rt = self.rt
                return .code({ _ in
                    let v = rt.globals[g]
                    if let x = T.unbox(v) { return x.bits }
                    if case .unset = v { throw rt.unavailable(g, l) }
                    return try T.unboxed(v, at: l).bits
                })
            default: break
            }
        }
        if T.kind == .double, let call = e.as(FunctionCallExprSyntax.self), isBuiltinDoubleConversion(call),
           let argument = call.arguments.first?.expression {
            // `Double(i)`: the conversion of a typed Int (or Double) operand.
            switch checkedScalar(stripParentheses(argument)) {
            case .int?:
                let inner = try typedScalar(argument, as: Int.self).code(as: Int.self)
                return .code({ f in Double(Int(bits: try inner(f))).bits })
            case .double?:
                return try typedScalar(argument, as: Double.self)
            default: break
            }
        }
        return try boxedOperand(e0, as: T.self)
    }

    /// A leaf of a typed tree: lowered as any expression (in the context of its checked type),
    /// its value unboxed.
    private func boxedOperand<T: UnboxedScalar>(_ e: ExprSyntax, as type: T.Type) throws -> TypedOperand {
        let code = try lowerExpr(e, expected: T.kind == .int ? .int : .double).code
        return .boxed(code, loc(e))
    }

    /// `Double(x)` calling the standard library's initialiser with one unlabelled argument.
    func isBuiltinDoubleConversion(_ call: FunctionCallExprSyntax) -> Bool {
        guard let callee = call.calledExpression.as(DeclReferenceExprSyntax.self), callee.baseName.text == "Double",
              call.arguments.count == 1, call.arguments.first?.label == nil, call.trailingClosure == nil,
              case .builtinType(.double) = resolve("Double") else { return false }
        if let chosen = facts.callee(of: call), chosen.isLesson { return false }
        return true
    }

    private func typedArithmetic<T: UnboxedScalar>(_ op: BinaryOp, _ a: TypedOperand, _ b: TypedOperand,
                                                   _ type: T.Type, _ l: SourceLoc) -> ScalarCode {
        let ev = self.ev
        switch op {
        case .add: return typedBinary(AddKernel.self, a, b, T.self, ev, l)
        case .sub: return typedBinary(SubtractKernel.self, a, b, T.self, ev, l)
        case .mul: return typedBinary(MultiplyKernel.self, a, b, T.self, ev, l)
        case .div: return typedBinary(DivideKernel.self, a, b, T.self, ev, l)
        default: return typedBinary(RemainderKernel.self, a, b, T.self, ev, l)
        }
    }
}

/// The scalar types with a typed lowering.
enum ScalarKind { case int, double }

/// A number type the typed lowering computes with unboxed.
protocol UnboxedScalar {
    static var kind: ScalarKind { get }
    static func unbox(_ v: Value) -> Self?
    var boxed: Value { get }
    /// nil when the result needs the general path (an overflow, to be reported).
    static func arithmetic<K: ArithmeticKernel>(_ k: K.Type, _ a: Self, _ b: Self) -> Self?
    static func test<K: ComparisonKernel>(_ k: K.Type, _ a: Self, _ b: Self) -> Bool
    static func negated(_ x: Self) -> Self?
    init(bits: UInt64)
    var bits: UInt64 { get }
}

extension UnboxedScalar {
    /// `v` unboxed, or the located error of a value the checker did not expect.
    @inline(__always)
    static func unboxed(_ v: Value, at l: SourceLoc) throws -> Self {
        if let x = unbox(v) { return x }
        throw LecternError("internal error: expected a value of type '\(kind == .int ? "Int" : "Double")', found '\(v.typeName)'", at: l)
    }
}

extension Int: UnboxedScalar {
    static var kind: ScalarKind { .int }
    @inline(__always) static func unbox(_ v: Value) -> Int? { if case .int(let x) = v { return x }; return nil }
    @inline(__always) var boxed: Value { .int(self) }
    @inline(__always) static func arithmetic<K: ArithmeticKernel>(_ k: K.Type, _ a: Int, _ b: Int) -> Int? { K.ints(a, b) }
    @inline(__always) static func test<K: ComparisonKernel>(_ k: K.Type, _ a: Int, _ b: Int) -> Bool { K.ints(a, b) }
    @inline(__always) static func negated(_ x: Int) -> Int? { x == .min ? nil : -x }
    @inline(__always) init(bits: UInt64) { self = Int(Int64(bitPattern: bits)) }
    @inline(__always) var bits: UInt64 { UInt64(bitPattern: Int64(self)) }
}

extension Double: UnboxedScalar {
    static var kind: ScalarKind { .double }
    @inline(__always) static func unbox(_ v: Value) -> Double? { if case .double(let x) = v { return x }; return nil }
    @inline(__always) var boxed: Value { .double(self) }
    @inline(__always) var bits: UInt64 { bitPattern }
    @inline(__always) static func arithmetic<K: ArithmeticKernel>(_ k: K.Type, _ a: Double, _ b: Double) -> Double? { K.doubles(a, b) }
    @inline(__always) static func test<K: ComparisonKernel>(_ k: K.Type, _ a: Double, _ b: Double) -> Bool { K.doubles(a, b) }
    @inline(__always) static func negated(_ x: Double) -> Double? { -x }
    @inline(__always) init(bits: UInt64) { self = Double(bitPattern: bits) }
}

/// A typed closure's result: the bits of an `Int` or a `Double`. One concrete closure type for
/// both keeps the closures out of generic signatures, where every call would go through a
/// reabstraction thunk.
typealias ScalarCode = (Frame) throws -> UInt64

/// Where a typed operand comes from (see `OperandSource`): constants, slots of the current frame
/// and leaves computing a boxed value are read by the operator's own closure, without a
/// closure call of their own.
enum TypedOperand {
    case constant(UInt64)
    /// A slot, with the location of the name read from it (for the error of a wrong value).
    case slot(Int, SourceLoc)
    /// Code computing the value boxed (a call, a member, a subscript), unboxed when read.
    case boxed(Code.Expr, SourceLoc)
    case code(ScalarCode)

    @inline(__always)
    func value<T: UnboxedScalar>(_ f: Frame, as: T.Type) throws -> T {
        switch self {
        case .constant(let c): return T(bits: c)
        case .slot(let s, let l): return try T.unboxed(f[s], at: l)
        case .boxed(let c, let l): return try T.unboxed(try c(f), at: l)
        case .code(let c): return T(bits: try c(f))
        }
    }

    func code<T: UnboxedScalar>(as: T.Type) -> ScalarCode {
        switch self {
        case .code(let c): return c
        default: return { f in try self.value(f, as: T.self).bits }
        }
    }
}

/// `a op b` on typed operands; an overflow or a division by zero takes `Evaluator.binary`'s
/// path for its message.
func typedBinary<K: ArithmeticKernel, T: UnboxedScalar>(_ kernel: K.Type, _ a: TypedOperand, _ b: TypedOperand, _ type: T.Type,
                                                       _ ev: Evaluator, _ l: SourceLoc) -> ScalarCode {
    @inline(__always)
    func apply(_ x: T, _ y: T) throws -> UInt64 {
        if let r = T.arithmetic(K.self, x, y) { return r.bits }
        return try T.unboxed(try ev.binary(K.op, x.boxed, y.boxed, false, false, loc: l), at: l).bits
    }
    switch (a, b) {
    case (.code(let c), .code(let d)): return { f in try apply(T(bits: try c(f)), T(bits: try d(f))) }
    case (.code(let c), .constant(let k)): return { f in try apply(T(bits: try c(f)), T(bits: k)) }
    case (.constant(let k), .code(let d)): return { f in try apply(T(bits: k), T(bits: try d(f))) }
    case (.code(let c), .slot(let s, let sl)): return { f in try apply(T(bits: try c(f)), try T.unboxed(f[s], at: sl)) }
    case (.slot(let s, let sl), .code(let d)): return { f in try apply(try T.unboxed(f[s], at: sl), T(bits: try d(f))) }
    case (.slot(let s, let sl), .constant(let k)): return { f in try apply(try T.unboxed(f[s], at: sl), T(bits: k)) }
    case (.constant(let k), .slot(let s, let sl)): return { f in try apply(T(bits: k), try T.unboxed(f[s], at: sl)) }
    default: return { f in try apply(try a.value(f, as: T.self), try b.value(f, as: T.self)) }
    }
}

/// `a op b` as a test on typed operands.
func typedTest<K: ComparisonKernel, T: UnboxedScalar>(_ kernel: K.Type, _ a: TypedOperand, _ b: TypedOperand,
                                                     _ type: T.Type) -> (Frame) throws -> Bool {
    switch (a, b) {
    case (.code(let c), .code(let d)): return { f in T.test(K.self, T(bits: try c(f)), T(bits: try d(f))) }
    case (.code(let c), .constant(let k)): return { f in T.test(K.self, T(bits: try c(f)), T(bits: k)) }
    case (.code(let c), _): return { f in T.test(K.self, T(bits: try c(f)), try b.value(f, as: T.self)) }
    case (_, .code(let d)): return { f in T.test(K.self, try a.value(f, as: T.self), T(bits: try d(f))) }
    default: return { f in T.test(K.self, try a.value(f, as: T.self), try b.value(f, as: T.self)) }
    }
}
