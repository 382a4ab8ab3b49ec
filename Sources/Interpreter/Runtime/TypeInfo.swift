/// A struct, class or enum declared by lesson code, with its members.
///
/// Types live in the session, so a type declared in one cell (and extended in another) is usable
/// in every later cell. Redeclaring the name in a later cell replaces the type.
final class TypeInfo {
    enum Kind { case structType, classType, enumType }

    struct Field {
        let name: String
        let type: TypeSpec?
        let isLet: Bool
        /// The declared default (`var count = 0`), evaluated on construction.
        let initial: Code.Expr?
        let initialIsLiteral: Bool
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

    let name: String
    let kind: Kind
    var superclass: TypeInfo?
    var conformances: Set<String> = []
    var fields: [Field] = []
    var fieldIndex: [String: Int] = [:]
    var computed: [String: Computed] = [:]
    var methods: [String: [FunctionDecl]] = [:]
    var staticMethods: [String: [FunctionDecl]] = [:]
    /// Static stored properties live in global slots.
    var staticFields: [String: Int] = [:]
    var staticComputed: [String: Computed] = [:]
    var initializers: [FunctionDecl] = []
    /// Whether the type's own body declares an initialiser (which hides the memberwise one;
    /// initialisers in extensions do not).
    var hasBodyInitializer = false
    /// Set for the members lesson code adds to a builtin type (`extension Array { … }`).
    var isBuiltinExtension = false
    var cases: [EnumCase] = []
    var caseIndex: [String: Int] = [:]
    var rawType: TypeSpec?
    /// Names of members declared so far (for resolving implicit `self`).
    var memberNames: Set<String> = []

    init(name: String, kind: Kind) { self.name = name; self.kind = kind }

    func addField(_ f: Field) {
        fieldIndex[f.name] = fields.count
        fields.append(f)
        memberNames.insert(f.name)
    }

    func findMethod(_ name: String) -> [FunctionDecl]? {
        if let m = methods[name] { return m }
        return superclass?.findMethod(name)
    }

    func findComputed(_ name: String) -> Computed? {
        if let c = computed[name] { return c }
        return superclass?.findComputed(name)
    }

    func hasMember(_ name: String) -> Bool {
        memberNames.contains(name) || (superclass?.hasMember(name) ?? false)
    }

    func isSubclass(of other: TypeInfo) -> Bool {
        var t: TypeInfo? = self
        while let c = t { if c === other { return true }; t = c.superclass }
        return false
    }
}
