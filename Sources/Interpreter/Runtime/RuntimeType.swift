/// A type known at run time: a generic argument (`Int` in `Stack<Int>`) or what a generic
/// parameter stands for in the running call (`T` of `func total<T>(_ xs: [T])`).
///
/// Values print their generic arguments as compiled Swift does (`Stack<Int>(items: [])`), and
/// a literal whose type is a generic parameter (`xs.reduce(0, +)` with `T == Double`) becomes a
/// value of the argument's type, so the evaluator needs these at run time.
indirect enum RuntimeType: Hashable {
    /// A standard-library type: `Int`, `Array<Double>`, `Optional<String>`, `Range<Int>`.
    case builtin(String, [RuntimeType])
    /// A lesson type, specialized when generic.
    case user(TypeInfo)
    /// A bridged MLCore type (`Tensor`).
    case native(String)
    case tuple([String?], [RuntimeType])
    case function([RuntimeType], RuntimeType)
    /// `any P` (or a composition `P & Q`).
    case existential(String)
    /// A generic parameter still to be resolved in the running call (only in templates).
    case parameter(String)
    case unknown

    /// Swift's spelling in a value's description: `Array<Double>` (never `[Double]`);
    /// `qualified` adds the modules, as inside collections: `Swift.Array<Swift.Double>`.
    func describedName(qualified: Bool, module: String) -> String {
        func list(_ ts: [RuntimeType]) -> String { ts.map { $0.describedName(qualified: qualified, module: module) }.joined(separator: ", ") }
        switch self {
        case .builtin(let name, let args):
            let base = qualified ? "Swift." + name : name
            return args.isEmpty ? base : base + "<" + list(args) + ">"
        case .user(let t): return t.describedName(qualified: qualified, module: module)
        case .native(let name): return qualified ? "MLCore." + name : name
        case .tuple(let labels, let types):
            let parts = types.enumerated().map { i, t in
                (i < labels.count ? labels[i].map { $0 + ": " } ?? "" : "") + t.describedName(qualified: qualified, module: module)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .function(let params, let result):
            return "(" + list(params) + ") -> " + result.describedName(qualified: qualified, module: module)
        case .existential(let p): return "any " + (qualified ? module + "." + p : p)
        case .parameter(let name): return name
        case .unknown: return "_"
        }
    }

    /// Whether the type still names a generic parameter to resolve.
    var mentionsParameters: Bool {
        switch self {
        case .parameter: return true
        case .builtin(_, let args): return args.contains(where: \.mentionsParameters)
        case .user(let t): return t.genericArguments.contains(where: \.mentionsParameters)
        case .tuple(_, let ts): return ts.contains(where: \.mentionsParameters)
        case .function(let ps, let r): return r.mentionsParameters || ps.contains(where: \.mentionsParameters)
        default: return false
        }
    }

    /// The type with each generic parameter replaced by what `resolve` says it stands for.
    func substituting(_ resolve: (String) -> RuntimeType?) -> RuntimeType {
        switch self {
        case .parameter(let name): return resolve(name) ?? .unknown
        case .builtin(let n, let args): return .builtin(n, args.map { $0.substituting(resolve) })
        case .user(let t) where t.genericArguments.contains(where: \.mentionsParameters):
            return .user(t.specialized(t.genericArguments.map { $0.substituting(resolve) }))
        case .tuple(let labels, let ts): return .tuple(labels, ts.map { $0.substituting(resolve) })
        case .function(let ps, let r): return .function(ps.map { $0.substituting(resolve) }, r.substituting(resolve))
        default: return self
        }
    }

    var isKnown: Bool {
        switch self {
        case .unknown, .parameter: return false
        case .builtin(_, let args): return args.allSatisfy(\.isKnown)
        case .user(let t): return t.genericArguments.allSatisfy(\.isKnown)
        case .tuple(_, let ts): return ts.allSatisfy(\.isKnown)
        case .function(let ps, let r): return r.isKnown && ps.allSatisfy(\.isKnown)
        default: return true
        }
    }
}

extension RuntimeType {
    /// The type of a value, as far as the value shows it (an empty array's element type does not
    /// show: it is `.unknown`).
    init(of value: Value) {
        switch value {
        case .int: self = .builtin("Int", [])
        case .double: self = .builtin("Double", [])
        case .float: self = .builtin("Float", [])
        case .bool: self = .builtin("Bool", [])
        case .string: self = .builtin("String", [])
        case .character: self = .builtin("Character", [])
        case .array(let a): self = .builtin("Array", [a.first.map(RuntimeType.init(of:)) ?? .unknown])
        case .slice(let a): self = .builtin("ArraySlice", [a.first.map(RuntimeType.init(of:)) ?? .unknown])
        case .set(let d): self = .builtin("Set", [d.keys.first.map(RuntimeType.init(of:)) ?? .unknown])
        case .dictionary(let d):
            self = .builtin("Dictionary", [d.keys.first.map(RuntimeType.init(of:)) ?? .unknown,
                                           d.values.first.map(RuntimeType.init(of:)) ?? .unknown])
        case .some(let w): self = .builtin("Optional", [RuntimeType(of: w)])
        case .none: self = .builtin("Optional", [.unknown])
        case .range: self = .builtin("Range", [.builtin("Int", [])])
        case .closedRange: self = .builtin("ClosedRange", [.builtin("Int", [])])
        case .tuple(let t): self = .tuple(t.labels ?? t.elements.map { _ in nil }, t.elements.map(RuntimeType.init(of:)))
        case .structValue(let s): self = .user(s.type)
        case .object(let o): self = .user(o.type)
        case .enumValue(let e): self = .user(e.type)
        // A type passed as a value (`Mean.self` for a parameter `A.Type`) stands for itself.
        case .type(.user(let t)): self = .user(t)
        case .type(.builtin(let spec)): self = RuntimeType(spec: spec)
        default: self = .unknown
        }
    }

    /// The value an integer literal of this type has (`0` as a `T` that is `Double` is `0.0`).
    func integerLiteral(_ n: Int) -> Value {
        switch self {
        case .builtin("Double", _): return .double(Double(n))
        case .builtin("Float", _): return .float(Float(n))
        default: return .int(n)
        }
    }

    /// The type as a value (`T.self`, the base of `T.zero` or `L.name`).
    var typeRef: TypeRef? {
        switch self {
        case .user(let t): return .user(t)
        case .builtin("Int", _): return .builtin(.int)
        case .builtin("Double", _): return .builtin(.double)
        case .builtin("Float", _): return .builtin(.float)
        case .builtin("Bool", _): return .builtin(.bool)
        case .builtin("String", _): return .builtin(.string)
        case .builtin("Character", _): return .builtin(.character)
        default: return nil
        }
    }
}

extension RuntimeType {
    /// A builtin type written in lesson code (`Double`, `[Int]`).
    init(spec: TypeSpec) {
        switch spec {
        case .int: self = .builtin("Int", [])
        case .double: self = .builtin("Double", [])
        case .float: self = .builtin("Float", [])
        case .bool: self = .builtin("Bool", [])
        case .string: self = .builtin("String", [])
        case .character: self = .builtin("Character", [])
        case .array(let e): self = .builtin("Array", [RuntimeType(spec: e)])
        case .slice(let e): self = .builtin("ArraySlice", [RuntimeType(spec: e)])
        case .set(let e): self = .builtin("Set", [RuntimeType(spec: e)])
        case .dictionary(let k, let v): self = .builtin("Dictionary", [RuntimeType(spec: k), RuntimeType(spec: v)])
        case .optional(let w): self = .builtin("Optional", [RuntimeType(spec: w)])
        default: self = .unknown
        }
    }
}

extension RuntimeType {
    /// The lesson type `t` stands for, or `fallback` when it is not a lesson type.
    static func typeRefOrSelf(_ t: RuntimeType, _ fallback: TypeInfo) -> TypeRef {
        if case .user(let u) = t { return .user(u) }
        return .user(fallback)
    }
}

/// Where a generic parameter shows inside a parameter's type (`T` in `[T]` is an element).
indirect enum TypePath {
    case whole
    case element(TypePath)
    case key(TypePath)
    case value(TypePath)
    case wrapped(TypePath)
    case tupleElement(Int, TypePath)

    /// The part of `v` this path reaches, if the value shows it (an empty array shows no element).
    func select(_ v: Value) -> Value? {
        switch self {
        case .whole: return v
        case .element(let rest):
            switch v {
            case .array(let a): return a.first.flatMap { rest.select($0) }
            case .slice(let a): return a.first.flatMap { rest.select($0) }
            case .set(let d): return d.keys.first.flatMap { rest.select($0) }
            case .range(let lo, _), .closedRange(let lo, _): return rest.select(.int(lo))
            default: return nil
            }
        case .key(let rest):
            if case .dictionary(let d) = v { return d.keys.first.flatMap { rest.select($0) } }
            return nil
        case .value(let rest):
            if case .dictionary(let d) = v { return d.values.first.flatMap { rest.select($0) } }
            return nil
        case .wrapped(let rest):
            switch v {
            case .some(let w): return rest.select(w)
            case .none: return nil
            default: return rest.select(v)
            }
        case .tupleElement(let i, let rest):
            if case .tuple(let t) = v, i < t.elements.count { return rest.select(t.elements[i]) }
            return nil
        }
    }
}
