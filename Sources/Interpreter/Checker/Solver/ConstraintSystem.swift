/// The kinds of literal a type variable may stand for, until context or defaulting settles it.
enum LiteralKind {
    case integer, float, string, boolean, nilLiteral
    case array(element: SwiftType)
    case dictionary(key: SwiftType, value: SwiftType)
}

/// Type variables and their bindings for one statement (a "solve unit"), with an undo trail so
/// that overload candidates can be tried and rolled back.
///
/// This is the part of Swift's constraint solver that the lesson subset needs: variables bound by
/// unification, literal variables that default (`Int`, `Double`, `String`) when nothing else fixes
/// them, conformance requirements checked when a variable is bound, and associated-type
/// projections (`S.Element`) resolved once their base is known.
final class ConstraintSystem {
    struct Variable {
        var binding: SwiftType?
        var literal: LiteralKind?
        var requirements: [NominalType] = []
        /// Bound by defaulting (nothing in the code decided the type).
        var isDefaulted = false
    }

    private(set) var variables: [Variable] = []
    private var trail: [(index: Int, old: Variable)] = []
    /// `base.name == result` for bases not known yet.
    private var projections: [(base: Int, name: String, result: SwiftType)] = []
    /// One projection variable per (base variable, associated type name).
    private var projectionVariables: [String: SwiftType] = [:]
    let world: TypeWorld

    init(world: TypeWorld) { self.world = world }

    // MARK: Variables

    func fresh(literal: LiteralKind? = nil, requirements: [NominalType] = []) -> SwiftType {
        variables.append(Variable(binding: nil, literal: literal, requirements: requirements))
        return .variable(variables.count - 1)
    }

    private func set(_ i: Int, _ v: Variable) {
        trail.append((i, variables[i]))
        variables[i] = v
    }

    /// Follows variable bindings at the top of `t`.
    func resolve(_ t: SwiftType) -> SwiftType {
        var t = t
        while case .variable(let i) = t, let b = variables[i].binding { t = b }
        if case .dependent(let base, let name) = t, case .nominal = resolve(base),
           let projected = world.associatedType(name, of: resolve(base), self) {
            return resolve(projected)
        }
        return t
    }

    /// Applies every binding inside `t`.
    func apply(_ t: SwiftType) -> SwiftType {
        let r = resolve(t)
        switch r {
        case .nominal(let n, let args): return args.isEmpty ? r : .nominal(n, args.map(apply))
        case .tuple(let es): return .tuple(es.map { TupleElement($0.label, apply($0.type)) })
        case .function(let f):
            return .function(FunctionType(parameters: f.parameters.map { .init(apply($0.type), isInout: $0.isInout) },
                                          result: apply(f.result), isThrowing: f.isThrowing))
        case .metatype(let m): return .metatype(apply(m))
        case .dependent(let b, let name): return .dependent(apply(b), name)
        default: return r
        }
    }

    /// `t` with every unsettled literal variable shown as its default, for diagnostics.
    func display(_ t: SwiftType) -> SwiftType {
        let r = apply(t)
        return r.mapVariables { i in
            let v = self.variables[i]
            if let lit = v.literal, let d = self.defaultType(for: lit, requirements: v.requirements) { return self.display(d) }
            // A generic argument not settled yet: the first builtin that meets its requirements.
            if v.literal == nil, !v.requirements.isEmpty {
                for c in [self.world.double, self.world.int, self.world.string] where v.requirements.allSatisfy({ self.world.conforms(c, $0, nil) }) {
                    return c
                }
            }
            return .unknown
        }
    }

    var isEmpty: Bool { variables.isEmpty }

    // MARK: Snapshots

    struct Snapshot {
        let trail: Int
        let variables: Int
        let projections: Int
    }

    func snapshot() -> Snapshot { Snapshot(trail: trail.count, variables: variables.count, projections: projections.count) }

    func restore(_ s: Snapshot) {
        while trail.count > s.trail {
            let (i, old) = trail.removeLast()
            if i < variables.count { variables[i] = old }
        }
        if variables.count > s.variables { variables.removeSubrange(s.variables...) }
        if projections.count > s.projections { projections.removeSubrange(s.projections...) }
        projectionVariables = projectionVariables.filter { if case .variable(let i) = $0.value { return i < variables.count }; return true }
    }

    // MARK: Unification

    /// Makes `a` and `b` the same type; false when they cannot be.
    @discardableResult
    func unify(_ a: SwiftType, _ b: SwiftType) -> Bool {
        let a = resolve(a), b = resolve(b)
        switch (a, b) {
        case (.unknown, _), (_, .unknown): return true
        case (.variable(let x), .variable(let y)):
            if x == y { return true }
            return merge(x, into: y)
        case (.variable(let x), _): return bind(x, b)
        case (_, .variable(let y)): return bind(y, a)
        case (.nominal(let n1, let a1), .nominal(let n2, let a2)):
            guard n1 === n2, a1.count == a2.count else { return false }
            for (x, y) in zip(a1, a2) where !unify(x, y) { return false }
            return true
        case (.tuple(let e1), .tuple(let e2)):
            guard e1.count == e2.count else { return false }
            for (x, y) in zip(e1, e2) {
                if let l1 = x.label, let l2 = y.label, l1 != l2 { return false }
                if !unify(x.type, y.type) { return false }
            }
            return true
        case (.function(let f1), .function(let f2)):
            guard f1.parameters.count == f2.parameters.count else { return false }
            for (p, q) in zip(f1.parameters, f2.parameters) {
                if p.isInout != q.isInout || !unify(p.type, q.type) { return false }
            }
            return unify(f1.result, f2.result)
        case (.metatype(let x), .metatype(let y)): return unify(x, y)
        case (.existential(let p), .existential(let q)): return p === q
        case (.parameter(let p), .parameter(let q)): return p === q
        case (.dependent(let b1, let n1), .dependent(let b2, let n2)):
            return n1 == n2 ? unify(b1, b2) : true
        case (.dependent, _), (_, .dependent):
            // An associated type of a generic parameter inside a generic body: not modelled.
            return true
        default:
            return false
        }
    }

    /// Whether a value of type `a` may be used where `b` is expected: unification plus Swift's
    /// implicit conversions (to an optional, to a superclass, to `any P`, array covariance).
    @discardableResult
    func convert(_ a: SwiftType, to b: SwiftType) -> Bool {
        let ra = resolve(a), rb = resolve(b)
        if case .variable(let j) = rb, case .nilLiteral? = variables[j].literal, variables[j].binding == nil {
            let wrapped = fresh()
            _ = bind(j, world.optional(wrapped))
            return convert(ra, to: wrapped) || unify(ra, rb)
        }
        switch (ra, rb) {
        case (.unknown, _), (_, .unknown): return true
        case (_, .nominal(let n, let args)) where n.builtin == .optional && args.count == 1:
            if case .nominal(let m, let margs) = ra, m.builtin == .optional, margs.count == 1 {
                return convert(margs[0], to: args[0])
            }
            if case .variable(let i) = ra {
                if variables[i].binding == nil, variables[i].literal == nil || isNilLiteral(i) { return unify(ra, rb) }
                return convert(ra, to: args[0])
            }
            return convert(ra, to: args[0])
        case (.nominal(let n, let args), .existential(let p)):
            _ = args
            return world.conforms(ra, p, self) || n === p
        case (.existential(let q), .existential(let p)):
            return q === p || world.inherits(q, from: p)
        case (.parameter, .existential(let p)):
            return world.conforms(ra, p, self)
        case (.variable(let i), .existential(let p)) where variables[i].binding == nil:
            if variables[i].literal != nil { return world.conforms(ra, p, self) }
            return unify(ra, rb)
        case (.nominal(let n1, _), .nominal(let n2, _)) where n1.isClass && n2.isClass && n1 !== n2:
            return world.isSubclass(ra, of: rb, self)
        case (.nominal(let n1, let a1), .nominal(let n2, let a2)) where n1 === n2 && n1.builtin == .array:
            return convert(a1[0], to: a2[0])
        case (.function(let f1), .function(let f2)):
            guard f1.parameters.count == f2.parameters.count else {
                // `{ a in … }` for a function of two parameters reads them as one tuple: rare; let it pass.
                return false
            }
            for (p, q) in zip(f1.parameters, f2.parameters) {
                if p.isInout != q.isInout || !convert(q.type, to: p.type) { return false }
            }
            return convert(f1.result, to: f2.result)
        case (.tuple(let e1), .tuple(let e2)) where e1.count == e2.count:
            for (x, y) in zip(e1, e2) {
                if let l1 = x.label, let l2 = y.label, l1 != l2 { return false }
                if !convert(x.type, to: y.type) { return false }
            }
            return true
        default:
            return unify(ra, rb)
        }
    }

    private func isNilLiteral(_ i: Int) -> Bool { if case .nilLiteral? = variables[i].literal { return true }; return false }

    private func occurs(_ i: Int, in t: SwiftType) -> Bool {
        switch resolve(t) {
        case .variable(let j): return i == j
        case .nominal(_, let args): return args.contains { occurs(i, in: $0) }
        case .tuple(let es): return es.contains { occurs(i, in: $0.type) }
        case .function(let f): return occurs(i, in: f.result) || f.parameters.contains { occurs(i, in: $0.type) }
        case .metatype(let m): return occurs(i, in: m)
        default: return false
        }
    }

    /// Binds variable `i` to the non-variable type `t`, checking its literal kind and requirements.
    private func bind(_ i: Int, _ t: SwiftType) -> Bool {
        if occurs(i, in: t) { return false }
        let v = variables[i]
        if let lit = v.literal, !literal(lit, accepts: t) { return false }
        set(i, Variable(binding: t, literal: v.literal, requirements: v.requirements))
        for p in v.requirements where !world.conforms(t, p, self) { return false }
        return settleProjections(of: i)
    }

    /// Makes variable `x` an alias of variable `y`, combining what each must be.
    private func merge(_ x: Int, into y: Int) -> Bool {
        let vx = variables[x], vy = variables[y]
        var literal = vy.literal
        switch (vx.literal, vy.literal) {
        case (nil, _): break
        case (let l?, nil): literal = l
        case (.integer?, .integer?), (.float?, .float?), (.string?, .string?), (.boolean?, .boolean?), (.nilLiteral?, .nilLiteral?): break
        case (.integer?, .float?): literal = .float
        case (.float?, .integer?): literal = .float
        case (.array(let e1)?, .array(let e2)?): if !unify(e1, e2) { return false }
        case (.dictionary(let k1, let v1)?, .dictionary(let k2, let v2)?): if !unify(k1, k2) || !unify(v1, v2) { return false }
        default: return false
        }
        var requirements = vy.requirements
        for r in vx.requirements where !requirements.contains(where: { $0 === r }) { requirements.append(r) }
        if let literal, defaultType(for: literal, requirements: requirements) == nil, !requirements.isEmpty {
            return false
        }
        set(y, Variable(binding: nil, literal: literal, requirements: requirements))
        set(x, Variable(binding: .variable(y), literal: vx.literal, requirements: vx.requirements))
        return settleProjections(of: x, now: .variable(y))
    }

    /// Adds a conformance requirement to an unbound variable.
    func require(_ i: Int, conformsTo p: NominalType) -> Bool {
        var v = variables[i]
        if v.requirements.contains(where: { $0 === p }) { return true }
        v.requirements.append(p)
        if let lit = v.literal, defaultType(for: lit, requirements: v.requirements) == nil { return false }
        set(i, v)
        return true
    }

    /// Whether a literal of this kind can have type `t`.
    private func literal(_ kind: LiteralKind, accepts t: SwiftType) -> Bool {
        switch kind {
        case .integer: return world.conforms(t, world.protocolNamed("ExpressibleByIntegerLiteral"), self)
        case .float: return world.conforms(t, world.protocolNamed("ExpressibleByFloatLiteral"), self)
        case .string: return world.conforms(t, world.protocolNamed("ExpressibleByStringLiteral"), self)
        case .boolean: return world.conforms(t, world.protocolNamed("ExpressibleByBooleanLiteral"), self)
        case .nilLiteral:
            if case .nominal(let n, _) = t, n.builtin == .optional { return true }
            return world.conforms(t, world.protocolNamed("ExpressibleByNilLiteral"), self)
        case .array(let element):
            if case .nominal(let n, let args) = t, n.builtin == .array || n.builtin == .set || n.builtin == .arraySlice, args.count == 1 {
                return unify(element, args[0])
            }
            return world.conforms(t, world.protocolNamed("ExpressibleByArrayLiteral"), self)
        case .dictionary(let key, let value):
            if case .nominal(let n, let args) = t, n.builtin == .dictionary, args.count == 2 {
                return unify(key, args[0]) && unify(value, args[1])
            }
            return false
        }
    }

    /// The type a literal variable gets when nothing else decides it.
    func defaultType(for kind: LiteralKind, requirements: [NominalType]) -> SwiftType? {
        literalTypes(for: kind, requirements: requirements).first
    }

    /// The standard types a literal of this kind may have, meeting `requirements`, default first.
    func literalTypes(for kind: LiteralKind, requirements: [NominalType]) -> [SwiftType] {
        let candidates: [SwiftType]
        switch kind {
        case .integer: candidates = [world.int, world.double, world.float]
        case .float: candidates = [world.double, world.float]
        case .string: candidates = [world.string, world.character]
        case .boolean: candidates = [world.bool]
        case .nilLiteral: return []
        case .array(let e): candidates = [world.array(e)]
        case .dictionary(let k, let v): candidates = [world.dictionary(k, v)]
        }
        return candidates.filter { c in requirements.allSatisfy { world.conforms(c, $0, nil) } }
    }

    /// Binds unsettled literal variables to their defaults (collection literals first, whose
    /// element types then reach their elements); returns whether any was bound.
    @discardableResult
    func applyDefaults(limit: Int = .max) -> Bool { defaultLiterals(limit: limit).changed }

    /// Binds unsettled literal variables to their defaults, as `applyDefaults`; returns how many
    /// could not take their default (what else is known of them contradicts it: they stay
    /// unbound), which makes the overload choices that led there a contradiction.
    func applyDefaultsCountingFailures() -> Int { defaultLiterals(limit: .max).failures }

    private func defaultLiterals(limit: Int) -> (changed: Bool, failures: Int) {
        var changed = false
        var failures = 0
        var n = 0
        while n < limit, let i = nextLiteralToDefault() {
            let v = variables[i]
            guard let lit = v.literal, let d = defaultType(for: lit, requirements: v.requirements) else { break }
            n += 1
            if bind(i, d) {
                changed = true
                // Nothing but the literal itself decided this type: the lowerer may apply its own rules.
                if v.requirements.isEmpty { variables[i].isDefaulted = true }
            } else {
                failures += 1
                set(i, Variable(binding: nil, literal: nil, requirements: v.requirements))
            }
        }
        return (changed, failures)
    }

    private func nextLiteralToDefault() -> Int? {
        var scalar: Int?
        for i in variables.indices where variables[i].binding == nil {
            guard let lit = variables[i].literal, defaultType(for: lit, requirements: variables[i].requirements) != nil else { continue }
            switch lit {
            case .array, .dictionary: return i
            default: if scalar == nil { scalar = i }
            }
        }
        return scalar
    }

    /// Whether the type of `t` (a variable) was settled only by defaulting a literal.
    func wasDefaulted(_ t: SwiftType) -> Bool {
        var t = t
        var kind: LiteralKind?
        while case .variable(let i) = t {
            if kind == nil { kind = variables[i].literal }
            // An integer literal joined with a float literal (`[20, 4] + [0.5]`) is a Double
            // because of the other literal, not by its own default.
            if variables[i].isDefaulted {
                if case .integer? = kind, case .float? = variables[i].literal { return false }
                return true
            }
            guard let b = variables[i].binding else { return false }
            t = b
        }
        return false
    }

    /// Whether some variable is still an unsettled literal.
    var hasUnsettledLiterals: Bool {
        variables.contains { $0.binding == nil && $0.literal != nil }
    }

    // MARK: Associated types

    /// The type of `base.name` (`S.Element`), as a variable settled once `base` is known.
    func projection(_ base: SwiftType, _ name: String) -> SwiftType {
        let b = resolve(base)
        if case .variable(let i) = b {
            let key = "\(i).\(name)"
            if let v = projectionVariables[key] { return v }
            let v = fresh()
            projectionVariables[key] = v
            projections.append((i, name, v))
            return v
        }
        return world.associatedType(name, of: b, self) ?? .unknown
    }

    private func settleProjections(of i: Int, now: SwiftType? = nil) -> Bool {
        for p in projections where p.base == i {
            let base = resolve(now ?? .variable(i))
            if case .variable(let j) = base {
                // Aliased to another variable: carry the projection over.
                let other = projection(.variable(j), p.name)
                if !unify(other, p.result) { return false }
                continue
            }
            guard let t = world.associatedType(p.name, of: base, self) else { continue }
            if !unify(t, p.result) { return false }
        }
        return true
    }
}

extension SwiftType {
    /// Replaces variables for which `f` returns a type.
    func mapVariables(_ f: (Int) -> SwiftType?) -> SwiftType {
        switch self {
        case .variable(let i): return f(i) ?? self
        case .nominal(let n, let args): return args.isEmpty ? self : .nominal(n, args.map { $0.mapVariables(f) })
        case .tuple(let es): return .tuple(es.map { TupleElement($0.label, $0.type.mapVariables(f)) })
        case .function(let fn):
            return .function(FunctionType(parameters: fn.parameters.map { .init($0.type.mapVariables(f), isInout: $0.isInout) },
                                          result: fn.result.mapVariables(f), isThrowing: fn.isThrowing))
        case .metatype(let m): return .metatype(m.mapVariables(f))
        case .dependent(let b, let n): return .dependent(b.mapVariables(f), n)
        default: return self
        }
    }
}
