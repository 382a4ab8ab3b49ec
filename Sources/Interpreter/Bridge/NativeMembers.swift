/// Declaring a native type's members with Swift-like signatures, one line per API:
///
/// ```swift
/// lib.declare(Sequential.self, name: "Sequential") { t in
///     t.initializer("init(_ sizes: [Int], activation: Activation = .relu, output: Activation = .identity, seed: Int = 0)") { a in
///         try Sequential(a[0], activation: a[1], output: a[2], seed: a[3])
///     }
///     t.method("predict(_ input: Tensor) -> Tensor") { m, a in try m.predict(a[0]) }
///     t.property("parameterCount") { m in m.parameterCount }
/// }
/// ```
/// Arguments are read with `a[i]`, typed by their use; labels, defaults and overloads come from
/// the signature. Values of struct types cross boxed (`NativeBox`), classes as themselves.
struct NativeMembers<T: Bridgeable> {
    let type: NativeLibrary.NativeType
    let library: NativeLibrary

    private func overload(_ text: String, isMethod: Bool, _ body: @escaping ([Value]) throws -> Value?) -> (String, NativeLibrary.Overload) {
        let d = DeclaredSignature(text)
        var o = NativeLibrary.Overload(labels: [], parameterTypes: [], call: body)
        o.declared = d
        return (d.name, o)
    }

    /// `init(…)`: the body builds the value.
    func initializer(_ text: String, _ body: @escaping (NativeArguments) throws -> T) {
        let lib = library
        let (_, o) = overload(text, isMethod: false) { args in
            do { return try body(NativeArguments(values: args, library: lib)).asValue } catch is ArgumentMismatch { return nil }
        }
        type.initializers.append(o)
    }

    /// A method; the receiver comes first in `body`.
    func method<R: Bridgeable>(_ text: String, _ body: @escaping (T, NativeArguments) throws -> R) {
        let lib = library
        let (name, o) = overload(text, isMethod: true) { args in
            guard let receiver = T.fromValue(args[0]) else { return nil }
            do {
                return try body(receiver, NativeArguments(values: Array(args.dropFirst()), library: lib)).asValue
            } catch is ArgumentMismatch { return nil }
        }
        type.methods[name, default: []].append(o)
    }

    /// The fast `x[i]` for one `Int` index (see `NativeType.intSubscript`); declare the general
    /// `subscript` method as well, for the other kinds of index.
    func intSubscript<R: Bridgeable>(_ body: @escaping (T, Int) throws -> R) {
        type.intSubscript = { v, i in try T.fromValue(v).map { try body($0, i).asValue } }
    }

    /// A property (read-only).
    func property<R: Bridgeable>(_ name: String, _ get: @escaping (T) throws -> R) {
        type.properties[name] = { v in try T.fromValue(v).map { try get($0).asValue } }
    }

    /// A static method (`Tensor.zeros(_:)`, `Datasets.moons(count:noise:seed:)`).
    func staticMethod<R: Bridgeable>(_ text: String, _ body: @escaping (NativeArguments) throws -> R) {
        let lib = library
        let (name, o) = overload(text, isMethod: false) { args in
            do { return try body(NativeArguments(values: args, library: lib)).asValue } catch is ArgumentMismatch { return nil }
        }
        type.staticMethods[name, default: []].append(o)
    }

    /// A static property or enum case without payload (`Activation.leakySlope`, `Loss.hinge`).
    func staticProperty<R: Bridgeable>(_ name: String, _ get: @escaping () -> R) {
        type.staticMembers[name] = { get().asValue }
    }

    /// Every case of an enum-like type, by name.
    func cases(_ all: [T], name: (T) -> String) {
        for c in all { let v = c; type.staticMembers[name(c)] = { v.asValue } }
    }
}

extension NativeMembers where T: AnyObject {
    /// A property lesson code may also assign (`parameter.gradient = …`).
    func property<R: Bridgeable>(_ name: String, get: @escaping (T) throws -> R, set: @escaping (T, R) throws -> Void) {
        property(name, get)
        type.setters[name] = { object, newValue in
            guard let o = T.fromValue(object) else { return false }
            guard let r = R.fromValue(newValue) else {
                throw UnlocatedError("cannot assign value of type '\(newValue.typeName)' to property '\(name)' of type '\(R.bridgedTypeName)'")
            }
            try set(o, r)
            return true
        }
    }
}

extension NativeMembers where T: NativeValue {
    /// A mutating method of a native struct: the changed value is written back to the lesson
    /// variable it was called on (`var rng = RandomGenerator(seed: 1); rng.normal()`).
    func mutating<R: Bridgeable>(_ text: String, _ body: @escaping (inout T, NativeArguments) throws -> R) {
        let lib = library
        var (name, o) = overload(text, isMethod: true) { args in
            guard var receiver = T.fromValue(args[0]) else { return nil }
            do {
                return try body(&receiver, NativeArguments(values: Array(args.dropFirst()), library: lib)).asValue
            } catch is ArgumentMismatch { return nil }
        }
        o.mutatingCall = { storage, args in
            guard var receiver = T.fromValue(storage) else { return nil }
            do {
                let r = try body(&receiver, NativeArguments(values: args, library: lib))
                storage = receiver.asValue
                return r.asValue
            } catch is ArgumentMismatch { return nil }
        }
        type.methods[name, default: []].append(o)
    }
}

extension NativeLibrary {
    /// Declares a native class; `build` adds its members. `superclass` names a declared type whose
    /// members it inherits (an `SGD` is an `Optimizer`).
    func declare<T: NativeObject>(_ swiftType: T.Type, name: String, superclass: String? = nil,
                                  _ build: (NativeMembers<T>) -> Void) {
        type(swiftType, name: name) { t in
            t.accepts = { T.fromValue($0) != nil }
            t.superType = superclass.flatMap { self.types[$0] }
            build(NativeMembers(type: t, library: self))
        }
    }

    /// Declares a native struct or enum (it crosses boxed); `build` adds its members.
    func declare<T: NativeValue>(value swiftType: T.Type, name: String, _ build: (NativeMembers<T>) -> Void) {
        type(value: swiftType, name: name) { t in
            t.accepts = { T.fromValue($0) != nil }
            build(NativeMembers(type: t, library: self))
        }
    }

    /// Declares a namespace of static functions (`Datasets`, `GradientCheck`, `Metrics`).
    func namespace(_ name: String, _ build: (NativeMembers<NoValue>) -> Void) {
        let t = NativeType(name: name)
        build(NativeMembers(type: t, library: self))
        registerNamespace(t)
    }

    /// A free function with a Swift-like signature (`plot(_ history: TrainingHistory, logY: Bool = false)`).
    func declare<R: Bridgeable>(_ text: String, _ body: @escaping (NativeArguments) throws -> R) {
        let d = DeclaredSignature(text)
        var o = Overload(labels: [], parameterTypes: []) { [unowned self] args in
            do { return try body(NativeArguments(values: args, library: self)).asValue } catch is ArgumentMismatch { return nil }
        }
        o.declared = d
        add(d.name, o)
    }
}
