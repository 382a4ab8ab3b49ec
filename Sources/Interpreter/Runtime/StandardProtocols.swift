/// The standard protocols lesson code may extend or adopt, how they refine each other, and
/// which builtin types conform to them: what the evaluator needs to find a member that
/// `extension Sequence { … }` or `extension Comparable { … }` added.
enum StandardProtocols {
    /// Each standard protocol with the standard protocols it refines.
    static let refinements: [String: [String]] = [
        "Sequence": [], "IteratorProtocol": [],
        "Collection": ["Sequence"],
        "BidirectionalCollection": ["Collection"],
        "RandomAccessCollection": ["BidirectionalCollection"],
        "MutableCollection": ["Collection"],
        "RangeReplaceableCollection": ["Collection"],
        "Equatable": [], "Hashable": ["Equatable"], "Comparable": ["Equatable"],
        "Strideable": ["Comparable"],
        "AdditiveArithmetic": ["Equatable"], "Numeric": ["AdditiveArithmetic"], "SignedNumeric": ["Numeric"],
        "BinaryInteger": ["Numeric", "Hashable", "Strideable"], "SignedInteger": ["BinaryInteger", "SignedNumeric"],
        "FixedWidthInteger": ["BinaryInteger"],
        "FloatingPoint": ["SignedNumeric", "Strideable", "Hashable"], "BinaryFloatingPoint": ["FloatingPoint"],
        "StringProtocol": ["BidirectionalCollection", "Comparable", "Hashable"],
        "SetAlgebra": ["Equatable"],
        "CustomStringConvertible": [], "CustomDebugStringConvertible": [],
        "CaseIterable": [], "Identifiable": [], "Error": [],
    ]

    /// Builtin types lesson code may extend, with every standard protocol each conforms to,
    /// the most refined first (an extension of `Collection` wins over one of `Sequence`).
    static let builtinConformances: [String: [String]] = [
        "Array": ["RandomAccessCollection", "MutableCollection", "RangeReplaceableCollection", "BidirectionalCollection",
                  "Collection", "Sequence", "Hashable", "Equatable", "CustomStringConvertible"],
        "ArraySlice": ["RandomAccessCollection", "MutableCollection", "RangeReplaceableCollection", "BidirectionalCollection",
                       "Collection", "Sequence", "Hashable", "Equatable", "CustomStringConvertible"],
        "Set": ["SetAlgebra", "Collection", "Sequence", "Hashable", "Equatable", "CustomStringConvertible"],
        "Dictionary": ["Collection", "Sequence", "Equatable", "CustomStringConvertible"],
        "String": ["StringProtocol", "RangeReplaceableCollection", "BidirectionalCollection", "Collection", "Sequence",
                   "Comparable", "Hashable", "Equatable", "CustomStringConvertible"],
        "Range": ["RandomAccessCollection", "BidirectionalCollection", "Collection", "Sequence", "Hashable", "Equatable"],
        "ClosedRange": ["RandomAccessCollection", "BidirectionalCollection", "Collection", "Sequence", "Hashable", "Equatable"],
        "Int": ["FixedWidthInteger", "SignedInteger", "BinaryInteger", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                "Strideable", "Comparable", "Hashable", "Equatable", "CustomStringConvertible"],
        "Double": ["BinaryFloatingPoint", "FloatingPoint", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                   "Strideable", "Comparable", "Hashable", "Equatable", "CustomStringConvertible"],
        "Float": ["BinaryFloatingPoint", "FloatingPoint", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                  "Strideable", "Comparable", "Hashable", "Equatable", "CustomStringConvertible"],
        "Bool": ["Hashable", "Equatable", "CustomStringConvertible"],
        "Character": ["Comparable", "Hashable", "Equatable", "CustomStringConvertible"],
    ]

    /// Builtin types that lesson code may extend by name.
    static var builtinTypes: Dictionary<String, [String]>.Keys { builtinConformances.keys }

    /// The builtin type a value has, as named in `builtinConformances`.
    static func builtinTypeName(of v: Value) -> String? {
        switch v {
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
        case .range: return "Range"
        case .closedRange: return "ClosedRange"
        default: return nil
        }
    }

    /// Whether a builtin value conforms to the standard protocol `name` (`5 is any Numeric`).
    static func value(_ v: Value, conformsTo name: String) -> Bool {
        guard let t = builtinTypeName(of: v) else { return false }
        return builtinConformances[t]?.contains(name) ?? false
    }
}
