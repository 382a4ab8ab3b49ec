/// Arithmetic and comparison kernels: the Int/Double fast paths of the binary operators,
/// specialised per operator by generics so each compiled operator closure has its arithmetic
/// inlined. Anything else (literal mixing, strings, user operators, errors) takes the general
/// `Evaluator.binary` path.
protocol ArithmeticKernel {
    static var op: BinaryOp { get }
    /// nil when the result needs the general path (overflow, division by zero).
    static func ints(_ a: Int, _ b: Int) -> Int?
    static func doubles(_ a: Double, _ b: Double) -> Double
}

enum AddKernel: ArithmeticKernel {
    static var op: BinaryOp { .add }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Int? {
        let (v, o) = a.addingReportingOverflow(b); return o ? nil : v
    }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Double { a + b }
}

enum SubtractKernel: ArithmeticKernel {
    static var op: BinaryOp { .sub }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Int? {
        let (v, o) = a.subtractingReportingOverflow(b); return o ? nil : v
    }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Double { a - b }
}

enum MultiplyKernel: ArithmeticKernel {
    static var op: BinaryOp { .mul }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Int? {
        let (v, o) = a.multipliedReportingOverflow(by: b); return o ? nil : v
    }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Double { a * b }
}

enum DivideKernel: ArithmeticKernel {
    static var op: BinaryOp { .div }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Int? {
        if b == 0 { return nil }
        let (v, o) = a.dividedReportingOverflow(by: b); return o ? nil : v
    }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Double { a / b }
}

enum RemainderKernel: ArithmeticKernel {
    static var op: BinaryOp { .rem }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Int? {
        if b == 0 { return nil }
        let (v, o) = a.remainderReportingOverflow(dividingBy: b); return o ? nil : v
    }
    /// Swift has no `%` on floating point (the checker reports it); this is `truncatingRemainder`.
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Double { a.truncatingRemainder(dividingBy: b) }
}

protocol ComparisonKernel {
    static var op: BinaryOp { get }
    static func ints(_ a: Int, _ b: Int) -> Bool
    static func doubles(_ a: Double, _ b: Double) -> Bool
}

enum LessKernel: ComparisonKernel {
    static var op: BinaryOp { .lt }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a < b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a < b }
}

enum LessOrEqualKernel: ComparisonKernel {
    static var op: BinaryOp { .le }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a <= b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a <= b }
}

enum GreaterKernel: ComparisonKernel {
    static var op: BinaryOp { .gt }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a > b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a > b }
}

enum GreaterOrEqualKernel: ComparisonKernel {
    static var op: BinaryOp { .ge }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a >= b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a >= b }
}

enum EqualKernel: ComparisonKernel {
    static var op: BinaryOp { .eq }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a == b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a == b }
}

enum NotEqualKernel: ComparisonKernel {
    static var op: BinaryOp { .ne }
    @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a != b }
    @inline(__always) static func doubles(_ a: Double, _ b: Double) -> Bool { a != b }
}

/// Where an operand comes from: a slot of the current frame and a constant are read directly,
/// skipping a closure call.
enum OperandSource {
    case local(Int)
    case constant(Value)
    case code(Code.Expr)
}

/// Builds the closure for `lhs op rhs`.
func arithmeticCode<K: ArithmeticKernel>(_ kernel: K.Type, _ lhs: OperandSource, _ rhs: OperandSource,
                                         _ leftLiteral: Bool, _ rightLiteral: Bool, _ ev: Evaluator, _ l: SourceLoc) -> Code.Expr {
    @inline(__always)
    func apply(_ a: Value, _ b: Value) throws -> Value {
        if case .double(let x) = a, case .double(let y) = b { return .double(K.doubles(x, y)) }
        if case .int(let x) = a, case .int(let y) = b, let v = K.ints(x, y) { return .int(v) }
        return try ev.binary(K.op, a, b, leftLiteral, rightLiteral, loc: l)
    }
    // The common shapes test the slot in place, so the usual Int or Double case never copies
    // a whole `Value` (`n - 1`, `x * 0.5`, `i + j`).
    switch (lhs, rhs) {
    case (.local(let s), .constant(.int(let k))):
        let c = Value.int(k)
        return { f in
            if case .int(let x) = f[s], let v = K.ints(x, k) { return .int(v) }
            return try apply(f[s], c)
        }
    case (.local(let s), .constant(.double(let k))):
        let c = Value.double(k)
        return { f in
            if case .double(let x) = f[s] { return .double(K.doubles(x, k)) }
            return try apply(f[s], c)
        }
    case (.local(let s), .constant(let c)): return { f in try apply(f[s], c) }
    case (.local(let s), .local(let t)):
        return { f in
            if case .double(let x) = f[s], case .double(let y) = f[t] { return .double(K.doubles(x, y)) }
            if case .int(let x) = f[s], case .int(let y) = f[t], let v = K.ints(x, y) { return .int(v) }
            return try apply(f[s], f[t])
        }
    case (.code(let lc), .constant(let c)): return { f in try apply(try lc(f), c) }
    case (.local(let s), .code(let rc)): return { f in try apply(f[s], try rc(f)) }
    case (.code(let lc), .local(let t)): return { f in try apply(try lc(f), f[t]) }
    case (.constant(let c), .local(let t)): return { f in try apply(c, f[t]) }
    case (.constant(let c), .code(let rc)): return { f in try apply(c, try rc(f)) }
    default:
        let lc = lhs.code, rc = rhs.code
        return { f in try apply(try lc(f), try rc(f)) }
    }
}

/// Builds the Bool-valued test for `lhs op rhs` (used directly by conditions).
func comparisonTest<K: ComparisonKernel>(_ kernel: K.Type, _ lhs: OperandSource, _ rhs: OperandSource,
                                         _ leftLiteral: Bool, _ rightLiteral: Bool, _ ev: Evaluator,
                                         _ l: SourceLoc) -> (Frame) throws -> Bool {
    @inline(__always)
    func apply(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return K.ints(x, y) }
        if case .double(let x) = a, case .double(let y) = b { return K.doubles(x, y) }
        if case .bool(let r) = try ev.binary(K.op, a, b, leftLiteral, rightLiteral, loc: l) { return r }
        return false
    }
    switch (lhs, rhs) {
    case (.local(let s), .constant(.int(let k))):
        let c = Value.int(k)
        return { f in
            if case .int(let x) = f[s] { return K.ints(x, k) }
            return try apply(f[s], c)
        }
    case (.local(let s), .constant(.double(let k))):
        let c = Value.double(k)
        return { f in
            if case .double(let x) = f[s] { return K.doubles(x, k) }
            return try apply(f[s], c)
        }
    case (.local(let s), .constant(let c)): return { f in try apply(f[s], c) }
    case (.local(let s), .local(let t)):
        return { f in
            if case .int(let x) = f[s], case .int(let y) = f[t] { return K.ints(x, y) }
            if case .double(let x) = f[s], case .double(let y) = f[t] { return K.doubles(x, y) }
            return try apply(f[s], f[t])
        }
    case (.code(let lc), .constant(let c)): return { f in try apply(try lc(f), c) }
    case (.local(let s), .code(let rc)): return { f in try apply(f[s], try rc(f)) }
    case (.code(let lc), .local(let t)): return { f in try apply(try lc(f), f[t]) }
    default:
        let lc = lhs.code, rc = rhs.code
        return { f in try apply(try lc(f), try rc(f)) }
    }
}

extension OperandSource {
    var code: Code.Expr {
        switch self {
        case .local(let s): return { f in f[s] }
        case .constant(let c): return { _ in c }
        case .code(let c): return c
        }
    }
}
