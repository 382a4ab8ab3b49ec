/// Every type a session's code can name, and the relations between them: conformance,
/// inheritance, associated types and member lookup.
///
/// The standard library comes from the shared, immutable `Prelude`; what a lesson adds to a
/// builtin type (`extension Array where Element == Double { … }`) is kept in this session's
/// overlay, so sessions never see each other's extensions.
final class TypeWorld {
    let prelude: Prelude
    /// Lesson and native types by name (shadowing prelude types of the same name).
    var types: [String: NominalType] = [:]
    var typeAliases: [String: SwiftType] = [:]
    /// Members lessons add to prelude types.
    private var overlayMembers: [NominalType: MemberTable] = [:]
    private var overlayStatic: [NominalType: MemberTable] = [:]
    private var overlayInitializers: [NominalType: [Member]] = [:]
    private var overlayConformances: [NominalType: [NominalType]] = [:]
    /// Looks up a type name the world does not know yet (MLCore's types, declared lazily).
    var nativeTypeProvider: ((String) -> NominalType?)?
    /// Native free functions by name (MLCore and the lesson library), declared lazily.
    var nativeFunctions: ((String) -> [Member]?)?
    /// Global variables and free functions declared by the session's cells.
    var globals: [String: [Member]] = [:]

    /// Declares a global variable or function, replacing an earlier one of the same name (a
    /// variable) or the same labels and parameter types (a function).
    func declareGlobal(_ m: Member) {
        switch m.kind {
        case .property: globals[m.name] = [m]
        case .function:
            var list = (globals[m.name] ?? []).filter { if case .function = $0.kind { return true }; return false }
            list.removeAll { $0.overloadKey == m.overloadKey }
            list.append(m)
            globals[m.name] = list
        case .enumCase: break
        }
    }

    /// Set while the prelude itself is read: its declarations go into its own types, not into
    /// an overlay.
    private let readsPrelude: Bool

    init(prelude: Prelude = .shared) { self.prelude = prelude; readsPrelude = false }

    init(reading prelude: Prelude) { self.prelude = prelude; readsPrelude = true }

    private func isOverlaid(_ n: NominalType) -> Bool { n.origin == .prelude && !readsPrelude }

    // MARK: Builtin types

    var int: SwiftType { .nominal(prelude.int, []) }
    var double: SwiftType { .nominal(prelude.double, []) }
    var float: SwiftType { .nominal(prelude.float, []) }
    var bool: SwiftType { .nominal(prelude.bool, []) }
    var string: SwiftType { .nominal(prelude.string, []) }
    var character: SwiftType { .nominal(prelude.character, []) }
    func array(_ e: SwiftType) -> SwiftType { .nominal(prelude.array, [e]) }
    func dictionary(_ k: SwiftType, _ v: SwiftType) -> SwiftType { .nominal(prelude.dictionary, [k, v]) }
    func set(_ e: SwiftType) -> SwiftType { .nominal(prelude.set, [e]) }
    func optional(_ w: SwiftType) -> SwiftType { .nominal(prelude.optional, [w]) }

    func protocolNamed(_ name: String) -> NominalType {
        prelude.types[name] ?? prelude.types["Sendable"]!
    }

    /// The type a name denotes at the top level: lesson types first, then builtins, then natives.
    func typeNamed(_ name: String) -> NominalType? {
        if let t = types[name] { return t }
        if let t = prelude.types[name] { return t }
        if let n = nativeTypeProvider?(name) {
            types[name] = n
            return n
        }
        return nil
    }

    // MARK: Lesson additions to builtin types

    func addMember(_ m: Member, to n: NominalType) {
        if isOverlaid(n) {
            if m.isStatic { overlayStatic[n, default: MemberTable()].replace(m) } else { overlayMembers[n, default: MemberTable()].replace(m) }
        } else if readsPrelude {
            if m.isStatic { n.staticMembers.add(m) } else { n.members.add(m) }
        } else if m.isStatic {
            n.staticMembers.replace(m)
        } else {
            n.members.replace(m)
        }
    }

    func addInitializer(_ m: Member, to n: NominalType) {
        if isOverlaid(n) { overlayInitializers[n, default: []].append(m) } else { n.initializers.append(m) }
    }

    func addConformance(_ p: NominalType, to n: NominalType) {
        if isOverlaid(n) { overlayConformances[n, default: []].append(p) } else if !n.conformances.contains(p) { n.conformances.append(p) }
    }

    func initializers(of n: NominalType) -> [Member] { n.initializers + (overlayInitializers[n] ?? []) }

    private func ownMembers(_ n: NominalType, _ name: String, isStatic: Bool) -> [Member] {
        if isStatic { return n.staticMembers[name] + (overlayStatic[n]?[name] ?? []) }
        return n.members[name] + (overlayMembers[n]?[name] ?? [])
    }

    func declaredConformances(_ n: NominalType) -> [NominalType] {
        n.conformances + (overlayConformances[n] ?? []) + implicitConformances(n)
    }

    /// Conformances Swift synthesises without a declaration: an enum without associated values
    /// is Equatable and Hashable.
    private func implicitConformances(_ n: NominalType) -> [NominalType] {
        guard n.kind == .enumeration, n.origin == .lesson, n.cases.allSatisfy({ !$0.hasPayload }),
              let e = prelude.types["Hashable"] else { return [] }
        return [e]
    }

    // MARK: Relations

    /// Whether protocol `q` is `p` or refines it.
    func inherits(_ q: NominalType, from p: NominalType) -> Bool {
        if q === p { return true }
        var seen: Set<ObjectIdentifier> = []
        var stack = [q]
        while let x = stack.popLast() {
            if x === p { return true }
            guard seen.insert(ObjectIdentifier(x)).inserted else { continue }
            stack.append(contentsOf: declaredConformances(x))
        }
        return false
    }

    /// Protocols that need no witnesses and that every lesson value satisfies.
    private static let markers: Set<String> = ["Sendable", "Codable", "Encodable", "Decodable", "AnyObject", "Any", "CVarArg"]

    /// Whether `t` conforms to protocol `p`; an unbound variable takes the requirement on.
    func conforms(_ t: SwiftType, _ p: NominalType, _ cs: ConstraintSystem?) -> Bool {
        if TypeWorld.markers.contains(p.name), p.origin == .prelude {
            if p.name == "AnyObject" { return isClassType(t, cs) }
            return true
        }
        let t = cs?.resolve(t) ?? t
        switch t {
        case .unknown, .dependent: return true
        case .variable(let i): return cs?.require(i, conformsTo: p) ?? true
        case .nominal(let n, let args):
            if n === p { return true }
            var c: NominalType? = n
            while let x = c {
                if declaredConformances(x).contains(where: { inherits($0, from: p) }) { return true }
                c = x.superclass?.nominal
            }
            for (q, requirements) in n.conditionalConformances where inherits(q, from: p) {
                let s = Substitution(n.genericParameters, args)
                if requirements.allSatisfy({ holds($0, s, cs) }) { return true }
            }
            if n.kind == .enumeration, n.rawType != nil, p.name == "RawRepresentable" { return true }
            return false
        case .parameter(let g):
            if g.conformances.contains(where: { inherits($0, from: p) }) { return true }
            if let s = g.superclass { return conforms(s, p, cs) }
            return false
        case .existential(let q): return inherits(q, from: p)
        case .tuple, .function, .metatype: return false
        }
    }

    private func isClassType(_ t: SwiftType, _ cs: ConstraintSystem?) -> Bool {
        switch cs?.resolve(t) ?? t {
        case .nominal(let n, _): return n.isClass
        case .unknown, .variable, .parameter, .existential, .dependent: return true
        default: return false
        }
    }

    /// Whether a requirement holds for the given generic arguments.
    func holds(_ r: Requirement, _ s: Substitution, _ cs: ConstraintSystem?) -> Bool {
        switch r {
        case .conforms(let t, let p): return conforms(substitute(t, s, cs), p, cs)
        case .sameType(let a, let b):
            let x = substitute(a, s, cs), y = substitute(b, s, cs)
            if let cs { return cs.unify(x, y) }
            return x == y || x.isUnknown || y.isUnknown
        case .superclass(let a, let b):
            return isSubclass(substitute(a, s, cs), of: substitute(b, s, cs), cs)
        }
    }

    func substitute(_ t: SwiftType, _ s: Substitution, _ cs: ConstraintSystem?) -> SwiftType {
        t.substituting(s) { base, name in
            if let cs { return cs.projection(base, name) }
            return self.associatedType(name, of: base) ?? .unknown
        }
    }

    /// Whether class type `a` is `b` or one of its subclasses.
    func isSubclass(_ a: SwiftType, of b: SwiftType, _ cs: ConstraintSystem?) -> Bool {
        var current: SwiftType? = cs?.resolve(a) ?? a
        let target = cs?.resolve(b) ?? b
        guard case .nominal(let tn, _) = target else { return target.isUnknown }
        while let c = current {
            guard case .nominal(let n, _) = c else { return c.isUnknown }
            if n === tn { return true }
            current = n.superclass
        }
        return false
    }

    /// `name` as an associated type of `t` (`Element` of `[Int]` is `Int`).
    func associatedType(_ name: String, of t: SwiftType, _ cs: ConstraintSystem? = nil) -> SwiftType? {
        switch cs?.resolve(t) ?? t {
        case .nominal(let n, let args):
            if let i = n.genericParameters.firstIndex(where: { $0.name == name }), i < args.count { return args[i] }
            if let alias = n.typeAliases[name] {
                return substitute(alias, Substitution(n.genericParameters, args), cs)
            }
            if let nested = n.nestedTypes[name] { return .nominal(nested, []) }
            var sup = n.superclass
            while let s = sup {
                if let r = associatedType(name, of: s, cs) { return r }
                sup = s.nominal?.superclass
            }
            return nil
        case .parameter: return .dependent(t, name)
        case .unknown, .existential: return .unknown
        default: return nil
        }
    }

    /// The element type of a sequence (`for x in s`), nil when `t` is no sequence.
    func elementType(of t: SwiftType, _ cs: ConstraintSystem) -> SwiftType? {
        let r = cs.resolve(t)
        switch r {
        case .unknown, .variable, .dependent, .existential: return .unknown
        case .parameter:
            return conforms(r, protocolNamed("Sequence"), cs) ? .dependent(r, "Element") : nil
        case .nominal:
            guard conforms(r, protocolNamed("Sequence"), cs) else { return nil }
            return associatedType("Element", of: r, cs) ?? .unknown
        default: return nil
        }
    }

    // MARK: Members

    /// A member found on a type, with the substitution that gives its signature for that type.
    struct FoundMember {
        let member: Member
        let substitution: Substitution
        /// The receiver type (`Self`).
        let selfType: SwiftType
    }

    /// Members called `name` of a value of type `t` (or of the type itself, for `isStatic`).
    func members(_ name: String, of t: SwiftType, isStatic: Bool, _ cs: ConstraintSystem?) -> [FoundMember] {
        let t = cs?.resolve(t) ?? t
        switch t {
        case .nominal(let n, let args):
            return nominalMembers(name, n, args, selfType: t, isStatic: isStatic)
        case .existential(let p):
            return protocolMembers(name, [p], selfType: t, base: Substitution(), isStatic: isStatic, shadowed: [])
        case .parameter(let g):
            var out = protocolMembers(name, g.conformances, selfType: t, base: Substitution(), isStatic: isStatic, shadowed: [])
            if let s = g.superclass, case .nominal(let n, let args) = s {
                out += nominalMembers(name, n, args, selfType: t, isStatic: isStatic)
            }
            return out
        default:
            return []
        }
    }

    private func nominalMembers(_ name: String, _ n: NominalType, _ args: [SwiftType], selfType: SwiftType, isStatic: Bool) -> [FoundMember] {
        var out: [FoundMember] = []
        var keys: Set<String> = []
        var selectors: Set<String> = []
        var current: NominalType? = n
        var currentArgs = args
        var protocols: [NominalType] = []
        while let c = current {
            var s = Substitution(c.genericParameters, currentArgs)
            s[c.selfParameter] = selfType
            for m in ownMembers(c, name, isStatic: isStatic) {
                // A subclass's override hides the superclass's member of the same signature.
                guard keys.insert(selectorKey(m)).inserted else { continue }
                // Operators are told apart by operand types only, never hidden by labels.
                if !Prelude.isOperator(name) { selectors.insert(m.signature?.selector(m.name) ?? m.name) }
                out.append(FoundMember(member: m, substitution: s, selfType: selfType))
            }
            protocols += declaredConformances(c)
            for (q, _) in c.conditionalConformances { protocols.append(q) }
            guard let sup = c.superclass, case .nominal(let sn, let sargs) = sup else { break }
            current = sn
            currentArgs = sargs
        }
        var base = Substitution(n.genericParameters, args)
        base[n.selfParameter] = selfType
        out += protocolMembers(name, protocols, selfType: selfType, base: base, isStatic: isStatic, shadowed: selectors)
        return out
    }

    /// Members of protocols (requirements and extension members) for a conforming type; a member
    /// the type declares itself with the same labels shadows them.
    private func protocolMembers(_ name: String, _ roots: [NominalType], selfType: SwiftType, base: Substitution,
                                 isStatic: Bool, shadowed: Set<String>) -> [FoundMember] {
        var out: [FoundMember] = []
        var seen: Set<ObjectIdentifier> = []
        var stack = roots.reversed() as [NominalType]
        var order: [NominalType] = []
        while let p = stack.popLast() {
            guard seen.insert(ObjectIdentifier(p)).inserted else { continue }
            order.append(p)
            stack.append(contentsOf: declaredConformances(p).reversed())
        }
        for p in order {
            var s = base
            s[p.selfParameter] = selfType
            for m in ownMembers(p, name, isStatic: isStatic) where !shadowed.contains(m.signature?.selector(m.name) ?? m.name) {
                out.append(FoundMember(member: m, substitution: s, selfType: selfType))
            }
        }
        return out
    }

    private func selectorKey(_ m: Member) -> String {
        switch m.kind {
        case .function: return m.overloadKey ?? m.name
        case .property: return m.name
        case .enumCase(let c): return "case " + c.name
        }
    }

    /// Subscripts of a value of type `t`.
    func subscripts(of t: SwiftType, _ cs: ConstraintSystem?) -> [FoundMember] {
        members("subscript", of: t, isStatic: false, cs)
    }
}
