/// Swift's `description` and `debugDescription` of lesson values, byte for byte as compiled Swift
/// prints them (`print`, string interpolation, collections, optionals, structs, enums).
///
/// User types that conform to `CustomStringConvertible` are described by calling their
/// `description` property, which runs lesson code; that is why these functions take the evaluator.
struct Describer {
    let evaluator: Evaluator

    /// What `print(value)` and `"\(value)"` show.
    func description(_ v: Value) throws -> String {
        switch v {
        case .string(let s): return s
        case .character(let c): return String(c)
        case .range(let a, let b): return "\(a)..<\(b)"
        case .closedRange(let a, let b): return "\(a)...\(b)"
        case .structValue(let s):
            if let custom = try customDescription(v, s.type) { return custom }
            return try reflect(s.type, s.fields, qualified: false)
        case .object(let o):
            if let custom = try customDescription(v, o.type) { return custom }
            return o.type.describedName(qualified: true, module: evaluator.moduleName)
        case .enumValue(let e):
            if let custom = try customDescription(v, e.type) { return custom }
            return try enumCase(e)
        default: return try debugDescription(v, top: true)
        }
    }

    /// What a value shows as an element of a collection, optional or tuple.
    func debugDescription(_ v: Value, top: Bool = false) throws -> String {
        switch v {
        case .void: return "()"
        case .int(let n): return String(n)
        case .double(let d): return printed(d)
        case .float(let f): return printed(f)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return quote(s)
        case .character(let c): return quote(String(c))
        case .array(let a): return try "[" + a.map { try debugDescription($0) }.joined(separator: ", ") + "]"
        case .set(let d): return try "[" + d.keys.map { try debugDescription($0) }.joined(separator: ", ") + "]"
        case .dictionary(let d):
            if d.keys.isEmpty { return "[:]" }
            var parts: [String] = []
            for (i, k) in d.keys.enumerated() {
                parts.append(try debugDescription(k) + ": " + debugDescription(d.values[i]))
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .tuple(let t):
            var parts: [String] = []
            for (i, e) in t.elements.enumerated() {
                let label = t.labels?[i].map { $0 + ": " } ?? ""
                parts.append(try label + debugDescription(e))
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .none: return "nil"
        case .some(let w): return try "Optional(" + debugDescription(w) + ")"
        case .range(let a, let b): return top ? "\(a)..<\(b)" : "Range(\(a)..<\(b))"
        case .closedRange(let a, let b): return top ? "\(a)...\(b)" : "ClosedRange(\(a)...\(b))"
        case .structValue(let s):
            if let custom = try customDescription(v, s.type) { return custom }
            return try reflect(s.type, s.fields, qualified: !top)
        case .object(let o):
            if let custom = try customDescription(v, o.type) { return custom }
            return o.type.describedName(qualified: true, module: evaluator.moduleName)
        case .enumValue(let e):
            if let custom = try customDescription(v, e.type) { return custom }
            return try (top ? "" : e.type.describedName(qualified: true, module: evaluator.moduleName) + ".") + enumCase(e)
        case .function(let f): return "(Function \(f.name))"
        case .type(let t): return t.name
        case .native(let o):
            // Inside collections Swift shows `debugDescription` (`[Tensor(shape: [2], [1.0, 2.0])]`).
            if !top, let d = o as? CustomDebugStringConvertible { return d.debugDescription }
            if let d = o as? CustomStringConvertible { return d.description }
            return String(describing: o)
        case .unset: return "<uninitialised>"
        }
    }

    /// `Point(x: 1.0, y: 2.0)`; a `lazy var` shows its storage as Swift's mirror does
    /// (`$__lazy_storage_$_words: nil` until first read).
    private func reflect(_ type: TypeInfo, _ fields: [Value], qualified: Bool) throws -> String {
        var parts: [String] = []
        let declared = type.fields
        for (i, f) in fields.enumerated() where i < declared.count {
            if declared[i].isLazy {
                let shown = try { if case .unset = f { return "nil" }; return try "Optional(" + debugDescription(f) + ")" }()
                parts.append("$__lazy_storage_$_" + declared[i].name + ": " + shown)
                continue
            }
            parts.append(try declared[i].name + ": " + debugDescription(f))
        }
        return type.describedName(qualified: qualified, module: evaluator.moduleName) + "(" + parts.joined(separator: ", ") + ")"
    }

    private func enumCase(_ e: EnumValue) throws -> String {
        guard e.caseIndex < e.type.cases.count else { return "?" }
        let c = e.type.cases[e.caseIndex]
        if e.payload.isEmpty { return c.name }
        var parts: [String] = []
        for (i, p) in e.payload.enumerated() {
            let label = i < c.payloadLabels.count ? c.payloadLabels[i].map { $0 + ": " } ?? "" : ""
            parts.append(try label + debugDescription(p))
        }
        return c.name + "(" + parts.joined(separator: ", ") + ")"
    }

    private func customDescription(_ v: Value, _ type: TypeInfo) throws -> String? {
        guard type.conforms(to: "CustomStringConvertible") || type.conforms(to: "CustomDebugStringConvertible") else { return nil }
        let member = type.findComputed("description") != nil ? "description" : "debugDescription"
        guard let c = type.findComputed(member) else { return nil }
        let result = try evaluator.callMethod(c.getter, receiver: v, args: [], loc: .unknown)
        if case .string(let s) = result { return s }
        return try description(result)
    }
}

/// Swift's debug quoting of a string: `"a\"b\n"`.
func quote(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
        switch ch {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\0": out += "\\0"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out + "\""
}

/// How `print` shows a floating-point number: its `description`, except that a NaN with the
/// sign bit set prints as `-nan` (print writes through `TextOutputStreamable`, which keeps it).
func printed<F: BinaryFloatingPoint & CustomStringConvertible>(_ x: F) -> String {
    x.isNaN && x.sign == .minus ? "-nan" : x.description
}
