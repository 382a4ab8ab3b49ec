/// A struct, class, enum or protocol declared by lesson code, with its members.
///
/// Types live in the session, so a type declared in one cell (and extended in another) is usable
/// in every later cell. Redeclaring the name in a later cell replaces the type.
///
/// A generic type's specializations (`Stack<Int>`, `Stack<String>`) are TypeInfos of their own,
/// because a value prints its generic arguments, but they share one `Declaration`: every member,
/// so an extension declared later reaches all of them.
final class TypeInfo: Hashable {
    enum Kind { case structType, classType, enumType, protocolType }

    struct Field {
        let name: String
        let type: TypeSpec?
        let isLet: Bool
        /// The declared default (`var count = 0`), evaluated on construction.
        let initial: Code.Expr?
        let initialIsLiteral: Bool
        /// `lazy var`: the field stays `.unset` until the first read runs `lazyInitializer`.
        var isLazy = false
        /// The lazy initialiser, a method of the instance (it may use `self`).
        var lazyInitializer: FunctionDecl? = nil
        /// `willSet` / `didSet`, run around every assignment outside the type's initialisers.
        var observers: Observers? = nil
    }

    /// A stored property's observers; each runs as a method of the instance.
    struct Observers {
        /// Takes the new value (`newValue`, or the name written in `willSet(name)`).
        var willSet: FunctionDecl?
        /// Takes the old value (`oldValue`, or the name written in `didSet(name)`).
        var didSet: FunctionDecl?
    }

    struct EnumCase {
        let name: String
        let rawValue: Value?
        let payloadLabels: [String?]
        let payloadTypes: [TypeSpec?]
    }

    struct Computed {
        let getter: FunctionDecl
        var setter: FunctionDecl?
    }

    /// A `subscript` declaration: the getter takes the index parameters; the setter takes them
    /// followed by the new value.
    struct Subscript {
        let getter: FunctionDecl
        var setter: FunctionDecl?
    }

    /// Everything a declaration and its specializations share.
    final class Declaration {
        let kind: Kind
        var superclass: TypeInfo?
        /// Protocol names the type declares (builtin ones such as `CustomStringConvertible` too).
        var conformances: Set<String> = []
        /// Protocols (lesson or standard ones that lesson code extended) whose extension members
        /// the type gets, in declaration order; for a protocol, the protocols it refines.
        var protocols: [TypeInfo] = []
        var fields: [Field] = []
        var fieldIndex: [String: Int] = [:]
        var computed: [String: Computed] = [:]
        var methods: [String: [FunctionDecl]] = [:]
        var staticMethods: [String: [FunctionDecl]] = [:]
        var staticFields: [String: Int] = [:]
        var staticComputed: [String: Computed] = [:]
        var subscripts: [Subscript] = []
        var staticSubscripts: [Subscript] = []
        var initializers: [FunctionDecl] = []
        var hasBodyInitializer = false
        var isBuiltinExtension = false
        var cases: [EnumCase] = []
        var caseIndex: [String: Int] = [:]
        var rawType: TypeSpec?
        var memberNames: Set<String> = []
        /// Static members declared so far, known before their bodies are lowered (so a static
        /// method may call itself or a later one without `Self.`).
        var staticMemberNames: Set<String> = []
        /// For a protocol: its requirements, as `name(label:_:)` for methods and `name` for properties.
        var requirements: Set<String> = []
        /// Types declared inside this one, by their simple name.
        var nestedTypes: [String: TypeInfo] = [:]
        /// `typealias Input = [Double]` inside the type.
        var typeAliases: [String: TypeSpec] = [:]
        /// The enclosing type. Strong, for the reason given at `Callable.owner`: no TypeInfo may
        /// be the target of a `weak` reference.
        var parent: TypeInfo?
        /// The names of the generic parameters (`Element` of `Stack<Element>`).
        var genericParameters: [String] = []
        var specializations: [[RuntimeType]: TypeInfo] = [:]
        /// For each generic parameter, the stored properties (and paths inside them) whose
        /// values show its argument (`items: [Element]`), for values built where the argument
        /// is not known statically.
        var genericFieldPaths: [String: [(field: Int, path: TypePath)]] = [:]
        /// Whether some field is `lazy` or observed (such fields skip the fast field paths).
        var hasLazyFields = false
        var hasObservedFields = false
        /// Every stored property is declared as a number, Bool, String or Character, so an
        /// instance is dropped like a scalar (see `DeepRelease.needsCare`).
        var hasOnlyScalarFields = true
        /// For a protocol: only classes conform (`: AnyObject`, or it refines such a protocol),
        /// so a constant of its existential type still lets properties be set.
        var isClassBound = false

        init(kind: Kind) { self.kind = kind }
    }

    /// The name as Swift's diagnostics write it, with enclosing types: `Trainer.Config`.
    let name: String
    /// The declared name alone (`Config`), as `print` shows a value at the top level.
    let simpleName: String
    let declaration: Declaration
    /// For a specialization, its generic arguments (`[Int]` for `Stack<Int>`); else empty.
    let genericArguments: [RuntimeType]

    init(name: String, kind: Kind, parent: TypeInfo? = nil) {
        self.simpleName = name
        self.name = parent.map { $0.name + "." + name } ?? name
        self.declaration = Declaration(kind: kind)
        self.genericArguments = []
        declaration.parent = parent
    }

    private init(specializing generic: TypeInfo, _ arguments: [RuntimeType]) {
        name = generic.name
        simpleName = generic.simpleName
        declaration = generic.declaration
        genericArguments = arguments
    }

    static func == (a: TypeInfo, b: TypeInfo) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }

    // MARK: Shared members

    var kind: Kind { declaration.kind }
    var superclass: TypeInfo? { get { declaration.superclass } set { declaration.superclass = newValue } }
    var conformances: Set<String> { get { declaration.conformances } _modify { yield &declaration.conformances } }
    var protocols: [TypeInfo] { get { declaration.protocols } _modify { yield &declaration.protocols } }
    var fields: [Field] { get { declaration.fields } _modify { yield &declaration.fields } }
    var fieldIndex: [String: Int] { get { declaration.fieldIndex } _modify { yield &declaration.fieldIndex } }
    var computed: [String: Computed] { get { declaration.computed } _modify { yield &declaration.computed } }
    var methods: [String: [FunctionDecl]] { get { declaration.methods } _modify { yield &declaration.methods } }
    var staticMethods: [String: [FunctionDecl]] { get { declaration.staticMethods } _modify { yield &declaration.staticMethods } }
    var staticFields: [String: Int] { get { declaration.staticFields } _modify { yield &declaration.staticFields } }
    var staticComputed: [String: Computed] { get { declaration.staticComputed } _modify { yield &declaration.staticComputed } }
    var subscripts: [Subscript] { get { declaration.subscripts } _modify { yield &declaration.subscripts } }
    var staticSubscripts: [Subscript] { get { declaration.staticSubscripts } _modify { yield &declaration.staticSubscripts } }
    var initializers: [FunctionDecl] { get { declaration.initializers } _modify { yield &declaration.initializers } }
    var hasBodyInitializer: Bool { get { declaration.hasBodyInitializer } set { declaration.hasBodyInitializer = newValue } }
    /// Set for the members lesson code adds to a builtin type (`extension Array { … }`) or to a
    /// standard protocol (`extension Sequence { … }`).
    var isBuiltinExtension: Bool { get { declaration.isBuiltinExtension } set { declaration.isBuiltinExtension = newValue } }
    var cases: [EnumCase] { get { declaration.cases } _modify { yield &declaration.cases } }
    var caseIndex: [String: Int] { get { declaration.caseIndex } _modify { yield &declaration.caseIndex } }
    var rawType: TypeSpec? { get { declaration.rawType } set { declaration.rawType = newValue } }
    /// Names of members declared so far (for resolving implicit `self`).
    var memberNames: Set<String> { get { declaration.memberNames } _modify { yield &declaration.memberNames } }
    var staticMemberNames: Set<String> { get { declaration.staticMemberNames } _modify { yield &declaration.staticMemberNames } }
    var nestedTypes: [String: TypeInfo] { get { declaration.nestedTypes } _modify { yield &declaration.nestedTypes } }
    var typeAliases: [String: TypeSpec] { get { declaration.typeAliases } _modify { yield &declaration.typeAliases } }
    var parent: TypeInfo? { declaration.parent }
    var requirements: Set<String> { get { declaration.requirements } _modify { yield &declaration.requirements } }
    var genericParameters: [String] { get { declaration.genericParameters } _modify { yield &declaration.genericParameters } }

    var isProtocol: Bool { declaration.kind == .protocolType }
    var isClassBound: Bool { get { declaration.isClassBound } set { declaration.isClassBound = newValue } }

    /// The stored property `name` of this type or, for a class, of the ancestor declaring it;
    /// nil when a class on the way overrides it with a computed property.
    func storedField(_ name: String) -> Field? {
        var declaring: TypeInfo? = self
        while let c = declaring {
            if c.computed[name] != nil { return nil }
            if let i = c.fieldIndex[name] { return c.fields[i] }
            declaring = c.superclass
        }
        return nil
    }

    func addField(_ f: Field) {
        fieldIndex[f.name] = fields.count
        fields.append(f)
        memberNames.insert(f.name)
        if f.isLazy { declaration.hasLazyFields = true }
        if f.observers != nil { declaration.hasObservedFields = true }
        switch f.type {
        case .int?, .double?, .float?, .bool?, .string?, .character?: break
        default: declaration.hasOnlyScalarFields = false
        }
    }

    /// Replaces a field's description once its observers or lazy initialiser are lowered.
    func updateField(_ index: Int, _ change: (inout Field) -> Void) {
        change(&fields[index])
        if fields[index].isLazy { declaration.hasLazyFields = true }
        if fields[index].observers != nil { declaration.hasObservedFields = true }
    }

    // MARK: Specializations

    /// The type with these generic arguments (`Stack<Int>`), one TypeInfo per distinct list.
    func specialized(_ arguments: [RuntimeType]) -> TypeInfo {
        if arguments.isEmpty || arguments == genericArguments { return self }
        if let s = declaration.specializations[arguments] { return s }
        let s = TypeInfo(specializing: self, arguments)
        declaration.specializations[arguments] = s
        return s
    }

    /// Whether both name the same declaration (specializations included), as `==` on values
    /// and `is` checks compare types.
    @inline(__always)
    func isSameDeclaration(_ other: TypeInfo) -> Bool { declaration === other.declaration }

    /// The generic argument for parameter `name` of this type or an enclosing one, if known.
    func genericArgument(_ name: String) -> RuntimeType? {
        if let i = genericParameters.firstIndex(of: name), i < genericArguments.count { return genericArguments[i] }
        return nil
    }

    // MARK: Lookup

    /// The first result `get` gives for this type, its superclasses, then the protocols they
    /// conform to (each protocol before the ones it refines).
    @inline(__always)
    func lookup<T>(_ get: (TypeInfo) -> T?) -> T? {
        var t: TypeInfo? = self
        var conformsToProtocols = false
        while let c = t {
            if let v = get(c) { return v }
            if !c.declaration.protocols.isEmpty { conformsToProtocols = true }
            t = c.declaration.superclass
        }
        guard conformsToProtocols else { return nil }
        for p in protocolsInLookupOrder() { if let v = get(p) { return v } }
        return nil
    }

    /// Every protocol of this type and its superclasses, refined ones after those refining them.
    func protocolsInLookupOrder() -> [TypeInfo] {
        var order: [TypeInfo] = []
        var seen: Set<ObjectIdentifier> = []
        func visit(_ p: TypeInfo) {
            guard seen.insert(ObjectIdentifier(p.declaration)).inserted else { return }
            order.append(p)
            for q in p.declaration.protocols { visit(q) }
        }
        var t: TypeInfo? = self
        while let c = t {
            for p in c.declaration.protocols { visit(p) }
            t = c.declaration.superclass
        }
        return order
    }

    func findMethod(_ name: String) -> [FunctionDecl]? { lookup { $0.declaration.methods[name] } }

    func findComputed(_ name: String) -> Computed? { lookup { $0.declaration.computed[name] } }

    func findStaticMethod(_ name: String) -> [FunctionDecl]? { lookup { $0.declaration.staticMethods[name] } }

    func findStaticComputed(_ name: String) -> Computed? { lookup { $0.declaration.staticComputed[name] } }

    /// The subscripts of this type, its superclasses and its protocols' extensions.
    func allSubscripts(isStatic: Bool) -> [Subscript] {
        var out: [Subscript] = []
        _ = lookup { t -> Bool? in
            out += isStatic ? t.declaration.staticSubscripts : t.declaration.subscripts
            return nil
        }
        return out
    }

    func hasMember(_ name: String) -> Bool {
        lookup { $0.declaration.memberNames.contains(name) ? true : nil } ?? false
    }

    func hasStaticMember(_ name: String) -> Bool {
        lookup { t -> Bool? in
            let d = t.declaration
            if d.staticMemberNames.contains(name) || d.staticFields[name] != nil || d.staticMethods[name] != nil
                || d.staticComputed[name] != nil || d.caseIndex[name] != nil || d.nestedTypes[name] != nil { return true }
            return nil
        } ?? false
    }

    func isSubclass(of other: TypeInfo) -> Bool {
        var t: TypeInfo? = self
        while let c = t { if c.declaration === other.declaration { return true }; t = c.superclass }
        return false
    }

    /// Whether the type declares (itself, through a superclass or a refined protocol) conformance
    /// to the protocol called `protocolName`.
    func conforms(to protocolName: String) -> Bool {
        var t: TypeInfo? = self
        while let c = t {
            if c.declaration.conformances.contains(protocolName) { return true }
            t = c.declaration.superclass
        }
        return protocolsInLookupOrder().contains { $0.name == protocolName || $0.declaration.conformances.contains(protocolName) }
    }

    /// `value is Name`: the type itself, a superclass, or a protocol it conforms to.
    func isKind(of typeName: String) -> Bool {
        var t: TypeInfo? = self
        while let c = t { if c.name == typeName { return true }; t = c.superclass }
        return conforms(to: typeName)
    }

    // MARK: Names

    /// How `print` names the type: `Config`, `Stack<Int>` at the top level; inside collections
    /// (`qualified`) with modules and enclosing types: `main.Trainer.Config`, `main.Stack<Swift.Int>`.
    func describedName(qualified: Bool, module: String) -> String {
        let base = qualified ? module + "." + name : simpleName
        guard !genericArguments.isEmpty else { return base }
        return base + "<" + genericArguments.map { $0.describedName(qualified: qualified, module: module) }.joined(separator: ", ") + ">"
    }
}
