import Foundation

/// The binary operators lesson code can use, with Swift's semantics (checked integer arithmetic).
enum BinaryOp: String {
    case add = "+", sub = "-", mul = "*", div = "/", rem = "%"
    case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!="
    case identical = "===", notIdentical = "!=="
    case bitAnd = "&", bitOr = "|", bitXor = "^", shiftLeft = "<<", shiftRight = ">>"
    case wrapAdd = "&+", wrapSub = "&-", wrapMul = "&*"
    case halfOpen = "..<", closed = "..."
}

extension Evaluator {
    /// Applies `op`. `leftLiteral`/`rightLiteral` say whether an operand is an integer literal
    /// expression, which Swift would type as Double/Float next to a floating-point operand.
    func binary(_ op: BinaryOp, _ l0: Value, _ r0: Value, _ leftLiteral: Bool, _ rightLiteral: Bool,
                loc: SourceLoc) throws -> Value {
        var l = l0, r = r0
        switch (l, r) {
        case (.int(let a), .double):
            if leftLiteral { l = .double(Double(a)) }
        case (.double, .int(let b)):
            if rightLiteral { r = .double(Double(b)) }
        case (.int(let a), .float):
            if leftLiteral { l = .float(Float(a)) }
        case (.float, .int(let b)):
            if rightLiteral { r = .float(Float(b)) }
        case (.double(let a), .float):
            if leftLiteral { l = .float(Float(a)) }
        case (.float, .double(let b)):
            if rightLiteral { r = .float(Float(b)) }
        default: break
        }
        switch (l, r) {
        case (.int(let a), .int(let b)): return try intOp(op, a, b, loc)
        case (.double(let a), .double(let b)): if let v = floatingOp(op, a, b) { return v }
        case (.float(let a), .float(let b)):
            if let v = floatingOp(op, a, b) {
                return v
            }
        case (.string(let a), .string(let b)):
            if op == .add { try rt.allocate(a.utf8.count + b.utf8.count, loc, bytesPerElement: 1); return .string(a + b) }
            if let v = compare(op, a, b) { return .bool(v) }
        case (.character(let a), .character(let b)):
            if let v = compare(op, a, b) { return .bool(v) }
        case (.bool(let a), .bool(let b)):
            switch op {
            case .eq: return .bool(a == b)
            case .ne: return .bool(a != b)
            default: break
            }
        case (.array(let a), .array(let b)) where op == .add:
            try rt.allocate(a.count + b.count, loc)
            return .array(a + b)
        // `+` keeps the type of its left side, as Swift's RangeReplaceableCollection `+` does.
        case (.array(let a), .slice(let b)) where op == .add:
            try rt.allocate(a.count + b.count, loc)
            return .array(a + b)
        case (.slice(let a), .slice(let b)) where op == .add:
            try rt.allocate(a.count + b.count, loc)
            return .slice(a + b)
        case (.slice(let a), .array(let b)) where op == .add:
            try rt.allocate(a.count + b.count, loc)
            return .slice(a + b)
        case (.tuple(let a), .tuple(let b)) where [.lt, .le, .gt, .ge].contains(op):
            for (x, y) in zip(a.elements, b.elements) where !valuesEqual(x, y) {
                return try binary(op == .le ? .lt : op == .ge ? .gt : op, x, y, false, false, loc: loc)
            }
            return .bool(op == .le || op == .ge)
        case (.object(let a), .object(let b)) where op == .identical || op == .notIdentical:
            return .bool((a === b) == (op == .identical))
        case (.none, .object), (.object, .none), (.none, .none):
            if op == .identical || op == .notIdentical { return .bool(valuesEqual(l, r) == (op == .identical)) }
        default: break
        }
        // User-defined operators (`static func + (lhs: Vector, rhs: Vector) -> Vector`).
        if let type = userType(of: l) ?? userType(of: r) {
            if let decls = type.staticMethods[op.rawValue] {
                let decl = try choose(decls, [nil, nil], name: op.rawValue, loc: loc)
                return try invoke(decl, env: nil, receiver: .type(.user(type)), args: [l, r], labels: [nil, nil], loc: loc).0
            }
            if op == .ne, let decls = type.staticMethods["=="] {
                let v = try invoke(decls[0], env: nil, receiver: .type(.user(type)), args: [l, r], labels: [nil, nil], loc: loc).0
                if case .bool(let b) = v { return .bool(!b) }
            }
            if [.gt, .le, .ge].contains(op), let decls = type.staticMethods["<"] {
                let (a, b) = op == .gt || op == .le ? (r, l) : (l, r)
                let v = try invoke(decls[0], env: nil, receiver: .type(.user(type)), args: [a, b], labels: [nil, nil], loc: loc).0
                if case .bool(let x) = v { return .bool(op == .gt ? x : !x) }
            }
        }
        if case .native = l, let v = try nativeOperator(op.rawValue, [l, r], loc: loc) { return v }
        if case .native = r, let v = try nativeOperator(op.rawValue, [l, r], loc: loc) { return v }
        if op == .eq || op == .ne {
            if sameKind(l, r) { return .bool(valuesEqual(l, r) == (op == .eq)) }
        }
        if case .enumValue(let a) = l, case .enumValue(let b) = r, a.type.isSameDeclaration(b.type), [.lt, .le, .gt, .ge].contains(op) {
            return try intOp(op, a.caseIndex, b.caseIndex, loc)
        }
        throw LecternError("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(l.typeName)' and '\(r.typeName)'", at: loc)
    }

    /// An operator declared by the native library for these operands (`Tensor + Tensor`,
    /// `Value * 2`), or nil when none is declared under that name.
    func nativeOperator(_ name: String, _ operands: [Value], loc: SourceLoc) throws -> Value? {
        guard let overloads = library.functions[name] else { return nil }
        let labels = operands.map { _ in String?.none }
        guard overloads.contains(where: { $0.labels == labels }) else { return nil }
        do { return try library.call(overloads, name: name, operands, labels) } catch let e as UnlocatedError {
            throw LecternError(e.message, at: loc)
        }
    }

    private func userType(of v: Value) -> TypeInfo? {
        switch v {
        case .structValue(let s): return s.type
        case .object(let o): return o.type
        case .enumValue(let e): return e.type
        default: return nil
        }
    }

    /// Whether `==` between these values type-checks in Swift (optionals compare with their wrapped type).
    private func sameKind(_ l: Value, _ r: Value) -> Bool {
        switch (l, r) {
        case (.none, _), (_, .none): return true
        case (.some(let a), _): return sameKind(a, r)
        case (_, .some(let b)): return sameKind(l, b)
        case (.int, .int), (.double, .double), (.float, .float), (.string, .string), (.bool, .bool),
             (.character, .character), (.array, .array), (.dictionary, .dictionary), (.set, .set),
             (.tuple, .tuple), (.range, .range), (.closedRange, .closedRange), (.void, .void): return true
        // A slice compared with an array literal (which Swift types as a slice).
        case (.slice, .slice), (.slice, .array), (.array, .slice): return true
        case (.string, .character), (.character, .string): return true
        case (.structValue(let a), .structValue(let b)): return a.type.isSameDeclaration(b.type)
        case (.enumValue(let a), .enumValue(let b)): return a.type.isSameDeclaration(b.type)
        case (.object(let a), .object(let b)): return a.type.isSameDeclaration(b.type)
        case (.native, .native): return true
        default: return false
        }
    }

    func intOp(_ op: BinaryOp, _ a: Int, _ b: Int, _ loc: SourceLoc) throws -> Value {
        switch op {
        case .add:
            let (v, o) = a.addingReportingOverflow(b)
            if o { throw LecternError("arithmetic overflow: \(a) + \(b)", at: loc) }
            return .int(v)
        case .sub:
            let (v, o) = a.subtractingReportingOverflow(b)
            if o { throw LecternError("arithmetic overflow: \(a) - \(b)", at: loc) }
            return .int(v)
        case .mul:
            let (v, o) = a.multipliedReportingOverflow(by: b)
            if o { throw LecternError("arithmetic overflow: \(a) * \(b)", at: loc) }
            return .int(v)
        case .div:
            if b == 0 { throw LecternError("division by zero", at: loc) }
            let (v, o) = a.dividedReportingOverflow(by: b)
            if o { throw LecternError("arithmetic overflow: \(a) / \(b)", at: loc) }
            return .int(v)
        case .rem:
            if b == 0 { throw LecternError("division by zero in remainder operation", at: loc) }
            let (v, o) = a.remainderReportingOverflow(dividingBy: b)
            if o { throw LecternError("arithmetic overflow: \(a) % \(b)", at: loc) }
            return .int(v)
        case .lt, .le, .gt, .ge, .eq, .ne: return .bool(compare(op, a, b) ?? false)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .shiftLeft: return .int(a << b)
        case .shiftRight: return .int(a >> b)
        case .wrapAdd: return .int(a &+ b)
        case .wrapSub: return .int(a &- b)
        case .wrapMul: return .int(a &* b)
        case .halfOpen:
            if b < a { throw LecternError("range requires lowerBound <= upperBound (\(a)..<\(b))", at: loc) }
            return .range(a, b)
        case .closed:
            if b < a { throw LecternError("range requires lowerBound <= upperBound (\(a)...\(b))", at: loc) }
            return .closedRange(a, b)
        case .identical, .notIdentical:
            throw LecternError("binary operator '\(op.rawValue)' cannot be applied to operands of type 'Int' and 'Int'", at: loc)
        }
    }

    private func floatingOp<F: BinaryFloatingPoint & CustomStringConvertible>(_ op: BinaryOp, _ a: F, _ b: F) -> Value? {
        func wrap(_ x: F) -> Value { if let d = x as? Double { return .double(d) }; return .float(Float(x)) }
        switch op {
        case .add: return wrap(a + b)
        case .sub: return wrap(a - b)
        case .mul: return wrap(a * b)
        case .div: return wrap(a / b)
        default: return compare(op, a, b).map { .bool($0) }
        }
    }

    /// `a op b` for the six comparison operators; nil for any other operator.
    private func compare<T: Comparable>(_ op: BinaryOp, _ a: T, _ b: T) -> Bool? {
        switch op {
        case .lt: return a < b
        case .le: return a <= b
        case .gt: return a > b
        case .ge: return a >= b
        case .eq: return a == b
        case .ne: return a != b
        default: return nil
        }
    }

    func negate(_ v: Value, loc: SourceLoc) throws -> Value {
        switch v {
        case .int(let n):
            if n == Int.min { throw LecternError("arithmetic overflow: -(\(n))", at: loc) }
            return .int(-n)
        case .double(let d): return .double(-d)
        case .float(let f): return .float(-f)
        case .native:
            if let r = try nativeOperator("-", [v], loc: loc) { return r }
            throw LecternError("unary operator '-' cannot be applied to an operand of type '\(library.typeName(v))'", at: loc)
        default:
            if let type = userType(of: v), let decls = type.staticMethods["-"],
               let d = decls.first(where: { $0.params.count == 1 }) {
                return try invoke(d, env: nil, receiver: .type(.user(type)), args: [v], labels: [nil], loc: loc).0
            }
            throw LecternError("unary operator '-' cannot be applied to an operand of type '\(v.typeName)'", at: loc)
        }
    }
}
