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

func hashLessonValue(_ v: Value, into h: inout Hasher) {
    switch v {
    case .int(let x): h.combine(0); h.combine(x)
    case .double(let x): h.combine(1); h.combine(x)
    case .float(let x): h.combine(1); h.combine(Double(x))
    case .bool(let x): h.combine(2); h.combine(x)
    case .string(let x): h.combine(3); h.combine(x)
    case .character(let x): h.combine(4); h.combine(x)
    case .array(let a): h.combine(5); for e in a { hashLessonValue(e, into: &h) }
    case .tuple(let t): h.combine(6); for e in t.elements { hashLessonValue(e, into: &h) }
    case .none: h.combine(7)
    case .some(let x): hashLessonValue(x, into: &h)
    case .range(let a, let b), .closedRange(let a, let b): h.combine(a); h.combine(b)
    case .structValue(let s): h.combine(s.type.name); for e in s.fields { hashLessonValue(e, into: &h) }
    case .object(let o): h.combine(ObjectIdentifier(o))
    case .enumValue(let e): h.combine(e.caseIndex); for x in e.payload { hashLessonValue(x, into: &h) }
    default: h.combine(99)
    }
}

/// Swift's `==`, structurally, for the values lectern supports.
func valuesEqual(_ a: Value, _ b: Value) -> Bool {
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
        return x.count == y.count && zip(x, y).allSatisfy { valuesEqual($0, $1) }
    case (.tuple(let x), .tuple(let y)):
        return x.elements.count == y.elements.count && zip(x.elements, y.elements).allSatisfy { valuesEqual($0, $1) }
    case (.dictionary(let x), .dictionary(let y)):
        guard x.count == y.count else { return false }
        for (i, k) in x.keys.enumerated() {
            guard let v = y.lookup(k), valuesEqual(x.values[i], v) else { return false }
        }
        return true
    case (.set(let x), .set(let y)):
        return x.count == y.count && x.keys.allSatisfy { y.contains($0) }
    case (.none, .none): return true
    case (.some(let x), .some(let y)): return valuesEqual(x, y)
    case (.some, .none), (.none, .some): return false
    case (.some(let x), _): return valuesEqual(x, b)
    case (_, .some(let y)): return valuesEqual(a, y)
    case (.range(let a1, let b1), .range(let a2, let b2)): return a1 == a2 && b1 == b2
    case (.closedRange(let a1, let b1), .closedRange(let a2, let b2)): return a1 == a2 && b1 == b2
    case (.structValue(let x), .structValue(let y)):
        return x.type.isSameDeclaration(y.type) && zip(x.fields, y.fields).allSatisfy { valuesEqual($0, $1) }
    case (.object(let x), .object(let y)): return x === y
    case (.enumValue(let x), .enumValue(let y)):
        return x.type.isSameDeclaration(y.type) && x.caseIndex == y.caseIndex
            && zip(x.payload, y.payload).allSatisfy { valuesEqual($0, $1) }
    case (.void, .void): return true
    case (.native(let x), .native(let y)): return x === y || ((x as? NativeEquatable)?.isEqual(to: y) ?? false)
    default: return false
    }
}
