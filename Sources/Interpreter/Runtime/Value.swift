/// A value computed by lesson code.
///
/// Arrays, strings, dictionaries and struct instances use Swift's own copy-on-write storage, so
/// lesson code gets value semantics for free; class instances are references. Scalars carry no
/// reference counting, so an Int/Double loop never allocates.
enum Value {
    case void
    case int(Int)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([Value])
    /// An `ArraySlice`: a view of an array that keeps the array's indices (`xs[4..<8].startIndex`
    /// is 4). Boxed (`indirect`) because its four words would make every `Value` twice as large.
    indirect case slice(ArraySlice<Value>)
    case dictionary(DictionaryValue)
    case set(DictionaryValue)
    case tuple(TupleValue)
    /// `Optional.none`.
    case none
    indirect case some(Value)
    /// `lower..<upper`.
    case range(Int, Int)
    /// `lower...upper`.
    case closedRange(Int, Int)
    case structValue(StructValue)
    case object(ObjectValue)
    case enumValue(EnumValue)
    case function(Callable)
    case type(TypeRef)
    /// An object of a bridged native library (MLCore, Plots).
    case native(AnyObject)
    /// A global whose declaration has not run (or whose cell failed).
    case unset
}

/// A tuple's elements and, when any element is labelled, its labels.
struct TupleValue {
    var elements: [Value]
    var labels: [String?]?
}

/// A struct instance: its type and stored properties, in declaration order.
struct StructValue {
    let type: TypeInfo
    var fields: [Value]
}

/// A class instance: shared, mutable storage.
final class ObjectValue {
    let type: TypeInfo
    var fields: [Value]
    init(type: TypeInfo, fields: [Value]) { self.type = type; self.fields = fields }

    /// A linked list of a million nodes is freed one node at a time, not by nested releases.
    deinit {
        if fields.contains(where: DeepRelease.needsCare) { DeepRelease.release(&fields) }
    }
}

/// An enum case, with its associated values if any.
struct EnumValue {
    let type: TypeInfo
    let caseIndex: Int
    var payload: [Value]
}

/// A type used as a value (`Point`, `Int`, `[Double]`), e.g. as the callee of an initialiser.
enum TypeRef {
    case builtin(TypeSpec)
    case user(TypeInfo)
}

extension Value {
    /// Swift's name for the dynamic type of this value, as used in diagnostics.
    var typeName: String { typeName(depth: 0) }

    /// The type name, with element types spelled out to a depth of 32 (`_` beyond): a value
    /// nested a million deep must not take a million nested calls to name.
    private func typeName(depth: Int) -> String {
        if depth > 32 { return "_" }
        let d = depth + 1
        switch self {
        case .void: return "()"
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .array(let a): return "[\(a.first?.typeName(depth: d) ?? "Any")]"
        case .slice(let a): return "ArraySlice<\(a.first?.typeName(depth: d) ?? "Any")>"
        case .dictionary(let dictionary):
            return "[\(dictionary.keys.first?.typeName(depth: d) ?? "AnyHashable"): \(dictionary.values.first?.typeName(depth: d) ?? "Any")]"
        case .set(let set): return "Set<\(set.keys.first?.typeName(depth: d) ?? "AnyHashable")>"
        case .tuple(let t): return "(" + t.elements.map { $0.typeName(depth: d) }.joined(separator: ", ") + ")"
        case .none: return "Optional<Any>"
        case .some(let v): return "Optional<\(v.typeName(depth: d))>"
        case .range: return "Range<Int>"
        case .closedRange: return "ClosedRange<Int>"
        case .structValue(let s): return s.type.name
        case .object(let o): return o.type.name
        case .enumValue(let e): return e.type.name
        case .function: return "function"
        case .type(let t): return "\(t.name).Type"
        case .native(let o): return String(describing: Swift.type(of: o))
        case .unset: return "<unset>"
        }
    }
}

extension TypeRef {
    var name: String {
        switch self {
        case .builtin(let s): return s.description
        case .user(let t): return t.name
        }
    }
}

/// Moving payloads out of a value, leaving `.void`, so that the payload's copy-on-write buffer is
/// uniquely referenced while it is mutated (a `switch` binding would keep a second reference).
extension Value {
    @inline(__always)
    mutating func takeArray() -> [Value]? {
        guard case .array(let a) = self else { return nil }
        self = .void
        return a
    }

    @inline(__always)
    mutating func takeSlice() -> ArraySlice<Value>? {
        guard case .slice(let a) = self else { return nil }
        self = .void
        return a
    }

    @inline(__always)
    mutating func takeDictionary() -> DictionaryValue? {
        guard case .dictionary(let d) = self else { return nil }
        self = .void
        return d
    }

    @inline(__always)
    mutating func takeSet() -> DictionaryValue? {
        guard case .set(let d) = self else { return nil }
        self = .void
        return d
    }

    @inline(__always)
    mutating func takeStruct() -> StructValue? {
        guard case .structValue(let s) = self else { return nil }
        self = .void
        return s
    }

    @inline(__always)
    mutating func takeString() -> String? {
        guard case .string(let s) = self else { return nil }
        self = .void
        return s
    }

    @inline(__always)
    mutating func takeTuple() -> TupleValue? {
        guard case .tuple(let t) = self else { return nil }
        self = .void
        return t
    }
}
