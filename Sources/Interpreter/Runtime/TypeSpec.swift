/// A type as written in lesson code (`[Double]`, `Int?`, `Point`), used for literal typing,
/// optional wrapping and diagnostics. lectern is dynamically typed underneath; these annotations
/// only steer conversions where Swift's static typing would.
indirect enum TypeSpec: CustomStringConvertible, Equatable {
    case int, double, float, bool, string, character, void
    case array(TypeSpec)
    /// `ArraySlice<Element>`.
    case slice(TypeSpec)
    case dictionary(TypeSpec, TypeSpec)
    case set(TypeSpec)
    case optional(TypeSpec)
    case tuple([TypeSpec], labels: [String?]?)
    case function
    /// A function type with known parameter and result types (`(Double) -> Double`).
    case closure([TypeSpec], TypeSpec)
    case named(String)
    case any

    var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .void: return "Void"
        case .array(let e): return "[\(e)]"
        case .slice(let e): return "ArraySlice<\(e)>"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .set(let e): return "Set<\(e)>"
        case .optional(let w): return "\(w)?"
        case .tuple(let ts, let labels):
            return "(" + ts.enumerated().map { i, t in (labels?[i].map { $0 + ": " } ?? "") + t.description }.joined(separator: ", ") + ")"
        case .function: return "function"
        case .closure(let ps, let r): return "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        case .named(let n): return n
        case .any: return "Any"
        }
    }

    var isFloatingPoint: Bool {
        switch self {
        case .double, .float: return true
        default: return false
        }
    }

    var isArrayOfFloatingPoint: Bool { if case .array(let e) = self { return e.isFloatingPoint }; return false }
}

/// Converts `value` to `spec` where Swift would do so implicitly: an integer *literal* becomes a
/// Double/Float in a floating-point context, and a non-optional value becomes `Optional(value)` in
/// an optional context.
@inline(__always)
func coerce(_ value: Value, to spec: TypeSpec?, literal: Bool) -> Value {
    guard let spec else { return value }
    switch spec {
    case .double:
        if literal, case .int(let n) = value { return .double(Double(n)) }
        if case .float(let f) = value, literal { return .double(Double(f)) }
        return value
    case .float:
        if literal, case .int(let n) = value { return .float(Float(n)) }
        if literal, case .double(let d) = value { return .float(Float(d)) }
        return value
    case .optional(let wrapped):
        switch value {
        case .none, .some: return value
        default: return .some(coerce(value, to: wrapped, literal: literal))
        }
    case .array(let element):
        if literal, element.isFloatingPoint || isOptional(element) || isSlice(element), case .array(let a) = value {
            return .array(a.map { coerce($0, to: element, literal: true) })
        }
        return value
    case .slice(let element):
        // `let s: ArraySlice<Double> = [1, 2]`: an array literal in a slice context is a slice
        // (indexed from 0, as Swift's is).
        switch value {
        case .array(let a):
            let elements = literal && (element.isFloatingPoint || isOptional(element)) ? a.map { coerce($0, to: element, literal: true) } : a
            return .slice(ArraySlice(elements))
        case .slice(let a) where literal && (element.isFloatingPoint || isOptional(element)):
            return .slice(ArraySlice(a.map { coerce($0, to: element, literal: true) }))
        default: return value
        }
    case .tuple(let types, let labels):
        guard case .tuple(var t) = value, t.elements.count == types.count else { return value }
        if let labels, t.labels == nil { t.labels = labels }
        for i in t.elements.indices { t.elements[i] = coerce(t.elements[i], to: types[i], literal: literal) }
        return .tuple(t)
    default:
        return value
    }
}

private func isOptional(_ s: TypeSpec) -> Bool { if case .optional = s { return true }; return false }
private func isSlice(_ s: TypeSpec) -> Bool { if case .slice = s { return true }; return false }

extension TypeSpec {
    /// The name under which lesson code's extensions of a builtin type are kept
    /// (`extension Array where Element == Double` → "Array"); nil for other types.
    var builtinExtensionKey: String? {
        switch self {
        case .array: return "Array"
        case .slice: return "ArraySlice"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .string: return "String"
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .character: return "Character"
        default: return nil
        }
    }
}
