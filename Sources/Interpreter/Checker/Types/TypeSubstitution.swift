/// Generic parameters replaced by types: `Element := Double` for a member of `[Double]`.
struct Substitution {
    private var map: [ObjectIdentifier: SwiftType] = [:]

    init() {}

    init(_ parameters: [GenericParameter], _ arguments: [SwiftType]) {
        for (p, a) in zip(parameters, arguments) { map[ObjectIdentifier(p)] = a }
    }

    subscript(p: GenericParameter) -> SwiftType? {
        get { map[ObjectIdentifier(p)] }
        set { map[ObjectIdentifier(p)] = newValue }
    }

    var isEmpty: Bool { map.isEmpty }

    mutating func merge(_ other: Substitution) {
        for (k, v) in other.map { map[k] = v }
    }
}

extension SwiftType {
    /// Replaces generic parameters; `project` resolves associated types of the results
    /// (`S.Element` once `S` is `[Int]`).
    func substituting(_ s: Substitution, project: (SwiftType, String) -> SwiftType) -> SwiftType {
        if s.isEmpty { return self }
        switch self {
        case .parameter(let p): return s[p] ?? self
        case .nominal(let n, let args): return args.isEmpty ? self : .nominal(n, args.map { $0.substituting(s, project: project) })
        case .tuple(let es): return .tuple(es.map { TupleElement($0.label, $0.type.substituting(s, project: project)) })
        case .function(let f):
            return .function(FunctionType(parameters: f.parameters.map { .init($0.type.substituting(s, project: project), isInout: $0.isInout) },
                                          result: f.result.substituting(s, project: project), isThrowing: f.isThrowing))
        case .metatype(let m): return .metatype(m.substituting(s, project: project))
        case .existential: return self
        case .dependent(let base, let name):
            let b = base.substituting(s, project: project)
            if case .parameter = b { return .dependent(b, name) }
            return project(b, name)
        case .variable, .unknown: return self
        }
    }
}
