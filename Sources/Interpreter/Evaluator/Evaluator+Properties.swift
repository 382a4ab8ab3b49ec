/// Stored properties with behaviour: `lazy var` (computed on the first read, then stored) and
/// `willSet`/`didSet` (run around each assignment).
extension Evaluator {
    /// The type in `type`'s class chain that declares stored property `name`, and its index there.
    func fieldDeclaration(_ type: TypeInfo, _ name: String) -> (TypeInfo, Int)? {
        var t: TypeInfo? = type
        while let c = t {
            if let i = c.fieldIndex[name] { return (c, i) }
            t = c.superclass
        }
        return nil
    }

    /// Reads `base.name` through `base`'s storage, so that the first read of a `lazy var` stores
    /// its value in the instance (for a struct, in the variable that holds it).
    func readLazyMember(_ base: inout Value, _ name: String, loc: SourceLoc) throws -> Value {
        switch base {
        case .structValue(let s):
            guard let i = s.type.fieldIndex[name], s.type.fields[i].isLazy else { return try getMember(base, name, loc: loc) }
            if case .unset = s.fields[i] {} else { return s.fields[i] }
            guard let initializer = s.type.fields[i].lazyInitializer else { return try getMember(base, name, loc: loc) }
            let value = try invokeMutating(initializer, &base, [], [], nil, loc)
            if var changed = base.takeStruct() {
                changed.fields[i] = value
                base = .structValue(changed)
            }
            return value
        case .object:
            return try getMember(base, name, loc: loc)
        default:
            return try getMember(base, name, loc: loc)
        }
    }

    /// A lazy property's value for a read that cannot store it (a struct reached through a
    /// copy): class instances keep it; a struct computes it again next time.
    func lazyValue(_ base: Value, _ owner: TypeInfo, _ index: Int, storageIndex: Int, loc: SourceLoc) throws -> Value {
        guard let initializer = owner.fields[index].lazyInitializer else {
            throw LecternError("lazy property '\(owner.fields[index].name)' has no initializer", at: loc)
        }
        let value = try callMethod(initializer, receiver: base, args: [], loc: loc)
        if case .object(let o) = base, storageIndex < o.fields.count { o.fields[storageIndex] = value }
        return value
    }

    /// Changes a lazy or observed stored property: a lazy one is computed first if it was never
    /// read; then `willSet` runs with the new value, the value is stored, and `didSet` runs with
    /// the old one. `storageIndex` is the field's index in a class instance (superclass fields first).
    func modifyObservedField(_ v: inout Value, _ owner: TypeInfo, _ index: Int, storageIndex: Int? = nil,
                             observed: Bool, loc: SourceLoc, _ body: (inout Value) throws -> Void) throws {
        let field = owner.fields[index]
        let slot = storageIndex ?? index
        func current() -> Value {
            switch v {
            case .structValue(let s): return slot < s.fields.count ? s.fields[slot] : .unset
            case .object(let o): return slot < o.fields.count ? o.fields[slot] : .unset
            default: return .unset
            }
        }
        func store(_ new: Value) {
            switch v {
            case .structValue:
                if var s = v.takeStruct() { s.fields[slot] = new; v = .structValue(s) }
            case .object(let o): o.fields[slot] = new
            default: break
            }
        }
        var old = current()
        if field.isLazy, case .unset = old {
            old = try lazyValue(v, owner, index, storageIndex: slot, loc: loc)
            store(old)
        }
        var new = old
        try body(&new)
        if let spec = field.type { new = coerce(new, to: spec, literal: false) }
        guard observed, let observers = field.observers else { store(new); return }
        if let willSet = observers.willSet { try runObserver(willSet, on: &v, new, loc) }
        store(new)
        if let didSet = observers.didSet { try runObserver(didSet, on: &v, old, loc) }
    }

    /// Runs an observer as a method of the instance (mutating for a struct).
    private func runObserver(_ observer: FunctionDecl, on v: inout Value, _ argument: Value, _ loc: SourceLoc) throws {
        if case .structValue = v {
            _ = try invokeMutating(observer, &v, [argument], [nil], nil, loc)
        } else {
            _ = try invoke(observer, env: nil, receiver: v, args: [argument], labels: [nil], loc: loc)
        }
    }

    /// Assigns an observed global variable: `willSet`, the store, then `didSet`.
    func modifyObservedGlobal(_ slot: Int, _ observers: TypeInfo.Observers, loc: SourceLoc,
                              _ body: (inout Value) throws -> Void) throws {
        let old = rt.globals[slot]
        var new = old
        try body(&new)
        if let spec = rt.globalTypes[slot] { new = coerce(new, to: spec, literal: false) }
        if let willSet = observers.willSet { _ = try invoke(willSet, env: nil, receiver: nil, args: [new], labels: [nil], loc: loc) }
        rt.globals[slot] = new
        if let didSet = observers.didSet { _ = try invoke(didSet, env: nil, receiver: nil, args: [old], labels: [nil], loc: loc) }
    }
}
