/// Declaring native types for lesson code, one line per member:
///
/// ```swift
/// lib.type(Perceptron.self, name: "Perceptron") { t in
///     t.initializer(labels: ["inputs"]) { (n: Int) in Perceptron(inputs: n) }
///     t.method("predict") { (p: Perceptron, x: [Double]) in p.predict(x) }
///     t.method("train", labels: ["epochs", "rate"]) { (p: Perceptron, e: Int, r: Double) in p.train(epochs: e, rate: r); return NoValue() }
///     t.property("weights") { (p: Perceptron) in p.weights }
/// }
/// ```
/// Reference types cross as themselves; value types cross inside a `NativeBox`.
extension NativeLibrary.NativeType {
    func initializer<R: Bridgeable>(labels: [String?] = [], _ body: @escaping () throws -> R) {
        initializers.append(.init(labels: labels, parameterTypes: []) { _ in try body().asValue })
    }

    func initializer<A: Bridgeable, R: Bridgeable>(labels: [String?] = [nil], _ body: @escaping (A) throws -> R) {
        initializers.append(.init(labels: labels, parameterTypes: [A.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]) else { return nil }
            return try body(a).asValue
        })
    }

    func initializer<A: Bridgeable, B: Bridgeable, R: Bridgeable>(labels: [String?], _ body: @escaping (A, B) throws -> R) {
        initializers.append(.init(labels: labels, parameterTypes: [A.bridgedTypeName, B.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]), let b = B.fromValue(args[1]) else { return nil }
            return try body(a, b).asValue
        })
    }

    func initializer<A: Bridgeable, B: Bridgeable, C: Bridgeable, R: Bridgeable>(labels: [String?], _ body: @escaping (A, B, C) throws -> R) {
        initializers.append(.init(labels: labels, parameterTypes: [A.bridgedTypeName, B.bridgedTypeName, C.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]), let b = B.fromValue(args[1]), let c = C.fromValue(args[2]) else { return nil }
            return try body(a, b, c).asValue
        })
    }

    /// A method without arguments; the receiver comes first in `body`.
    func method<T: Bridgeable, R: Bridgeable>(_ name: String, _ body: @escaping (T) throws -> R) {
        methods[name, default: []].append(.init(labels: [nil], parameterTypes: [T.bridgedTypeName]) { args in
            guard let t = T.fromValue(args[0]) else { return nil }
            return try body(t).asValue
        })
    }

    func method<T: Bridgeable, A: Bridgeable, R: Bridgeable>(_ name: String, labels: [String?] = [nil],
                                                              _ body: @escaping (T, A) throws -> R) {
        methods[name, default: []].append(.init(labels: [nil] + labels, parameterTypes: [T.bridgedTypeName, A.bridgedTypeName]) { args in
            guard let t = T.fromValue(args[0]), let a = A.fromValue(args[1]) else { return nil }
            return try body(t, a).asValue
        })
    }

    func method<T: Bridgeable, A: Bridgeable, B: Bridgeable, R: Bridgeable>(_ name: String, labels: [String?],
                                                                             _ body: @escaping (T, A, B) throws -> R) {
        methods[name, default: []].append(.init(labels: [nil] + labels,
                                                parameterTypes: [T.bridgedTypeName, A.bridgedTypeName, B.bridgedTypeName]) { args in
            guard let t = T.fromValue(args[0]), let a = A.fromValue(args[1]), let b = B.fromValue(args[2]) else { return nil }
            return try body(t, a, b).asValue
        })
    }

    func property<T: Bridgeable, R: Bridgeable>(_ name: String, _ body: @escaping (T) throws -> R) {
        properties[name] = { v in try T.fromValue(v).map { try body($0).asValue } }
    }

    func staticMember<R: Bridgeable>(_ name: String, _ body: @escaping () -> R) {
        staticMembers[name] = { body().asValue }
    }

    func staticMethod<A: Bridgeable, R: Bridgeable>(_ name: String, labels: [String?] = [nil], _ body: @escaping (A) throws -> R) {
        staticMethods[name, default: []].append(.init(labels: labels, parameterTypes: [A.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]) else { return nil }
            return try body(a).asValue
        })
    }

    func staticMethod<A: Bridgeable, B: Bridgeable, R: Bridgeable>(_ name: String, labels: [String?],
                                                                    _ body: @escaping (A, B) throws -> R) {
        staticMethods[name, default: []].append(.init(labels: labels, parameterTypes: [A.bridgedTypeName, B.bridgedTypeName]) { args in
            guard let a = A.fromValue(args[0]), let b = B.fromValue(args[1]) else { return nil }
            return try body(a, b).asValue
        })
    }

    /// A static member or function as a lesson value (for `Type.name` and `.name`).
    func staticValue(_ name: String, library: NativeLibrary) -> Value? {
        if let m = staticMembers[name] { return m() }
        if let overloads = staticMethods[name] {
            return .function(Builtin(name) { args, labels in
                try library.call(overloads, name: name, args, labels)
            })
        }
        return nil
    }
}

/// A native class that crosses into lesson code as itself.
protocol NativeObject: AnyObject, Bridgeable {}

extension NativeObject {
    static var bridgedTypeName: String { String(describing: Self.self) }
    static func fromValue(_ v: Value) -> Self? { if case .native(let o) = v { return o as? Self }; return nil }
    var asValue: Value { .native(self) }
}

/// Holds a native value type (a struct) so it can cross as a reference; lesson code sees value
/// semantics only if the native API is itself non-mutating (it should be).
final class NativeBox<T>: CustomStringConvertible {
    let value: T
    init(_ value: T) { self.value = value }
    var description: String { String(describing: value) }
}

extension NativeBox: CustomDebugStringConvertible {
    var debugDescription: String { String(reflecting: value) }
}

/// A boxed native value that compares by value (`activation == .relu`).
protocol NativeEquatable: AnyObject {
    func isEqual(to other: AnyObject) -> Bool
}

extension NativeBox: NativeEquatable where T: Equatable {
    func isEqual(to other: AnyObject) -> Bool { (other as? NativeBox<T>)?.value == value }
}

/// A native struct that crosses boxed.
protocol NativeValue: Bridgeable {}

extension NativeValue {
    static var bridgedTypeName: String { String(describing: Self.self) }
    static func fromValue(_ v: Value) -> Self? {
        if case .native(let o) = v, let box = o as? NativeBox<Self> { return box.value }
        return nil
    }
    var asValue: Value { .native(NativeBox(self)) }
}
