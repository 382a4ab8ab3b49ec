/// In-place mutation of properties and subscripts: the value is moved out of its container
/// while `body` runs, so arrays and structs inside stay uniquely referenced (no copies).
extension Evaluator {
    /// `observed: false` is for code that assigns a property directly, without its observers:
    /// the type's initialisers and the property's own observers.
    func modifyMember(_ v: inout Value, _ name: String, loc: SourceLoc, observed: Bool = true,
                      _ body: (inout Value) throws -> Void) throws {
        // Look at the value in a scope of its own so no binding keeps a second reference to the
        // storage being mutated (that would force a copy of the whole array or struct).
        var structType: TypeInfo?
        if case .structValue(let peek) = v { structType = peek.type }
        if let type = structType {
            if let i = type.fieldIndex[name] {
                if type.declaration.hasLazyFields || type.declaration.hasObservedFields,
                   type.fields[i].isLazy || type.fields[i].observers != nil {
                    try modifyObservedField(&v, type, i, observed: observed, loc: loc, body)
                    return
                }
                var s = v.takeStruct() ?? StructValue(type: type, fields: [])
                defer { v = .structValue(s) }
                try body(&s.fields[i])
                if let spec = type.fields[i].type { s.fields[i] = coerce(s.fields[i], to: spec, literal: false) }
                return
            }
            try modifyComputed(&v, type, name, loc: loc, body)
            return
        }
        switch v {
        case .object(let o):
            if let i = fieldIndex(o.type, name), o.type.superclass == nil || o.type.storedField(name) != nil {
                if let (owner, j) = fieldDeclaration(o.type, name), owner.fields[j].isLazy || owner.fields[j].observers != nil {
                    try modifyObservedField(&v, owner, j, storageIndex: i, observed: observed, loc: loc, body)
                    return
                }
                var field = o.fields[i]
                o.fields[i] = .void
                defer { o.fields[i] = field }
                try body(&field)
                return
            }
            try modifyComputed(&v, o.type, name, loc: loc, body)
        case .tuple:
            var index: Int?
            var count = 0
            if case .tuple(let peek) = v { index = Int(name) ?? peek.labels?.firstIndex(of: name); count = peek.elements.count }
            guard let i = index, i >= 0, i < count, var t = v.takeTuple() else {
                throw LecternError("value of tuple type '\(v.typeName)' has no member '\(name)'", at: loc)
            }
            defer { v = .tuple(t) }
            try body(&t.elements[i])
        case .type(.user(let t)):
            var c: TypeInfo? = t
            while let x = c {
                if let g = x.staticFields[name] { try body(&rt.globals[g]); return }
                c = x.superclass
            }
            throw LecternError("type '\(t.name)' has no static stored property '\(name)'", at: loc)
        case .none:
            throw LecternError("value of optional type '\(v.typeName)' must be unwrapped to refer to member '\(name)'", at: loc)
        case .native(let o):
            // A settable property of a native class (`parameter.gradient = …`).
            if let nt = library.nativeType(of: o), let set = nt.findSetter(name), let get = nt.findProperty(name) {
                do {
                    guard var field = try get(v) else { break }
                    try body(&field)
                    if try set(v, field) { return }
                } catch let e as UnlocatedError { throw LecternError(e.message, at: loc) }
            }
            throw LecternError("cannot assign to property '\(name)' of '\(library.typeName(v))'", at: loc)
        default:
            throw LecternError("cannot assign to property: '\(name)' of '\(v.typeName)'", at: loc)
        }
    }

    private func modifyComputed(_ v: inout Value, _ type: TypeInfo, _ name: String, loc: SourceLoc,
                                _ body: (inout Value) throws -> Void) throws {
        guard let c = type.findComputed(name) else {
            throw LecternError("value of type '\(type.name)' has no member '\(name)'", at: loc)
        }
        guard let setter = c.setter else {
            throw LecternError("cannot assign to property: '\(name)' is a get-only property", at: loc)
        }
        var current = try callMethod(c.getter, receiver: v, args: [], loc: loc)
        try body(&current)
        let (_, frame) = try invoke(setter, env: nil, receiver: v, args: [current], labels: [nil], loc: loc)
        if let s = setter.selfSlot, type.kind != .classType { v = frame[s] }
    }

    func modifySubscript(_ v: inout Value, _ index: Value, loc: SourceLoc, _ body: (inout Value) throws -> Void) throws {
        var arrayCount = -1
        if case .array(let peek) = v { arrayCount = peek.count }
        if arrayCount >= 0, case .int(let i) = index {
            guard i >= 0, i < arrayCount else {
                throw LecternError("index \(i) out of range for array of \(arrayCount) element\(arrayCount == 1 ? "" : "s")", at: loc)
            }
            var a = v.takeArray() ?? []
            defer { v = .array(a) }
            try body(&a[i])
            return
        }
        var sliceBounds: Range<Int>?
        if case .slice(let peek) = v { sliceBounds = peek.startIndex..<peek.endIndex }
        if let bounds = sliceBounds, case .int(let i) = index {
            guard bounds.contains(i) else {
                throw LecternError("index \(i) out of range for slice with indices \(bounds.lowerBound)..<\(bounds.upperBound)", at: loc)
            }
            var s = v.takeSlice() ?? []
            defer { v = .slice(s) }
            try body(&s[i])
            return
        }
        if case .dictionary = v {
            var d = v.takeDictionary() ?? DictionaryValue()
            defer { v = .dictionary(d) }
            let existed = d.contains(index)
            var current: Value = d.lookup(index).map { .some($0) } ?? .none
            try body(&current)
            if !existed { try rt.allocate(1, loc) }
            switch current {
            case .none: d.remove(index)
            case .some(let w): d.set(index, w)
            default: d.set(index, current)
            }
            return
        }
        if hasUserSubscripts(v) {
            try modifyUserSubscript(&v, [index], [nil], preferring: nil, loc: loc, body)
            return
        }
        if try modifyRangeSubscript(&v, index, loc: loc, body) { return }
        switch (v, index) {
        case (.string, _):
            throw LecternError("cannot assign through subscript: strings cannot be subscripted with an Int", at: loc)
        case (.array, _):
            throw LecternError("cannot assign through subscript with an index of type '\(index.typeName)'", at: loc)
        default:
            throw LecternError("value of type '\(v.typeName)' has no subscripts", at: loc)
        }
    }

    func modifyDictionaryDefault(_ v: inout Value, _ key: Value, _ def: Value, loc: SourceLoc,
                                 _ body: (inout Value) throws -> Void) throws {
        if hasUserSubscripts(v) {
            try modifyUserSubscript(&v, [key, def], [nil, "default"], preferring: nil, loc: loc, body)
            return
        }
        guard var d = v.takeDictionary() else {
            throw LecternError("value of type '\(v.typeName)' has no subscript 'default:'", at: loc)
        }
        defer { v = .dictionary(d) }
        if !d.contains(key) { try rt.allocate(1, loc) }
        var current = d.lookup(key) ?? def
        try body(&current)
        d.set(key, current)
    }

    /// `base[index]` for reading.
    func subscriptGet(_ base: Value, _ index: Value, loc: SourceLoc) throws -> Value {
        switch (base, index) {
        case (.array(let a), .int(let i)):
            guard i >= 0, i < a.count else {
                throw LecternError("index \(i) out of range for array of \(a.count) element\(a.count == 1 ? "" : "s")", at: loc)
            }
            return a[i]
        case (.array(let a), .range), (.array(let a), .closedRange):
            // A slice shares the array's storage, as Swift's does: no copy.
            let r = try sliceBounds(index, start: 0, end: a.count, loc: loc) ?? 0..<0
            return .slice(a[r])
        case (.slice(let s), _):
            return try sliceSubscript(s, index, loc: loc)
        case (.dictionary(let d), _):
            return d.lookup(index).map { .some($0) } ?? .none
        case (.string, .int):
            throw LecternError("'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead (or Array(string)[i])", at: loc)
        case (.tuple(let t), _) where t.elements.count == 2:
            _ = t
            throw LecternError("value of type '\(base.typeName)' has no subscripts", at: loc)
        case (.array, _):
            throw LecternError("cannot subscript an array with an index of type '\(index.typeName)'", at: loc)
        case (.none, _):
            throw LecternError("value of optional type '\(base.typeName)' must be unwrapped to subscript it", at: loc)
        case (.native(let o), _):
            if case .int(let n) = index, let v = try library.intSubscript(base, o, n, at: loc) { return v }
            if let nt = library.nativeType(of: o), let m = nt.findMethod("subscript") {
                do { return try library.call(m, name: "subscript", [base, index], twoUnlabelled, isMethod: true, at: loc) } catch let e as UnlocatedError {
                    throw LecternError(e.message, at: loc)
                }
            }
            throw LecternError("value of type '\(base.typeName)' has no subscripts", at: loc)
        case (.structValue, _), (.object, _), (.enumValue, _), (.type(.user), _):
            return try userSubscriptGet(base, [index], [nil], preferring: nil, loc: loc)
        default:
            throw LecternError("value of type '\(base.typeName)' has no subscripts", at: loc)
        }
    }
}

/// The labels of a native subscript's call (the receiver and one index), made once.
private let twoUnlabelled: [String?] = [nil, nil]
