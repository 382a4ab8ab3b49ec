/// Swift's `description` and `debugDescription` of lesson values, byte for byte as compiled Swift
/// prints them (`print`, string interpolation, collections, optionals, structs, enums).
///
/// User types that conform to `CustomStringConvertible` are described by calling their
/// `description` property, which runs lesson code; that is why these functions take the evaluator.
///
/// Nested values are walked with an explicit stack of open containers, not by recursion: lesson
/// code can nest arrays, enums and structs as deep as it likes. The text being built counts
/// against the cell's allocation limit and the clock, like any string lesson code makes.
struct Describer {
    let evaluator: Evaluator
    /// Where the description was asked for (`print(x)`), for budget errors raised while building it.
    var loc: SourceLoc = .unknown

    /// What `print(value)` and `"\(value)"` show.
    func description(_ v: Value) throws -> String {
        switch v {
        case .string(let s): return s
        case .character(let c): return String(c)
        default: return try debugDescription(v, top: true)
        }
    }

    /// What a value shows as an element of a collection, optional or tuple; `top` for the value
    /// `print` was given itself (no module prefix on user types, ranges without `Range(…)`).
    func debugDescription(_ v: Value, top: Bool = false) throws -> String {
        var out = ""
        var open: [OpenContainer] = []
        try write(v, top: top, into: &out, &open)
        var written = 0
        while let last = open.indices.last {
            guard open[last].next < open[last].items.count else {
                out += open[last].closing
                open.removeLast()
                continue
            }
            let item = open[last].next
            open[last].next += 1
            open[last].writePrefix(of: item, into: &out)
            try write(open[last].items[item], top: false, into: &out, &open)
            written &+= 1
            if written & 255 == 0 { try evaluator.rt.checkString(out.utf8.count, loc) }
        }
        return out
    }

    /// A container whose elements are being written: its elements, the text before each, its end.
    struct OpenContainer {
        var items: [Value]
        /// Text written before each element after the separator (`"x: "`), when any has one.
        var labels: [String]? = nil
        /// Dictionaries alternate keys and values: `key: value, key: value`.
        var pairs = false
        let closing: String
        var next = 0

        func writePrefix(of item: Int, into out: inout String) {
            if pairs {
                if item > 0 { out += item % 2 == 1 ? ": " : ", " }
                return
            }
            if item > 0 { out += ", " }
            if let labels, item < labels.count { out += labels[item] }
        }
    }

    /// Writes a scalar's text, or a container's opening and pushes the container.
    private func write(_ v: Value, top: Bool, into out: inout String, _ open: inout [OpenContainer]) throws {
        switch v {
        case .void: out += "()"
        case .int(let n): out += String(n)
        case .double(let d): out += printed(d)
        case .float(let f): out += printed(f)
        case .bool(let b): out += b ? "true" : "false"
        case .string(let s): out += quote(s)
        case .character(let c): out += quote(String(c))
        case .array(let a): openContainer("[", a, closing: "]", into: &out, &open)
        // Inside a container a slice shows its type, as Swift's debugDescription does.
        case .slice(let a): openContainer(top ? "[" : "ArraySlice([", Array(a), closing: top ? "]" : "])", into: &out, &open)
        case .set(let d): openContainer("[", d.keys, closing: "]", into: &out, &open)
        case .dictionary(let d):
            if d.keys.isEmpty { out += "[:]"; return }
            var items: [Value] = []
            items.reserveCapacity(2 * d.keys.count)
            for (i, k) in d.keys.enumerated() { items.append(k); items.append(d.values[i]) }
            out += "["
            open.append(OpenContainer(items: items, pairs: true, closing: "]"))
        case .tuple(let t):
            let labels = t.labels.map { $0.map { $0.map { $0 + ": " } ?? "" } }
            out += "("
            open.append(OpenContainer(items: t.elements, labels: labels, closing: ")"))
        case .none: out += "nil"
        case .some(let w):
            out += "Optional("
            open.append(OpenContainer(items: [w], closing: ")"))
        case .range(let a, let b): out += top ? "\(a)..<\(b)" : "Range(\(a)..<\(b))"
        case .closedRange(let a, let b): out += top ? "\(a)...\(b)" : "ClosedRange(\(a)...\(b))"
        case .structValue(let s):
            if let custom = try customDescription(v, s.type) { out += custom; return }
            // A `lazy var` shows its storage as Swift's mirror does (`$__lazy_storage_$_words: nil`
            // until first read, then `Optional(…)`).
            let declared = s.type.fields
            let labels = declared.map { ($0.isLazy ? "$__lazy_storage_$_" : "") + $0.name + ": " }
            let items = zip(declared, s.fields).map { field, value -> Value in
                guard field.isLazy else { return value }
                if case .unset = value { return .none }
                return .some(value)
            }
            out += s.type.describedName(qualified: !top, module: evaluator.moduleName) + "("
            open.append(OpenContainer(items: items, labels: labels, closing: ")"))
        case .object(let o):
            if let custom = try customDescription(v, o.type) { out += custom; return }
            out += o.type.describedName(qualified: true, module: evaluator.moduleName)
        case .enumValue(let e):
            if let custom = try customDescription(v, e.type) { out += custom; return }
            if !top { out += e.type.describedName(qualified: true, module: evaluator.moduleName) + "." }
            guard e.caseIndex < e.type.cases.count else { out += "?"; return }
            let c = e.type.cases[e.caseIndex]
            out += c.name
            if e.payload.isEmpty { return }
            let labels = e.payload.indices.map { i in i < c.payloadLabels.count ? c.payloadLabels[i].map { $0 + ": " } ?? "" : "" }
            out += "("
            open.append(OpenContainer(items: e.payload, labels: labels, closing: ")"))
        case .function(let f): out += "(Function \(f.name))"
        case .type(let t): out += t.name
        case .native(let o):
            // Inside collections Swift shows `debugDescription` (`[Tensor(shape: [2], [1.0, 2.0])]`).
            if !top, let d = o as? CustomDebugStringConvertible { out += d.debugDescription }
            else if let d = o as? CustomStringConvertible { out += d.description }
            else { out += String(describing: o) }
        case .unset: out += "<uninitialised>"
        }
    }

    private func openContainer(_ opening: String, _ items: [Value], closing: String,
                               into out: inout String, _ open: inout [OpenContainer]) {
        out += opening
        if items.isEmpty { out += closing } else { open.append(OpenContainer(items: items, closing: closing)) }
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

extension Evaluator {
    /// `describe(v)` asked for at `loc`, where budget errors while building the text are reported.
    func describe(_ v: Value, at loc: SourceLoc) throws -> String {
        try Describer(evaluator: self, loc: loc).description(v)
    }

    /// `debugDescription` asked for at `loc`.
    func debugDescribe(_ v: Value, top: Bool = false, at loc: SourceLoc) throws -> String {
        try Describer(evaluator: self, loc: loc).debugDescription(v, top: top)
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
