/// A Swift type that can cross between lesson values and native code.
///
/// Conform a native type once and every bridged function, initialiser, method and property can
/// take or return it. Reference types cross as `.native(object)`; value types are boxed.
protocol Bridgeable {
    /// The name used in diagnostics and overload lists (`Double`, `[Int]`, `Tensor`).
    static var bridgedTypeName: String { get }
    /// Converts a lesson value, or returns nil when it has another type.
    static func fromValue(_ v: Value) -> Self?
    /// Converts back to a lesson value.
    var asValue: Value { get }
}

extension Int: Bridgeable {
    static var bridgedTypeName: String { "Int" }
    static func fromValue(_ v: Value) -> Int? { if case .int(let n) = v { return n }; return nil }
    var asValue: Value { .int(self) }
}

extension Double: Bridgeable {
    static var bridgedTypeName: String { "Double" }
    /// Integers are accepted where a Double is expected: lesson calls like `sqrt(2)` pass literals.
    static func fromValue(_ v: Value) -> Double? {
        switch v {
        case .double(let d): return d
        case .int(let n): return Double(n)
        default: return nil
        }
    }
    var asValue: Value { .double(self) }
}

extension Float: Bridgeable {
    static var bridgedTypeName: String { "Float" }
    static func fromValue(_ v: Value) -> Float? {
        switch v {
        case .float(let f): return f
        case .int(let n): return Float(n)
        default: return nil
        }
    }
    var asValue: Value { .float(self) }
}

extension Bool: Bridgeable {
    static var bridgedTypeName: String { "Bool" }
    static func fromValue(_ v: Value) -> Bool? { if case .bool(let b) = v { return b }; return nil }
    var asValue: Value { .bool(self) }
}

extension String: Bridgeable {
    static var bridgedTypeName: String { "String" }
    static func fromValue(_ v: Value) -> String? {
        switch v {
        case .string(let s): return s
        case .character(let c): return String(c)
        default: return nil
        }
    }
    var asValue: Value { .string(self) }
}

extension Array: Bridgeable where Element: Bridgeable {
    static var bridgedTypeName: String { "[\(Element.bridgedTypeName)]" }
    static func fromValue(_ v: Value) -> [Element]? {
        guard case .array(let a) = v else { return nil }
        var out: [Element] = []
        out.reserveCapacity(a.count)
        for e in a { guard let x = Element.fromValue(e) else { return nil }; out.append(x) }
        return out
    }
    var asValue: Value { .array(map(\.asValue)) }
}

extension Optional: Bridgeable where Wrapped: Bridgeable {
    static var bridgedTypeName: String { "\(Wrapped.bridgedTypeName)?" }
    static func fromValue(_ v: Value) -> Wrapped?? {
        switch v {
        case .none: return .some(nil)
        case .some(let w): return Wrapped.fromValue(w).map { .some($0) }
        default: return Wrapped.fromValue(v).map { .some($0) }
        }
    }
    var asValue: Value { self.map { .some($0.asValue) } ?? .none }
}

/// Any lesson value, unconverted (for natives that inspect values themselves).
struct AnyLessonValue: Bridgeable {
    let value: Value
    static var bridgedTypeName: String { "Any" }
    static func fromValue(_ v: Value) -> AnyLessonValue? { AnyLessonValue(value: v) }
    var asValue: Value { value }
}

/// The result of a native function that returns nothing.
struct NoValue: Bridgeable {
    static var bridgedTypeName: String { "Void" }
    static func fromValue(_ v: Value) -> NoValue? { NoValue() }
    var asValue: Value { .void }
}
