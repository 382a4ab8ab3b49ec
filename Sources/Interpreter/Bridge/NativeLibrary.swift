import MLCore
import Plots

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
        /// Set for overloads registered with a Swift-like signature: labels are matched against
        /// it and defaults filled in before `call` sees the arguments.
        var declared: DeclaredSignature? = nil
        var declaration: NativeSignature? { declared?.signature }
        /// For mutating methods of native structs: runs on the receiver's storage (argument 0 is
        /// the receiver, passed separately).
        var mutatingCall: ((inout Value, [Value]) throws -> Value?)? = nil

        func signature(_ name: String, droppingReceiver: Bool = false) -> String {
            if let d = declaration { return d.display }
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
        /// Static functions (`Tensor.zeros(_:)`), also reachable as `.name(…)`.
        var staticMethods: [String: [Overload]] = [:]
        /// Property setters (for classes, whose properties lesson code may assign).
        var setters: [String: (Value, Value) throws -> Bool] = [:]
        /// Whether a lesson value belongs to this type (subclasses included).
        var accepts: (Value) -> Bool = { _ in false }
        /// The bridged superclass, whose members this type inherits.
        var superType: NativeType?
        /// `x[i]` with one `Int` index, called straight from a subscript read (no argument arrays,
        /// no overload matching); the `subscript` method still serves every other index.
        var intSubscript: ((Value, Int) throws -> Value?)?
        init(name: String) { self.name = name }

        func findMethod(_ name: String) -> [Overload]? { methods[name] ?? superType?.findMethod(name) }
        func findProperty(_ name: String) -> ((Value) throws -> Value?)? { properties[name] ?? superType?.findProperty(name) }
        func findSetter(_ name: String) -> ((Value, Value) throws -> Bool)? { setters[name] ?? superType?.findSetter(name) }
    }

    private var declaredFunctions: [String: [Overload]] = [:]
    var functions: [String: [Overload]] { loadDeferred(); return declaredFunctions }
    /// Infix operators declared by native libraries (name, precedence group), for operator folding.
    private(set) var infixOperators: [(name: String, precedence: String)] = []

    /// Declares a native infix operator: `lib.infixOperator(".*", precedence: "MultiplicationPrecedence") { (a: Tensor, b: Tensor) in a .* b }`.
    func infixOperator<A: Bridgeable, B: Bridgeable, R: Bridgeable>(_ name: String, precedence: String,
                                                                     _ body: @escaping (A, B) throws -> R) {
        if !infixOperators.contains(where: { $0.name == name }) { infixOperators.append((name, precedence)) }
        function(name, labels: [nil, nil], body)
    }
    private var declaredTypes: [String: NativeType] = [:]
    var types: [String: NativeType] { loadDeferred(); return declaredTypes }

    /// Libraries registered on first use (the lesson library declares hundreds of APIs; a cell
    /// that never names one does not pay for declaring them). Infix operators must be declared
    /// eagerly: cells are parsed with them before anything is looked up.
    private var deferred: [(NativeLibrary) -> Void] = []

    func registerLazily(_ register: @escaping (NativeLibrary) -> Void) { deferred.append(register) }

    @inline(__always)
    private func loadDeferred() {
        guard !deferred.isEmpty else { return }
        let pending = deferred
        deferred = []
        for register in pending { register(self) }
    }

    /// Called after every epoch of a bridged `fit`: reports progress and returns an error (the
    /// cell's time limit) that ends training.
    var epochObserver: ((MLCore.EpochReport) -> Error?)?
    /// The only folder lesson code may read data files from (the lesson's own); nil: none.
    var dataFolder: String?
    /// The data file names lesson code asked for, in first-asked order (found or not): the
    /// result cache keys a lesson's results by these files' contents.
    var dataFilesRead: [String] = []

    /// New values of `inout` arguments set by the native just called, by argument index.
    var inoutWrites: [(index: Int, value: Value)] = []

    /// Whether `name` is a mutating method of a declared native struct. Before the lazily declared
    /// libraries load no native value exists, so the answer is no without loading them.
    func isMutatingNativeMethod(_ name: String) -> Bool {
        deferred.isEmpty && mutatingMethodNames.contains(name)
    }

    /// Names of the mutating methods of native structs (calls to them write the receiver back).
    private lazy var mutatingMethodNames: Set<String> = {
        var names: Set<String> = []
        for t in types.values { for (name, ms) in t.methods where ms.contains(where: { $0.mutatingCall != nil }) { names.insert(name) } }
        return names
    }()

    /// Figures made by the running cell (`plot(history)`), collected into its outcome.
    var figures: [Plots.Figure] = []
    /// Verdicts of the running cell's native checks (`check`, `expect`), collected into its outcome.
    var checks: [CheckVerdict] = []
    /// Where the native function being called was called from (checks record it).
    var callSite: SourceLoc = .unknown

    func registerNamespace(_ t: NativeType) { declaredTypes[t.name] = t }

    /// The native type whose static member or method `name` is, for implicit member expressions
    /// (`.relu`, `.step(every:factor:)`) whose contextual type is not known while lowering.
    func typeWithStaticMember(_ name: String, called: Bool) -> NativeType? {
        let all = types.values.sorted { $0.name < $1.name }
        if called, let t = all.first(where: { $0.staticMethods[name] != nil }) { return t }
        return all.first(where: { $0.staticMembers[name] != nil }) ?? all.first(where: { $0.staticMethods[name] != nil })
    }
    /// Finds the native type of a bridged object (by its dynamic Swift type).
    private var typeOfObject: [ObjectIdentifier: NativeType] = [:]

    func add(_ name: String, _ overload: Overload) { declaredFunctions[name, default: []].append(overload) }

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
        declaredTypes[name] = t
        typeOfObject[ObjectIdentifier(swiftType)] = t
        lastClass = nil
    }

    /// Declares a native struct (it crosses boxed); `build` adds its members.
    func type<T: NativeValue>(value swiftType: T.Type, name: String, _ build: (NativeType) -> Void) {
        let t = NativeType(name: name)
        build(t)
        declaredTypes[name] = t
        typeOfObject[ObjectIdentifier(NativeBox<T>.self)] = t
        lastClass = nil
    }

    /// The native type declared for an object's class, or for its nearest declared superclass
    /// (so a `Dense` layer gets the members declared for `Layer`).
    func nativeType(of object: AnyObject) -> NativeType? {
        let dynamicType = ObjectIdentifier(Swift.type(of: object))
        if dynamicType == lastClass { return lastType }
        var cls: AnyClass? = Swift.type(of: object)
        var found: NativeType?
        while let c = cls, found == nil {
            found = typeOfObject[ObjectIdentifier(c)]
            cls = _getSuperclass(c)
        }
        lastClass = dynamicType
        lastType = found
        return found
    }

    /// The class `nativeType(of:)` was last asked about and its answer: a loop over one kind of
    /// native value asks about the same class every time.
    private var lastClass: ObjectIdentifier?
    private var lastType: NativeType?

    /// `x[i]` on a native value with an `Int` subscript, or nil when its type declares none. The
    /// native's own errors (an index out of range) become errors lesson code may catch, as for
    /// any native call.
    @inline(__always)
    func intSubscript(_ base: Value, _ object: AnyObject, _ index: Int, at loc: SourceLoc) throws -> Value? {
        guard let get = nativeType(of: object)?.intSubscript else { return nil }
        return try translatingErrors(loc) { try get(base, index) }
    }

    /// Calls the first overload of `name` that accepts the arguments.
    func call(_ overloads: [Overload], name: String, _ args: [Value], _ labels: [String?],
              isMethod: Bool = false, at loc: SourceLoc = .unknown) throws -> Value {
        callSite = loc
        for o in overloads {
            if let d = o.declaration {
                guard let full = bind(d, args, labels, isMethod: isMethod) else { continue }
                if let v = try native(loc, { try o.call(full) }) { return v }
            } else if o.labels == labels {
                if let v = try native(loc, { try o.call(args) }) { return v }
            }
        }
        throw mismatch(overloads, name: name, args, labels, isMethod: isMethod)
    }

    /// Calls a mutating method of a native struct stored in `receiver`, writing the changed value back.
    func callMutating(_ overloads: [Overload], name: String, _ receiver: inout Value, _ args: [Value],
                      _ labels: [String?], at loc: SourceLoc = .unknown) throws -> Value {
        for o in overloads {
            guard let d = o.declaration, let full = bind(d, [receiver] + args, [nil] + labels, isMethod: true) else { continue }
            if let m = o.mutatingCall {
                if let v = try native(loc, { try m(&receiver, Array(full.dropFirst())) }) { return v }
            } else if let v = try native(loc, { try o.call(full) }) {
                return v
            }
        }
        return try call(overloads, name: name, [receiver] + args, [nil] + labels, isMethod: true, at: loc)
    }

    /// Runs native code, then looks at the budget (the call may have run long).
    private func native(_ loc: SourceLoc, _ body: () throws -> Value?) throws -> Value? {
        try translatingErrors(loc) { try checkingBudget(body) }
    }

    /// The native's own errors (MLCore's `MLError`, …) become errors lesson code may catch;
    /// errors of lesson code called back from the native pass through unchanged.
    @inline(__always)
    private func translatingErrors(_ loc: SourceLoc, _ body: () throws -> Value?) throws -> Value? {
        do { return try body() } catch let e as LecternError { throw e } catch let e as UnlocatedError { throw e } catch let e as ThrownError {
            throw e
        } catch {
            throw ThrownError(value: .native(NativeError(error)), loc: loc)
        }
    }

    /// Matches call labels against a declaration and fills in its defaults.
    private func bind(_ d: NativeSignature, _ args: [Value], _ labels: [String?], isMethod: Bool) -> [Value]? {
        let skip = isMethod ? 1 : 0
        // The usual call passes every parameter by its label: the arguments are complete as they are.
        if labels.count == skip + d.parameters.count, zip(d.parameters, labels.dropFirst(skip)).allSatisfy({ $0.label == $1 }) {
            return args
        }
        guard labels.count >= skip, let binding = d.bind(Array(labels.dropFirst(skip))) else { return nil }
        var full = Array(args.prefix(skip))
        full.reserveCapacity(skip + binding.count)
        for (i, b) in binding.enumerated() {
            if let b { full.append(args[b + skip]) } else { full.append(defaultValue(d.parameters[i])) }
        }
        return full
    }

    /// The value of a parameter's default (`32`, `0.5`, `nil`, `true`, `"x"`, `[]`, `.identity`).
    func defaultValue(_ p: NativeSignature.Parameter) -> Value {
        guard let text = p.defaultText else { return .void }
        if text == "nil" { return .none }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if text == "[]" { return .array([]) }
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { return .string(String(text.dropFirst().dropLast())) }
        if text.hasPrefix(".") {
            let typeName = p.type.hasSuffix("?") ? String(p.type.dropLast()) : p.type
            if let t = declaredTypes[typeName], let m = t.staticMembers[String(text.dropFirst())] { return m() }
            return .none
        }
        if p.type == "Double" || p.type == "Double?", let d = Double(text) { return .double(d) }
        if let n = Int(text) { return .int(n) }
        if let d = Double(text) { return .double(d) }
        return .none
    }

    private func mismatch(_ overloads: [Overload], name: String, _ args: [Value], _ labels: [String?],
                          isMethod: Bool) -> UnlocatedError {
        let shown = Array(zip(labels, args)).dropFirst(isMethod ? 1 : 0)
        let have = "(" + shown.map { ($0 ?? "_") + ": " + typeName($1) }.joined(separator: ", ") + ")"
        if overloads.count == 1 {
            let o = overloads[0]
            if o.declared == nil, o.labels != labels, o.labels.count == labels.count {
                let have = labels.dropFirst(isMethod ? 1 : 0).map { ($0 ?? "_") + ":" }.joined()
                let expected = o.labels.dropFirst(isMethod ? 1 : 0).map { ($0 ?? "_") + ":" }.joined()
                return UnlocatedError("incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(have)', expected '\(expected)')")
            }
        }
        return UnlocatedError("no '\(name)' accepts \(have); available: "
                             + overloads.map { $0.signature(name, droppingReceiver: isMethod) }.joined(separator: ", "))
    }

    /// A value's type name, using the bridged name for native objects.
    func typeName(_ v: Value) -> String {
        if case .native(let o) = v, let t = nativeType(of: o) { return t.name }
        return v.typeName
    }
}
