/// A Swift type as the static checker sees it.
///
/// Every named type, builtin or not, is `.nominal`: `Int`, `[Double]` (`Array<Double>`),
/// `Double?` (`Optional<Double>`), a lesson's `struct Point`, MLCore's `Tensor`. Type variables
/// stand for types the solver has not settled yet (a literal's type, a generic argument);
/// `.unknown` is what the checker gives a construct it does not model: it converts to and from
/// anything, so an unmodelled corner never produces a false error.
indirect enum SwiftType: Hashable {
    case nominal(NominalType, [SwiftType])
    case tuple([TupleElement])
    case function(FunctionType)
    /// `T.Type`: a type used as a value (the callee of `Point(x: 1)`, `Double.pi`'s base).
    case metatype(SwiftType)
    /// `any P`: a protocol used as a type.
    case existential(NominalType)
    /// A generic parameter (`T`, or `Self` in a protocol) of the declaration being checked.
    case parameter(GenericParameter)
    /// An associated type reached through a generic parameter: `S.Element`, `Self.Element`.
    case dependent(SwiftType, String)
    /// A type variable of the running constraint system.
    case variable(Int)
    case unknown

    static let void = SwiftType.tuple([])
}

/// One element of a tuple type, with its label if it has one.
struct TupleElement: Hashable {
    var label: String?
    var type: SwiftType
    init(_ label: String?, _ type: SwiftType) { self.label = label; self.type = type }
}

/// A function type: `(Double, inout [Int]) throws -> Bool`.
struct FunctionType: Hashable {
    struct Parameter: Hashable {
        var type: SwiftType
        var isInout = false
        init(_ type: SwiftType, isInout: Bool = false) { self.type = type; self.isInout = isInout }
    }
    var parameters: [Parameter]
    var result: SwiftType
    var isThrowing = false
}

/// A generic parameter of a function or type (`T: Comparable`), or a protocol's `Self`.
final class GenericParameter: Hashable, CustomStringConvertible {
    let name: String
    /// Protocols the parameter must conform to.
    var conformances: [NominalType]
    /// A class the parameter must inherit from (`T: Layer` where `Layer` is a class).
    var superclass: SwiftType?

    init(_ name: String, conformances: [NominalType] = []) {
        self.name = name
        self.conformances = conformances
    }

    static func == (a: GenericParameter, b: GenericParameter) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
    var description: String { name }
}

extension SwiftType {
    var isUnknown: Bool { if case .unknown = self { return true }; return false }

    var isVariable: Bool { if case .variable = self { return true }; return false }

    /// The declaration of a nominal type, if this is one.
    var nominal: NominalType? { if case .nominal(let n, _) = self { return n }; return nil }

    var genericArguments: [SwiftType] { if case .nominal(_, let args) = self { return args }; return [] }

    /// Whether the type contains a type variable or `.unknown` anywhere.
    var isFullyKnown: Bool {
        switch self {
        case .unknown, .variable: return false
        case .nominal(_, let args): return args.allSatisfy(\.isFullyKnown)
        case .tuple(let es): return es.allSatisfy(\.type.isFullyKnown)
        case .function(let f): return f.result.isFullyKnown && f.parameters.allSatisfy(\.type.isFullyKnown)
        case .metatype(let t): return t.isFullyKnown
        case .dependent(let b, _): return b.isFullyKnown
        case .existential, .parameter: return true
        }
    }

    /// Whether the type mentions a generic parameter or dependent member.
    var mentionsParameters: Bool {
        switch self {
        case .parameter, .dependent: return true
        case .nominal(_, let args): return args.contains(where: \.mentionsParameters)
        case .tuple(let es): return es.contains(where: \.type.mentionsParameters)
        case .function(let f): return f.result.mentionsParameters || f.parameters.contains(where: \.type.mentionsParameters)
        case .metatype(let t): return t.mentionsParameters
        default: return false
        }
    }
}

extension SwiftType: CustomStringConvertible {
    /// Swift's spelling, as compiler diagnostics print types: `[Double]`, `Int?`, `[String: Int]`,
    /// `(x: Double, y: Double)`, `(Int) -> Bool`.
    var description: String {
        switch self {
        case .nominal(let n, let args):
            if n.builtin == .array, args.count == 1 { return "[\(args[0])]" }
            if n.builtin == .dictionary, args.count == 2 { return "[\(args[0]): \(args[1])]" }
            if n.builtin == .optional, args.count == 1 {
                if case .function = args[0] { return "(\(args[0]))?" }
                if case .existential = args[0] { return "(\(args[0]))?" }
                return "\(args[0])?"
            }
            if args.isEmpty { return n.qualifiedName }
            return n.qualifiedName + "<" + args.map(\.description).joined(separator: ", ") + ">"
        case .tuple(let es):
            if es.isEmpty { return "()" }
            return "(" + es.map { ($0.label.map { $0 + ": " } ?? "") + $0.type.description }.joined(separator: ", ") + ")"
        case .function(let f):
            let ps = f.parameters.map { ($0.isInout ? "inout " : "") + $0.type.description }.joined(separator: ", ")
            return "(\(ps))\(f.isThrowing ? " throws" : "") -> \(f.result)"
        case .metatype(let t): return "\(t).Type"
        case .existential(let p): return "any \(p.name)"
        case .parameter(let p): return p.name
        case .dependent(let b, let name): return "\(b).\(name)"
        case .variable(let v): return "$T\(v)"
        case .unknown: return "_"
        }
    }
}
