/// A Swift-like declaration of a native function, parsed once (on first use):
/// `fit(_ data: Dataset, loss: Loss, epochs: Int, batchSize: Int = 32, validation: Dataset? = nil) -> TrainingHistory`.
///
/// Writing the signature as Swift keeps one line per exposed API whatever its arity, labels and
/// defaults; the bridge matches call labels against it and fills in the defaults.
struct NativeSignature {
    struct Parameter {
        var label: String?
        var type: String
        /// The default's source text (`32`, `nil`, `.identity`, `[]`), if the parameter has one.
        var defaultText: String?
    }

    var name: String
    var parameters: [Parameter]
    var resultType: String

    /// Parses `name(label name: Type = default, …) -> Result`; a malformed signature is a
    /// programming error in a library file, reported by the library's own tests.
    init(_ text: String) {
        let open = text.firstIndex(of: "(") ?? text.endIndex
        name = text[..<open].trimmingCharacters(in: " ")
        var params: [Parameter] = []
        var result = "Void"
        if open < text.endIndex {
            // Find the matching close parenthesis (types may hold parentheses: closures, tuples).
            var depth = 0
            var close = text.endIndex
            var i = open
            while i < text.endIndex {
                let c = text[i]
                if c == "(" || c == "[" { depth += 1 }
                if c == ")" || c == "]" { depth -= 1; if depth == 0 { close = i; break } }
                i = text.index(after: i)
            }
            let inner = String(text[text.index(after: open)..<close])
            for part in NativeSignature.splitTopLevel(inner, on: ",") where !part.isEmpty {
                params.append(NativeSignature.parameter(part))
            }
            if close < text.endIndex {
                let rest = text[text.index(after: close)...]
                if let arrow = rest.range(of: "->") { result = rest[arrow.upperBound...].trimmingCharacters(in: " ") }
            }
        }
        parameters = params
        resultType = result
    }

    /// `label name: Type = default` → a parameter (the internal name is dropped).
    private static func parameter(_ text: String) -> Parameter {
        let colon = splitTopLevel(text, on: ":", limit: 1)
        let names = colon[0].split(separator: " ").map(String.init)
        let label = names.first.flatMap { $0 == "_" ? nil : $0 }
        let typeAndDefault = colon.count > 1 ? splitTopLevel(colon[1], on: "=", limit: 1) : [""]
        let type = typeAndDefault[0].trimmingCharacters(in: " ")
        let def = typeAndDefault.count > 1 ? typeAndDefault[1].trimmingCharacters(in: " ") : nil
        return Parameter(label: label, type: type, defaultText: def)
    }

    /// Splits at `separator` outside brackets and parentheses (and outside `->`).
    static func splitTopLevel(_ text: String, on separator: Character, limit: Int = .max) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        var inString = false
        for c in text {
            if c == "\"" { inString.toggle() }
            if !inString, c == "(" || c == "[" { depth += 1 }
            if !inString, c == ")" || c == "]" { depth -= 1 }
            if c == separator, depth == 0, !inString, parts.count < limit, !(c == ">" && previous == "-") {
                parts.append(current.trimmingCharacters(in: " "))
                current = ""
            } else {
                current.append(c)
            }
            previous = c
        }
        parts.append(current.trimmingCharacters(in: " "))
        return parts
    }

    /// For each parameter, the index of the call argument bound to it, or nil when its default
    /// is used; nil overall when the call's labels do not fit this signature.
    func bind(_ labels: [String?]) -> [Int?]? {
        var out: [Int?] = []
        var next = 0
        for p in parameters {
            // A trailing closure (passed without its label) fills the last closure parameter.
            let trailing = next == labels.count - 1 && labels[next] == nil && p.type.hasPrefix("(")
            if next < labels.count, labels[next] == p.label || trailing {
                out.append(next)
                next += 1
            } else if p.defaultText != nil {
                out.append(nil)
            } else {
                return nil
            }
        }
        return next == labels.count ? out : nil
    }

    /// `fit(_: Dataset, loss: Loss, batchSize: Int = 32)` for overload lists.
    var display: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ": " + $0.type + ($0.defaultText.map { " = " + $0 } ?? "") }
            .joined(separator: ", ") + ")"
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}

/// A signature's text, parsed on first use: a session declares hundreds of natives and a cell
/// calls a few, so start-up does not pay for parsing them all.
final class DeclaredSignature {
    let text: String
    init(_ text: String) { self.text = text }
    lazy var signature = NativeSignature(text)

    /// The function's name, without parsing the parameters.
    var name: String {
        let open = text.firstIndex(of: "(") ?? text.endIndex
        return String(text[..<open]).filter { $0 != " " }
    }
}

/// The arguments of a call to a signature-registered native, defaults filled in, read with
/// their type inferred from the use: `try model.fit(a[0], loss: a[1], epochs: a[2])`.
struct NativeArguments {
    let values: [Value]
    /// The library (it carries `inout` results back to the call site).
    unowned let library: NativeLibrary

    /// Sets the new value of an `inout` argument (`rng.shuffle(&array)`); the call site writes it back.
    func setInout(_ i: Int, _ v: Value) { library.inoutWrites.append((i, v)) }

    /// Argument `i` converted to the type the native expects; a mismatch makes the bridge try
    /// the next overload.
    subscript<T: Bridgeable>(i: Int) -> T {
        get throws {
            guard i < values.count, let v = T.fromValue(values[i]) else {
                throw ArgumentMismatch()
            }
            return v
        }
    }

    /// Argument `i` as a lesson function.
    func function(_ i: Int) throws -> LessonFunction {
        guard i < values.count, let f = LessonFunction.fromValue(values[i]) else { throw ArgumentMismatch() }
        return f
    }
}

/// Thrown by `NativeArguments` when an argument does not convert: the overload does not apply.
struct ArgumentMismatch: Error {}

extension LessonFunction {
    /// Calls with lesson values and converts the result; a wrong result type is a clear error.
    func call<R: Bridgeable>(_ args: [Value], returning: R.Type) throws -> R {
        let v = try call(args)
        guard let r = R.fromValue(v) else {
            throw UnlocatedError("the closure returned '\(v.typeName)' where '\(R.bridgedTypeName)' was expected")
        }
        return r
    }
}

/// Errors thrown inside a native callback that the native could not propagate (its closure
/// parameter does not throw). The bridge rethrows the first after the native returns.
final class DeferredError {
    var error: Error?
    func capture(_ e: Error) { if error == nil { error = e } }
    func rethrow() throws { if let e = error { throw e } }
}
