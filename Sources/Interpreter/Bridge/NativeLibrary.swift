/// The declarative bridge: native functions and types exposed to lesson code, one line each.
///
/// ```swift
/// lib.function("exp") { (x: Double) in Foundation.exp(x) }
/// lib.function("max", labels: [nil, nil]) { (a: Int, b: Int) in Swift.max(a, b) }
/// ```
/// Overloads share a name and are told apart by argument labels and by whether the arguments
/// convert to the declared parameter types; a call that matches none lists the overloads.
final class NativeLibrary {
    /// One way to call a native function.
    struct Overload {
        let labels: [String?]
        let parameterTypes: [String]
        /// Returns nil when the arguments do not convert to this overload's parameter types.
        let call: ([Value]) throws -> Value?

        func signature(_ name: String, droppingReceiver: Bool = false) -> String {
            let pairs = Array(zip(labels, parameterTypes)).dropFirst(droppingReceiver ? 1 : 0)
            return name + "(" + pairs.map { ($0 ?? "_") + ": " + $1 }.joined(separator: ", ") + ")"
        }
    }

    /// A native type: its initialisers, methods, properties and static members.
    final class NativeType {
        let name: String
        var initializers: [Overload] = []
        /// Methods take the receiver as the first argument.
        var methods: [String: [Overload]] = [:]
        var properties: [String: (Value) throws -> Value?] = [:]
        var staticMembers: [String: () -> Value] = [:]
        /// Static functions (`Optimizer.adam(learningRate:)`), also reachable as `.adam(…)`.
        var staticMethods: [String: [Overload]] = [:]
        init(name: String) { self.name = name }
    }

    private(set) var functions: [String: [Overload]] = [:]
    /// Infix operators declared by native libraries (name, precedence group), for operator folding.
    private(set) var infixOperators: [(name: String, precedence: String)] = []

    /// Declares a native infix operator: `lib.infixOperator(".*", precedence: "MultiplicationPrecedence") { (a: Tensor, b: Tensor) in a .* b }`.
    func infixOperator<A: Bridgeable, B: Bridgeable, R: Bridgeable>(_ name: String, precedence: String,
                                                                     _ body: @escaping (A, B) throws -> R) {
        if !infixOperators.contains(where: { $0.name == name }) { infixOperators.append((name, precedence)) }
        function(name, labels: [nil, nil], body)
    }
    private(set) var types: [String: NativeType] = [:]
    /// Finds the native type of a bridged object (by its dynamic Swift type).
    private var typeOfObject: [ObjectIdentifier: NativeType] = [:]

    func add(_ name: String, _ overload: Overload) { functions[name, default: []].append(overload) }

    func function<R: Bridgeable>(_ name: String, _ body: @escaping () throws -> R) {
        add(name, Overload(labels: [], parameterTypes: []) { _ in try body().asValue })
    }

    func function<A: Bridgeable, R: Bridgeable>(_ name: String, labels: [String?] = [nil],
                                                 _ body: @escaping (A) throws -> R) {
        add(name, Overload(labels: labels, parameterTypes: [A.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]) else { return nil }
            return try body(a).asValue
        })
    }

    func function<A: Bridgeable, B: Bridgeable, R: Bridgeable>(
        _ name: String, labels: [String?] = [nil, nil], _ body: @escaping (A, B) throws -> R) {
        add(name, Overload(labels: labels, parameterTypes: [A.bridgedTypeName, B.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]), let b = B.fromValue(args[1]) else { return nil }
            return try body(a, b).asValue
        })
    }

    func function<A: Bridgeable, B: Bridgeable, C: Bridgeable, R: Bridgeable>(
        _ name: String, labels: [String?] = [nil, nil, nil], _ body: @escaping (A, B, C) throws -> R) {
        add(name, Overload(labels: labels, parameterTypes: [A.bridgedTypeName, B.bridgedTypeName, C.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]), let b = B.fromValue(args[1]), let c = C.fromValue(args[2]) else { return nil }
            return try body(a, b, c).asValue
        })
    }

    /// Declares a native class; `build` adds its members.
    func type<T: AnyObject>(_ swiftType: T.Type, name: String, _ build: (NativeType) -> Void) {
        let t = NativeType(name: name)
        build(t)
        types[name] = t
        typeOfObject[ObjectIdentifier(swiftType)] = t
    }

    /// Declares a native struct (it crosses boxed); `build` adds its members.
    func type<T: NativeValue>(value swiftType: T.Type, name: String, _ build: (NativeType) -> Void) {
        let t = NativeType(name: name)
        build(t)
        types[name] = t
        typeOfObject[ObjectIdentifier(NativeBox<T>.self)] = t
    }

    /// The native type declared for an object's class, or for its nearest declared superclass
    /// (so a `Dense` layer gets the members declared for `Layer`).
    func nativeType(of object: AnyObject) -> NativeType? {
        var cls: AnyClass? = Swift.type(of: object)
        while let c = cls {
            if let t = typeOfObject[ObjectIdentifier(c)] { return t }
            cls = _getSuperclass(c)
        }
        return nil
    }

    /// Calls the first overload of `name` that accepts the arguments.
    func call(_ overloads: [Overload], name: String, _ args: [Value], _ labels: [String?],
              isMethod: Bool = false, at loc: SourceLoc = .unknown) throws -> Value {
        for o in overloads where o.labels == labels {
            do {
                if let v = try o.call(args) { return v }
            } catch let e as UnlocatedError {
                throw e
            } catch let e as LecternError {
                throw e  // from a lesson function the native code called back
            } catch let e as ThrownError {
                throw e
            } catch {
                // A native library's own error: lesson code may catch it.
                throw ThrownError(value: .native(NativeError(error)), loc: loc)
            }
        }
        let shown = Array(zip(labels, args)).dropFirst(isMethod ? 1 : 0)
        let have = "(" + shown.map { ($0 ?? "_") + ": " + typeName($1) }.joined(separator: ", ") + ")"
        if overloads.count == 1 {
            let o = overloads[0]
            if o.labels != labels, o.labels.count == labels.count {
                let have = labels.dropFirst(isMethod ? 1 : 0).map { ($0 ?? "_") + ":" }.joined()
                let expected = o.labels.dropFirst(isMethod ? 1 : 0).map { ($0 ?? "_") + ":" }.joined()
                throw UnlocatedError("incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(have)', expected '\(expected)')")
            }
        }
        throw UnlocatedError("no '\(name)' accepts \(have); available: "
                             + overloads.map { $0.signature(name, droppingReceiver: isMethod) }.joined(separator: ", "))
    }

    /// A value's type name, using the bridged name for native objects.
    func typeName(_ v: Value) -> String {
        if case .native(let o) = v, let t = nativeType(of: o) { return t.name }
        return v.typeName
    }
}
