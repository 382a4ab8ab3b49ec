import SwiftSyntax

/// Calls of Swift's free functions: `print`, `stride`, `zip`, `min`/`max`, `swap`, the math
/// functions of the bridge, and the ones lectern refuses (`random`, `readLine`).
extension Lowerer {
    func lowerBuiltinCall(_ name: String, _ call: FunctionCallExprSyntax, _ l: SourceLoc) throws -> LoweredExpr {
        let ev = self.ev
        let rt = self.rt
        switch name {
        case "print", "debugPrint":
            let args = try lowerArguments(call)
            var items: [ExprBox] = []
            var separator: Code.Expr?
            var terminator: Code.Expr?
            for a in args {
                switch a.label {
                case nil: items.append(ExprBox(a.code))
                case "separator"?: separator = a.code
                case "terminator"?: terminator = a.code
                default: throw LecternError("extra argument '\(a.label ?? "")' in call", at: l)
                }
            }
            let debug = name == "debugPrint"
            return LoweredExpr(code: { f in
                var out = ""
                var sep = " "
                if let separator, case .string(let s) = try separator(f) { sep = s }
                for (i, item) in items.enumerated() {
                    if i > 0 { out += sep }
                    let v = try item.eval(f)
                    switch v {
                    case .string(let s) where !debug: out += s
                    case .int(let n): out += String(n)
                    case .double(let d): out += printed(d)
                    default: out += debug ? try ev.debugDescribe(v, at: l) : try ev.describe(v, at: l)
                    }
                }
                var term = "\n"
                if let terminator, case .string(let s) = try terminator(f) { term = s }
                rt.output += out
                rt.output += term
                try rt.checkOutput(l)
                return .void
            })
        case "stride":
            let args = try lowerArguments(call)
            let labels = args.map(\.label)
            guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
                throw LecternError("stride needs (from:to:by:) or (from:through:by:)", at: l)
            }
            let through = labels[1] == "through"
            return LoweredExpr(code: { f in
                let v = try self.evaluate(args, f)
                switch (v[0], v[1], v[2]) {
                case (.int(let a), .int(let b), .int(let s)):
                    if s == 0 { throw LecternError("stride step must not be zero", at: l) }
                    let n = max(0.0, (Double(b) - Double(a)) / Double(s) + 1)
                    try rt.allocate(n < 9e18 ? Int(n) : Int.max, l)
                    return .array(through ? Swift.stride(from: a, through: b, by: s).map { .int($0) } : Swift.stride(from: a, to: b, by: s).map { .int($0) })
                default:
                    guard let a = Double.fromValue(v[0]), let b = Double.fromValue(v[1]), let s = Double.fromValue(v[2]) else {
                        throw LecternError("stride needs numbers", at: l)
                    }
                    if s == 0 { throw LecternError("stride step must not be zero", at: l) }
                    let n = max(0, (b - a) / s + 1)
                    try rt.allocate(n.isFinite && n < 1e15 ? Int(n) : Int.max, l)
                    return .array(through ? Swift.stride(from: a, through: b, by: s).map { .double($0) } : Swift.stride(from: a, to: b, by: s).map { .double($0) })
                }
            })
        case "zip":
            let args = try lowerArguments(call)
            guard args.count == 2 else { throw LecternError("zip takes two sequences", at: l) }
            return LoweredExpr(code: { f in
                let v = try self.evaluate(args, f)
                let a = try ev.elements(of: v[0], loc: l), b = try ev.elements(of: v[1], loc: l)
                return .array(zip(a, b).map { .tuple(TupleValue(elements: [$0, $1], labels: nil)) })
            })
        case "type":
            let args = try lowerArguments(call)
            guard args.count == 1, args[0].label == "of" else { throw LecternError("use type(of:)", at: l) }
            return LoweredExpr(code: { f in
                let v = try args[0].code(f)
                switch v {
                case .structValue(let s): return .type(.user(s.type))
                case .object(let o): return .type(.user(o.type))
                case .enumValue(let e): return .type(.user(e.type))
                default: return .string(v.typeName)
                }
            })
        case "swap":
            let args = try lowerArguments(call)
            guard args.count == 2, let a = args[0].inoutTarget, let b = args[1].inoutTarget else {
                throw LecternError("swap needs two inout arguments (&a, &b)", at: l)
            }
            return LoweredExpr(code: { f in
                let x = try args[0].code(f), y = try args[1].code(f)
                try a(f) { $0 = y }
                try b(f) { $0 = x }
                return .void
            })
        case "fatalError", "preconditionFailure", "assertionFailure":
            let args = try lowerArguments(call)
            return LoweredExpr(code: { f in
                let message = try args.first.map { try ev.describe(try $0.code(f)) } ?? ""
                throw LecternError("Fatal error" + (message.isEmpty ? "" : ": " + message), at: l)
            })
        case "precondition", "assert":
            let args = try lowerArguments(call)
            guard let cond = args.first else { throw LecternError("\(name) needs a condition", at: l) }
            return LoweredExpr(code: { f in
                if case .bool(false) = try cond.code(f) {
                    let message = args.count > 1 ? try ev.describe(try args[1].code(f)) : ""
                    throw LecternError((name == "assert" ? "Assertion failed" : "Precondition failed") + (message.isEmpty ? "" : ": " + message), at: l)
                }
                return .void
            })
        case "min", "max":
            let args = try lowerArguments(call)
            if args.count >= 2, args.allSatisfy({ $0.label == nil }) {
                let isMax = name == "max"
                let literal = args.map(\.isLiteral)
                return LoweredExpr(code: { f in
                    var values = try self.evaluate(args, f)
                    if values.contains(where: { if case .double = $0 { return true }; return false }) {
                        for i in values.indices where literal[i] { if case .int(let n) = values[i] { values[i] = .double(Double(n)) } }
                    }
                    var best = values[0]
                    for v in values.dropFirst() {
                        let better = isMax ? try ev.less(best, v, loc: l) : try ev.less(v, best, loc: l)
                        if better { best = v }
                    }
                    return best
                })
            }
        case "repeatElement":
            let args = try lowerArguments(call)
            return LoweredExpr(code: { f in
                let v = try self.evaluate(args, f)
                guard v.count == 2, case .int(let n) = v[1], n >= 0 else { throw LecternError("repeatElement(_:count:) needs a count", at: l) }
                try rt.allocate(n, l)
                return .array(Array(repeating: v[0], count: n))
            })
        case "ObjectIdentifier":
            // An object's identity, as a hashable number (Set<ObjectIdentifier>, dictionary keys).
            let args = try lowerArguments(call)
            guard args.count == 1, args[0].label == nil else { throw LecternError("ObjectIdentifier takes one object", at: l) }
            let a = args[0].code
            return LoweredExpr(code: { f in
                switch try a(f) {
                case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())))
                case .native(let o): return .int(Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())))
                case let v: throw LecternError("ObjectIdentifier needs a class instance, not '\(v.typeName)'", at: l)
                }
            })
        case "readLine", "exit", "random":
            throw LecternError(forbiddenFunctions[name] ?? "'\(name)' is not available in lesson code", at: l)
        default:
            break
        }
        if let overloads = ev.library.functions[name] {
            let args = try lowerArguments(call)
            let labels = args.map { $0.label == trailingClosureLabel ? nil : $0.label }
            let lib = ev.library
            if args.count == 1, labels == [nil], let single = overloads.first(where: { $0.labels == [nil] }),
               overloads.filter({ $0.labels == [nil] }).count == 2 || overloads.count == 1 {
                // Fast path for the one-argument math functions on Double.
                let a = args[0].code
                _ = single
                return LoweredExpr(code: { f in
                    let v = try a(f)
                    do { return try lib.call(overloads, name: name, [v], labels, at: l) } catch let e as UnlocatedError {
                        throw LecternError(e.message, at: l)
                    }
                })
            }
            return LoweredExpr(code: { f in
                let values = try self.evaluate(args, f)
                do { return try lib.call(overloads, name: name, values, labels, at: l) } catch let e as UnlocatedError {
                    throw LecternError(e.message, at: l)
                }
            })
        }
        if let what = Lowerer.unsupportedTypes[name] { throw unsupported(what, call.calledExpression) }
        throw LecternError("cannot find '\(name)' in scope", at: l)
    }

    /// A builtin function used as a value (`xs.map(sqrt)`).
    func builtinFunctionValue(_ name: String, _ l: SourceLoc) -> Value? {
        guard let overloads = ev.library.functions[name] else { return nil }
        let lib = ev.library
        return .function(Builtin(name) { args, labels in
            try lib.call(overloads, name: name, args, labels.map { _ in nil })
        })
    }
}
