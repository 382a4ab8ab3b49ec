import SwiftSyntax

/// A named type's declaration: a builtin (`Int`, `Array`), a lesson's struct/class/enum/protocol,
/// or a bridged MLCore type, with everything the checker needs to type its uses.
///
/// Builtins are declared in Swift syntax (`Prelude.swift`) and read by the same code that reads a
/// lesson's declarations, so the standard library and lesson types are checked one way.
final class NominalType: Hashable {
    enum Kind { case structure, classType, enumeration, protocolType }

    /// The builtins the checker itself must recognise (literal types, sugar, sequences).
    enum Builtin: String {
        case int = "Int", double = "Double", float = "Float", bool = "Bool", string = "String"
        case character = "Character", substring = "Substring"
        case array = "Array", dictionary = "Dictionary", set = "Set", optional = "Optional"
        case range = "Range", closedRange = "ClosedRange", arraySlice = "ArraySlice"
        case never = "Never"
    }

    /// Where a declaration came from: whether a missing member is certainly an error depends on it.
    enum Origin { case prelude, lesson, native }

    let name: String
    var kind: Kind
    let origin: Origin
    var builtin: Builtin?
    /// The type this one is nested in (`Config` inside `Trainer`).
    weak var parent: NominalType?
    var genericParameters: [GenericParameter] = []
    var superclass: SwiftType?
    /// Protocols named in the declaration and its extensions.
    var conformances: [NominalType] = []
    /// Conformances that hold only when generic arguments conform too
    /// (`extension Array: Equatable where Element: Equatable`).
    var conditionalConformances: [(protocol: NominalType, requirements: [Requirement])] = []
    var members = MemberTable()
    var staticMembers = MemberTable()
    var initializers: [Member] = []
    var cases: [EnumCase] = []
    var rawType: SwiftType?
    /// `typealias Element = …` and, for protocols, associated types (`associatedtype Element`).
    var typeAliases: [String: SwiftType] = [:]
    var associatedTypes: [String] = []
    var nestedTypes: [String: NominalType] = [:]
    /// Stored instance properties in declaration order (for the memberwise initialiser).
    var storedProperties: [StoredProperty] = []
    /// Whether the type's own body declares an initialiser (which hides the memberwise one).
    var hasBodyInitializer = false
    /// `Self` inside the type's declarations; a protocol's conforms to the protocol.
    let selfParameter = GenericParameter("Self")

    init(name: String, kind: Kind, origin: Origin) {
        self.name = name
        self.kind = kind
        self.origin = origin
        self.builtin = origin == .prelude ? Builtin(rawValue: name) : nil
        if kind == .protocolType { selfParameter.conformances = [self] }
    }

    static func == (a: NominalType, b: NominalType) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }

    /// `Outer.Inner` for nested types, as diagnostics print them.
    var qualifiedName: String { parent.map { $0.qualifiedName + "." + name } ?? name }

    var isClass: Bool { kind == .classType }
    var isProtocol: Bool { kind == .protocolType }

    /// The type with its own generic parameters as arguments (`Array<Element>` inside `Array`).
    var declaredType: SwiftType { .nominal(self, genericParameters.map { .parameter($0) }) }

    /// Whether every member of the type is declared to the checker, so that a missing one is a
    /// certain error. Lesson types are complete; builtins and MLCore types are checked against
    /// their declared subset, and a member outside it is left to the evaluator.
    var membersAreComplete: Bool { origin == .lesson }
}

/// A stored property of a struct or class.
struct StoredProperty {
    var name: String
    var type: SwiftType
    var hasDefault: Bool
    var isLet: Bool
}

/// An enum case with its associated values.
struct EnumCase {
    var name: String
    var payload: [TupleElement]
    var hasPayload: Bool
}

/// A requirement of a generic signature: `T: Comparable`, `S.Element == Element`.
enum Requirement {
    case conforms(SwiftType, NominalType)
    case sameType(SwiftType, SwiftType)
    case superclass(SwiftType, SwiftType)
}

/// A parameter of a declared function.
struct ParameterDecl {
    var label: String?
    var name: String
    var type: SwiftType
    var hasDefault = false
    var isInout = false
    var isVariadic = false
    var isAutoclosure = false
}

/// The signature of a declared function, method, initialiser, subscript or operator.
struct FunctionSignature {
    var genericParameters: [GenericParameter] = []
    var requirements: [Requirement] = []
    var parameters: [ParameterDecl]
    var result: SwiftType
    var isThrowing = false
    var isRethrowing = false

    /// `name(x:_:)`, Swift's way of naming a function by its labels.
    func selector(_ name: String) -> String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

/// A member of a type (or a free function or global): a property, method, case or subscript.
final class Member {
    enum Kind {
        case property(SwiftType, settable: Bool)
        case function(FunctionSignature)
        case enumCase(EnumCase)
    }

    let name: String
    var kind: Kind
    /// The type that declares the member (nil for free functions and globals).
    weak var owner: NominalType?
    var isStatic = false
    var isMutating = false
    /// A protocol requirement (dispatched to the conforming type) rather than an extension member.
    var isRequirement = false
    /// Extra requirements of the extension that declared it (`where Element == Double`).
    var extensionRequirements: [Requirement] = []
    var isPrefixOperator = false
    var isPostfixOperator = false
    var discardableResult = false
    /// For subscripts: whether they have a setter.
    var isSettable = false
    /// The declaration it came from, for the lowerer.
    var declaration: SyntaxIdentifier?
    /// Declared by lesson code (not the prelude or a native library).
    var isLesson = false

    init(name: String, kind: Kind, owner: NominalType?) {
        self.name = name
        self.kind = kind
        self.owner = owner
    }

    var signature: FunctionSignature? { if case .function(let s) = kind { return s }; return nil }

    /// Name, labels and parameter types: what tells overloads apart. Nil for properties and cases.
    var overloadKey: String? {
        guard let s = signature else { return nil }
        return s.selector(name) + s.parameters.map { "\($0.isInout ? "inout " : "")\($0.type)" }.joined(separator: ",")
    }
}

/// Members by name; overloads share a name.
struct MemberTable {
    private(set) var byName: [String: [Member]] = [:]

    subscript(name: String) -> [Member] { byName[name] ?? [] }

    mutating func add(_ m: Member) { byName[m.name, default: []].append(m) }

    /// Replaces a member with the same name, labels and parameter types (a later cell
    /// redeclaring a method); overloads by type stay side by side.
    mutating func replace(_ m: Member) {
        if let key = m.overloadKey {
            byName[m.name, default: []].removeAll { $0.overloadKey == key && $0.isStatic == m.isStatic }
        } else {
            byName[m.name, default: []].removeAll { $0.signature == nil }
        }
        byName[m.name, default: []].append(m)
    }

    var names: Dictionary<String, [Member]>.Keys { byName.keys }
}
