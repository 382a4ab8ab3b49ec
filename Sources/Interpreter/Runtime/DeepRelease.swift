/// Frees deep lesson values without native recursion.
///
/// Swift releases a value by releasing what it holds, recursively: a linked list of a million
/// class instances, an indirect enum 500 000 deep or an array nested thousands deep would take
/// as many nested native calls to free, and overflow the thread's stack. Lesson code controls
/// those depths, so the containers that can hold such chains (class instances, frames) and the
/// places that drop many values at once (a session's globals) hand their contents to `release`
/// instead. It walks the values with an explicit work list: a container that is referenced only
/// from the list has its children moved onto the list before it is dropped, so freeing it is
/// shallow; a container that someone else still references is simply dropped (a reference-count
/// decrement, no recursion).
enum DeepRelease {
    /// Whether dropping `v` could release a chain of nested values (scalars and strings cannot).
    @inline(__always)
    static func needsCare(_ v: Value) -> Bool {
        switch v {
        case .void, .int, .double, .float, .bool, .string, .character, .none, .range, .closedRange,
             .type, .native, .unset:
            return false
        case .array(let a): return !a.isEmpty
        // A slice shares its array's storage; lesson code makes slices of flat data, so it is
        // dropped like a scalar.
        case .slice: return false
        case .enumValue(let e): return !e.payload.isEmpty
        // A struct or tuple cannot contain itself, so its nesting is as deep as its type's and
        // one whose fields are all scalars (`Vec2`) is dropped like a scalar.
        case .structValue(let s): return !s.type.declaration.hasOnlyScalarFields && s.fields.contains { needsCare($0) }
        case .tuple(let t): return t.elements.contains { needsCare($0) }
        case .dictionary, .set, .some, .object, .function:
            return true
        }
    }

    /// Stores `new` over `old` (an assignment), releasing the old value iteratively when it is a
    /// container: a variable may hold the only reference to a chain a hundred thousand deep.
    @inline(__always)
    static func replace(_ old: inout Value, with new: consuming Value) {
        if needsCare(old) { release(&old) }
        old = consume new
    }

    /// Releases `v`, leaving `.void`.
    static func release(_ v: inout Value) {
        var pending: [Value] = []
        var frames: [Frame] = []
        takeChildren(of: &v, into: &pending, &frames)
        drain(&pending, &frames)
    }

    /// Releases every element of `values`, leaving it empty.
    static func release(_ values: inout [Value]) {
        var pending: [Value] = []
        var frames: [Frame] = []
        moveChildren(of: &values, into: &pending)
        drain(&pending, &frames)
    }

    /// Releases a frame's slots, return value and linked frames (a frame about to be freed).
    static func releaseContents(of frame: Frame) {
        var pending: [Value] = []
        var frames: [Frame] = []
        frame.moveContents(into: &pending, &frames)
        drain(&pending, &frames)
    }

    /// Empties the work lists, one value or frame at a time.
    private static func drain(_ pending: inout [Value], _ frames: inout [Frame]) {
        while true {
            if var v = pending.popLast() {
                takeChildren(of: &v, into: &pending, &frames)
            } else if var frame = frames.popLast() {
                if isKnownUniquelyReferenced(&frame) { frame.moveContents(into: &pending, &frames) }
            } else {
                return
            }
        }
    }

    /// What kind of container a value is, looked at in a statement of its own: a `switch` that
    /// bound the payload would hold a second reference to the storage while it is examined.
    private enum Container { case none, array, dictionary, set, tuple, structure, enumeration, optional, object, function }

    private static func container(_ v: Value) -> Container {
        switch v {
        case .array: return .array
        case .dictionary: return .dictionary
        case .set: return .set
        case .tuple: return .tuple
        case .structValue: return .structure
        case .enumValue: return .enumeration
        case .some: return .optional
        case .object: return .object
        case .function: return .function
        default: return .none
        }
    }

    /// Moves the children of `v` onto the lists if `v` holds the only reference to its storage,
    /// and leaves `v` as `.void` (so the storage is freed, shallowly, here or by its other owners).
    private static func takeChildren(of v: inout Value, into pending: inout [Value], _ frames: inout [Frame]) {
        switch container(v) {
        case .none:
            v = .void
        case .array:
            guard var a = v.takeArray() else { return }
            moveChildren(of: &a, into: &pending)
        case .dictionary, .set:
            guard var d = v.takeDictionary() ?? v.takeSet() else { return }
            // The index holds copies of the keys; the key array keeps them alive while it goes.
            d.index = [:]
            moveChildren(of: &d.keys, into: &pending)
            moveChildren(of: &d.values, into: &pending)
        case .tuple:
            guard var t = v.takeTuple() else { return }
            moveChildren(of: &t.elements, into: &pending)
        case .structure:
            guard var s = v.takeStruct() else { return }
            moveChildren(of: &s.fields, into: &pending)
        case .enumeration:
            guard var e = v.takeEnum() else { return }
            moveChildren(of: &e.payload, into: &pending)
        case .optional:
            // The indirect box is compiler-managed: keep its payload, then drop the box.
            guard let wrapped = v.takeWrapped() else { return }
            if needsCare(wrapped) { pending.append(wrapped) }
        case .object:
            guard var o = v.takeObject() else { return }
            if isKnownUniquelyReferenced(&o) { moveChildren(of: &o.fields, into: &pending) }
        case .function:
            guard var f = v.takeFunction(), isKnownUniquelyReferenced(&f) else { return }
            if f.kind == .closure, let env = unsafeDowncast(f, to: Closure.self).env {
                frames.append(env)
            } else if let bound = f as? BoundMethod, needsCare(bound.receiver) {
                pending.append(bound.receiver)
            }
        }
    }

    /// Moves the elements of `values` that need care onto `pending` when this is the only
    /// reference to the array's storage; empties `values` either way.
    private static func moveChildren(of values: inout [Value], into pending: inout [Value]) {
        if values.isUniquelyReferenced() {
            for element in values where needsCare(element) { pending.append(element) }
        }
        values = []
    }
}

extension Array where Element == Value {
    /// Whether this array's storage is referenced from here only (so freeing it frees its elements).
    ///
    /// The standard library keeps its own check internal. Without Objective-C bridging an array is
    /// exactly one reference to its storage object, so the check is made on that reference.
    /// Where the layout differs the answer is a safe "no": the array is then freed natively.
    mutating func isUniquelyReferenced() -> Bool {
        #if _runtime(_ObjC)
        return false
        #else
        guard !isEmpty, MemoryLayout<[Value]>.size == MemoryLayout<AnyObject>.size else { return false }
        return withUnsafeMutablePointer(to: &self) { pointer in
            pointer.withMemoryRebound(to: AnyObject.self, capacity: 1) { isKnownUniquelyReferenced(&$0.pointee) }
        }
        #endif
    }
}

private extension Value {
    mutating func takeEnum() -> EnumValue? {
        guard case .enumValue(let e) = self else { return nil }
        self = .void
        return e
    }

    mutating func takeWrapped() -> Value? {
        guard case .some(let w) = self else { return nil }
        self = .void
        return w
    }

    mutating func takeObject() -> ObjectValue? {
        guard case .object(let o) = self else { return nil }
        self = .void
        return o
    }

    mutating func takeFunction() -> Callable? {
        guard case .function(let f) = self else { return nil }
        self = .void
        return f
    }
}
