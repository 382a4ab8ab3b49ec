import MLCore

/// A dictionary (or set) that remembers insertion order, so printing is deterministic.
///
/// Swift's own `Dictionary` order is unspecified; lectern prints in insertion order (documented
/// in docs/language.md). Sets reuse this storage with `values` left empty.
struct DictionaryValue {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [HashKey: Int] = [:]

    var count: Int { keys.count }

    func lookup(_ key: Value) -> Value? {
        guard let i = index[HashKey(key)] else { return nil }
        return values.isEmpty ? keys[i] : values[i]
    }

    func contains(_ key: Value) -> Bool { index[HashKey(key)] != nil }

    /// Sets `key` to `value`, or removes it when `value` is nil (Swift's `d[k] = nil`).
    mutating func set(_ key: Value, _ value: Value?) {
        let k = HashKey(key)
        if let value {
            if let i = index[k] { values[i] = value } else {
                index[k] = keys.count; keys.append(key); values.append(value)
            }
        } else {
            remove(key)
        }
    }

    mutating func insertMember(_ key: Value) -> Bool {
        let k = HashKey(key)
        if index[k] != nil { return false }
        index[k] = keys.count; keys.append(key)
        return true
    }

    @discardableResult
    mutating func remove(_ key: Value) -> Value? {
        let k = HashKey(key)
        guard let i = index[k] else { return nil }
        let old = values.isEmpty ? keys[i] : values[i]
        keys.remove(at: i)
        if !values.isEmpty { values.remove(at: i) }
        index[k] = nil
        for j in i..<keys.count { index[HashKey(keys[j])] = j }
        // Removing near the front of a large dictionary re-indexes the rest: a loop of such
        // removals must still see the clock.
        if keys.count - i > 4_096 { Budget.noteWork(64 * (keys.count - i)) }
        return old
    }
}

/// Wraps a value so it can key a Swift dictionary, with Swift's structural equality.
struct HashKey: Hashable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (a: HashKey, b: HashKey) -> Bool { valuesEqual(a.value, b.value) }
    func hash(into h: inout Hasher) { hashLessonValue(value, into: &h) }
}

/// Feeds `v` to the hasher: structurally, walking nested values with a work list (lesson values
/// nest as deep as lesson code makes them).
func hashLessonValue(_ v: Value, into h: inout Hasher) {
    var pending: [Value] = []
    var next: Value? = v
    while let value = next ?? pending.popLast() {
        next = nil
        switch value {
        case .int(let x): h.combine(0); h.combine(x)
        case .double(let x): h.combine(1); h.combine(x)
        case .float(let x): h.combine(1); h.combine(Double(x))
        case .bool(let x): h.combine(2); h.combine(x)
        case .string(let x): h.combine(3); h.combine(x)
        case .character(let x): h.combine(4); h.combine(x)
        case .array(let a):
            h.combine(5); h.combine(a.count)
            if a.count > 4_096 { Budget.noteWork(8 * a.count) }
            pending.append(contentsOf: a.reversed())
        case .slice(let a):
            // Like an array with the same elements: Swift's ArraySlice hashes its elements only.
            h.combine(5); h.combine(a.count)
            if a.count > 4_096 { Budget.noteWork(8 * a.count) }
            pending.append(contentsOf: a.reversed())
        case .tuple(let t): h.combine(6); h.combine(t.elements.count); pending.append(contentsOf: t.elements.reversed())
        case .none: h.combine(7)
        case .some(let x): next = x
        case .range(let a, let b), .closedRange(let a, let b): h.combine(a); h.combine(b)
        case .structValue(let s): h.combine(s.type.name); pending.append(contentsOf: s.fields.reversed())
        case .object(let o): h.combine(ObjectIdentifier(o))
        case .enumValue(let e): h.combine(e.caseIndex); pending.append(contentsOf: e.payload.reversed())
        default: h.combine(99)
        }
    }
}

/// Swift's `==`, structurally, for the values lectern supports.
///
/// Containers are compared with a work list of element pairs rather than by recursion, so arrays
/// nested thousands deep compare like shallow ones.
func valuesEqual(_ a: Value, _ b: Value) -> Bool {
    var pending: [(Value, Value)] = []
    var next: (Value, Value)? = (a, b)
    var compared = 0
    while let (x, y) = next ?? pending.popLast() {
        next = nil
        guard shallowEqual(x, y, &pending) else { return false }
        compared &+= 1
        if compared & 0xFFFF == 0 { Budget.noteWork(1 << 20) }
    }
    return true
}

/// Compares two values whose parts need no further look (scalars), or checks what it can of two
/// containers and queues their other parts.
private func shallowEqual(_ a: Value, _ b: Value, _ pending: inout [(Value, Value)]) -> Bool {
    func queue<C: Collection<Value>>(_ x: C, _ y: C) -> Bool where C: BidirectionalCollection {
        if x.count > 4_096 { Budget.noteWork(x.count) }
        for (p, q) in zip(x, y).reversed() {
            switch (p, q) {
            case (.int(let m), .int(let n)): if m != n { return false }
            case (.double(let m), .double(let n)): if m != n { return false }
            case (.string(let m), .string(let n)): if m != n { return false }
            default: pending.append((p, q))
            }
        }
        return true
    }
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.character(let x), .character(let y)): return x == y
    case (.string(let x), .character(let y)), (.character(let y), .string(let x)): return x == String(y)
    case (.array(let x), .array(let y)):
        return x.count == y.count && queue(x, y)
    // Slices compare their elements, not their indices (as Swift's `==` on ArraySlice does); an
    // array on one side is a literal the checker typed as a slice.
    case (.slice(let x), .slice(let y)):
        return x.count == y.count && queue(x, y)
    case (.slice(let x), .array(let y)), (.array(let y), .slice(let x)):
        return x.count == y.count && queue(x, y[...])
    case (.tuple(let x), .tuple(let y)):
        return x.elements.count == y.elements.count && queue(x.elements, y.elements)
    case (.dictionary(let x), .dictionary(let y)):
        guard x.count == y.count else { return false }
        for (i, k) in x.keys.enumerated() {
            guard let v = y.lookup(k) else { return false }
            pending.append((x.values[i], v))
        }
        return true
    case (.set(let x), .set(let y)):
        return x.count == y.count && x.keys.allSatisfy { y.contains($0) }
    case (.none, .none): return true
    case (.some(let x), .some(let y)): pending.append((x, y)); return true
    case (.some, .none), (.none, .some): return false
    case (.some(let x), _): pending.append((x, b)); return true
    case (_, .some(let y)): pending.append((a, y)); return true
    case (.range(let a1, let b1), .range(let a2, let b2)): return a1 == a2 && b1 == b2
    case (.closedRange(let a1, let b1), .closedRange(let a2, let b2)): return a1 == a2 && b1 == b2
    case (.structValue(let x), .structValue(let y)):
        return x.type.isSameDeclaration(y.type) && queue(x.fields, y.fields)
    case (.object(let x), .object(let y)): return x === y
    case (.enumValue(let x), .enumValue(let y)):
        return x.type.isSameDeclaration(y.type) && x.caseIndex == y.caseIndex && queue(x.payload, y.payload)
    case (.void, .void): return true
    case (.native(let x), .native(let y)): return x === y || ((x as? NativeEquatable)?.isEqual(to: y) ?? false)
    default: return false
    }
}
