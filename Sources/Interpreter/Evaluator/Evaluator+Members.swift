import Foundation

/// Builtin method names that mutate their receiver (called through the receiver's storage).
let mutatingBuiltinMethods: Set<String> = [
    "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "sort", "reverse",
    "popLast", "popFirst", "swapAt", "removeValue", "updateValue", "merge", "formUnion", "formIntersection",
    "subtract", "shuffle", "removeSubrange", "toggle", "negate", "reserveCapacity",
]

extension Evaluator {
    /// `base.name` for a property read (fields, computed properties, builtin properties, statics).
    func getMember(_ base: Value, _ name: String, loc: SourceLoc) throws -> Value {
        switch base {
        case .structValue(let s):
            if let i = s.type.fieldIndex[name] {
                if s.type.declaration.hasLazyFields, case .unset = s.fields[i], s.type.fields[i].isLazy {
                    return try lazyValue(base, s.type, i, storageIndex: i, loc: loc)
                }
                return s.fields[i]
            }
            return try userMember(base, s.type, name, loc: loc)
        case .object(let o):
            // A subclass may override a stored property with a computed one (`storedField` nil).
            if let i = fieldIndex(o.type, name), o.type.superclass == nil || o.type.storedField(name) != nil {
                if case .unset = o.fields[i], let (owner, j) = fieldDeclaration(o.type, name), owner.fields[j].isLazy {
                    return try lazyValue(base, owner, j, storageIndex: i, loc: loc)
                }
                return o.fields[i]
            }
            return try userMember(base, o.type, name, loc: loc)
        case .enumValue(let e):
            if name == "rawValue", e.caseIndex < e.type.cases.count, let raw = e.type.cases[e.caseIndex].rawValue { return raw }
            return try userMember(base, e.type, name, loc: loc)
        case .type(let t): return try staticMember(t, name, loc: loc)
        case .tuple(let t):
            if let i = Int(name), i >= 0, i < t.elements.count { return t.elements[i] }
            if let labels = t.labels, let i = labels.firstIndex(of: name) { return t.elements[i] }
            throw LecternError("value of tuple type '\(base.typeName)' has no member '\(name)'", at: loc)
        case .native(let o):
            if let nt = library.nativeType(of: o), let p = nt.findProperty(name) {
                do { if let v = try p(base) { return v } } catch let e as UnlocatedError { throw LecternError(e.message, at: loc) }
            }
            throw LecternError("value of type '\(library.typeName(base))' has no member '\(name)'", at: loc)
        default:
            if let ext = builtinExtension(of: base), let c = ext.findComputed(name) {
                return try callMethod(c.getter, receiver: base, args: [], loc: loc)
            }
            return try builtinProperty(base, name, loc: loc)
        }
    }

    /// The members lesson code added to the builtin type of `v`, if any.
    @inline(__always)
    func builtinExtension(of v: Value) -> TypeInfo? {
        let extensions = rt.builtinExtensions
        if extensions.isEmpty { return nil }
        switch v {
        case .array: return extensions["Array"]
        case .slice: return extensions["ArraySlice"]
        case .dictionary: return extensions["Dictionary"]
        case .set: return extensions["Set"]
        case .string: return extensions["String"]
        case .int: return extensions["Int"]
        case .double: return extensions["Double"]
        case .float: return extensions["Float"]
        case .bool: return extensions["Bool"]
        case .character: return extensions["Character"]
        case .range: return extensions["Range"]
        case .closedRange: return extensions["ClosedRange"]
        default: return nil
        }
    }

    /// A class instance's stored, non-lazy property `name` that no class on the way up overrides
    /// with a computed one: its index in the instance and its declaration. The fast paths of
    /// class property reads and writes (implicit `self`, member access, `super.x`) use it.
    func plainStoredProperty(_ type: TypeInfo, _ name: String) -> (index: Int, field: TypeInfo.Field)? {
        guard let i = fieldIndex(type, name), let field = type.storedField(name), !field.isLazy else { return nil }
        return (i, field)
    }

    /// Index of a stored property in a class instance (subclass fields follow superclass fields).
    func fieldIndex(_ type: TypeInfo, _ name: String) -> Int? {
        // Read on every property access of a class instance: no allocation, and one lookup for a
        // class without a superclass. A subclass's storage follows its ancestors' (stored
        // properties cannot be overridden, so a name is declared by one class of the chain).
        guard type.superclass != nil else { return type.fieldIndex[name] }
        var declaring: TypeInfo? = type
        while let c = declaring {
            if let i = c.fieldIndex[name] {
                var offset = 0
                var ancestor = c.superclass
                while let a = ancestor { offset += a.fields.count; ancestor = a.superclass }
                return offset + i
            }
            declaring = c.superclass
        }
        return nil
    }

    private func userMember(_ base: Value, _ type: TypeInfo, _ name: String, loc: SourceLoc) throws -> Value {
        if let c = type.findComputed(name) {
            return try callMethod(c.getter, receiver: base, args: [], loc: loc)
        }
        if let m = type.findMethod(name) { return .function(BoundMethod(decls: m, receiver: base)) }
        if name == "hashValue" { var h = Hasher(); hashLessonValue(base, into: &h); return .int(h.finalize()) }
        throw LecternError("value of type '\(type.name)' has no member '\(name)'", at: loc)
    }

    /// `Type.name`: enum cases, static properties and methods, and builtin constants.
    func staticMember(_ t: TypeRef, _ name: String, loc: SourceLoc) throws -> Value {
        switch t {
        case .user(let type):
            if let i = type.caseIndex[name] {
                let c = type.cases[i]
                if c.payloadLabels.isEmpty { return .enumValue(EnumValue(type: type, caseIndex: i, payload: [])) }
                return .function(Builtin(name) { args, labels in
                    guard args.count == c.payloadLabels.count else {
                        throw UnlocatedError("enum case '\(name)' takes \(c.payloadLabels.count) associated value\(c.payloadLabels.count == 1 ? "" : "s"), got \(args.count)")
                    }
                    if labels != c.payloadLabels && !c.payloadLabels.allSatisfy({ $0 == nil }) {
                        throw UnlocatedError("incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(labels.map { ($0 ?? "_") + ":" }.joined())', expected '\(c.payloadLabels.map { ($0 ?? "_") + ":" }.joined())')")
                    }
                    let payload = zip(args, c.payloadTypes).map { coerce($0, to: $1, literal: true) }
                    return .enumValue(EnumValue(type: type, caseIndex: i, payload: payload))
                })
            }
            var s: TypeInfo? = type
            while let c = s {
                if let slot = c.staticFields[name] {
                    let v = rt.globals[slot]
                    if case .unset = v { throw LecternError("static property '\(name)' is not initialised", at: loc) }
                    return v
                }
                // `self` is the type the member was reached through (`Dense.describe()` runs as Dense).
                if let comp = c.staticComputed[name] {
                    return try callMethod(comp.getter, receiver: .type(t), args: [], loc: loc)
                }
                if let m = c.staticMethods[name] { return .function(BoundMethod(decls: m, receiver: .type(t))) }
                if let nested = c.nestedTypes[name] { return .type(.user(nested)) }
                s = c.superclass
            }
            // Static members a protocol extension gives the type.
            if let comp = type.findStaticComputed(name) { return try callMethod(comp.getter, receiver: .type(t), args: [], loc: loc) }
            if let m = type.findStaticMethod(name) { return .function(BoundMethod(decls: m, receiver: .type(t))) }
            if name == "allCases", type.kind == .enumType {
                return .array(type.cases.indices.map { .enumValue(EnumValue(type: type, caseIndex: $0, payload: [])) })
            }
            if name == "self" { return .type(t) }
            if name == "init" { return .function(Builtin("init") { [unowned self] a, l in try self.construct(t, a, l, literal: nil, loc: loc) }) }
            throw LecternError("type '\(type.name)' has no member '\(name)'", at: loc)
        case .builtin(let spec):
            if let v = try builtinConstant(spec, name, loc: loc) { return v }
            if let key = spec.builtinExtensionKey, let ext = rt.builtinExtensions[key] {
                if let slot = ext.staticFields[name] { return rt.globals[slot] }
                if let c = ext.findStaticComputed(name) { return try callMethod(c.getter, receiver: .type(t), args: [], loc: loc) }
                if let m = ext.findStaticMethod(name) { return .function(BoundMethod(decls: m, receiver: .type(t))) }
            }
            if name == "self" { return .type(t) }
            throw LecternError("type '\(spec)' has no member '\(name)'", at: loc)
        }
    }

    func builtinConstant(_ spec: TypeSpec, _ name: String, loc: SourceLoc) throws -> Value? {
        if name == "random" {
            throw LecternError(forbiddenFunctions["random"] ?? "random numbers are not allowed", at: loc)
        }
        switch (spec, name) {
        case (.int, "max"): return .int(Int.max)
        case (.int, "min"): return .int(Int.min)
        case (.int, "zero"): return .int(0)
        case (.double, "pi"): return .double(Double.pi)
        case (.double, "infinity"): return .double(Double.infinity)
        case (.double, "nan"): return .double(Double.nan)
        case (.double, "greatestFiniteMagnitude"): return .double(Double.greatestFiniteMagnitude)
        case (.double, "leastNonzeroMagnitude"): return .double(Double.leastNonzeroMagnitude)
        case (.double, "leastNormalMagnitude"): return .double(Double.leastNormalMagnitude)
        case (.double, "ulpOfOne"): return .double(Double.ulpOfOne)
        case (.double, "zero"): return .double(0)
        case (.float, "pi"): return .float(Float.pi)
        case (.float, "infinity"): return .float(Float.infinity)
        case (.float, "nan"): return .float(Float.nan)
        case (.float, "greatestFiniteMagnitude"): return .float(Float.greatestFiniteMagnitude)
        case (.float, "ulpOfOne"): return .float(Float.ulpOfOne)
        case (.float, "zero"): return .float(0)
        default: return nil
        }
    }

    /// Properties of builtin values: `count`, `isEmpty`, `first`, `keys`, `isNaN`, …
    func builtinProperty(_ base: Value, _ name: String, loc: SourceLoc) throws -> Value {
        switch (base, name) {
        case (.array(let a), "count"): return .int(a.count)
        case (.slice, "lazy"): return base
        case (.slice(let s), _): if let v = sliceProperty(s, name) { return v }
        case (.array, "lazy"), (.range, "lazy"), (.closedRange, "lazy"), (.string, "lazy"), (.dictionary, "lazy"): return base
        case (.array(let a), "isEmpty"): return .bool(a.isEmpty)
        case (.array(let a), "first"): return a.first.map { .some($0) } ?? .none
        case (.array(let a), "last"): return a.last.map { .some($0) } ?? .none
        case (.array(let a), "indices"): return .range(0, a.count)
        case (.array, "startIndex"): return .int(0)
        case (.array(let a), "endIndex"): return .int(a.count)
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.string(let s), "first"): return s.first.map { .some(.character($0)) } ?? .none
        case (.string(let s), "last"): return s.last.map { .some(.character($0)) } ?? .none
        case (.string(let s), "utf8"): return .array(s.utf8.map { .int(Int($0)) })
        case (.string(let s), "unicodeScalars"): return .array(s.unicodeScalars.map { .character(Character($0)) })
        case (.string(let s), "description"): return .string(s)
        case (.dictionary(let d), "count"), (.set(let d), "count"): return .int(d.count)
        case (.dictionary(let d), "isEmpty"), (.set(let d), "isEmpty"): return .bool(d.count == 0)
        case (.dictionary(let d), "keys"): return .array(d.keys)
        case (.dictionary(let d), "values"): return .array(d.values)
        case (.set(let d), "first"): return d.keys.first.map { .some($0) } ?? .none
        case (.dictionary, "first"):
            return try elements(of: base, loc: loc).first.map { .some($0) } ?? .none
        case (.range(let lo, let hi), "count"):
            let n = rangeCount(lo, hi, closed: false)
            if n == Int.max { throw LecternError("arithmetic overflow: range count", at: loc) }
            return .int(n)
        case (.closedRange(let lo, let hi), "count"):
            let n = rangeCount(lo, hi, closed: true)
            if n == Int.max { throw LecternError("arithmetic overflow: range count", at: loc) }
            return .int(n)
        case (.range(let lo, _), "lowerBound"), (.closedRange(let lo, _), "lowerBound"): return .int(lo)
        case (.range(_, let hi), "upperBound"), (.closedRange(_, let hi), "upperBound"): return .int(hi)
        case (.range(let lo, let hi), "isEmpty"): return .bool(lo == hi)
        case (.closedRange, "isEmpty"): return .bool(false)
        case (.range(let lo, let hi), "first"): return lo < hi ? .some(.int(lo)) : .none
        case (.range(let lo, let hi), "last"): return lo < hi ? .some(.int(hi - 1)) : .none
        case (.closedRange(let lo, _), "first"): return .some(.int(lo))
        case (.closedRange(_, let hi), "last"): return .some(.int(hi))
        case (.double(let d), _):
            switch name {
            case "isNaN": return .bool(d.isNaN)
            case "isInfinite": return .bool(d.isInfinite)
            case "isFinite": return .bool(d.isFinite)
            case "isZero": return .bool(d.isZero)
            case "sign": return .int(d.sign == .minus ? -1 : 1)
            case "magnitude": return .double(d.magnitude)
            case "description": return .string(d.description)
            case "ulp": return .double(d.ulp)
            default: break
            }
        case (.float(let f), _):
            switch name {
            case "isNaN": return .bool(f.isNaN)
            case "isInfinite": return .bool(f.isInfinite)
            case "isFinite": return .bool(f.isFinite)
            case "magnitude": return .float(f.magnitude)
            case "description": return .string(f.description)
            default: break
            }
        case (.int(let n), _):
            switch name {
            case "magnitude":
                guard let m = Int(exactly: n.magnitude) else { throw LecternError("arithmetic overflow: \(n).magnitude", at: loc) }
                return .int(m)
            case "description": return .string(String(n))
            case "isMultiple": break
            case "nonzeroBitCount": return .int(n.nonzeroBitCount)
            case "bitWidth": return .int(n.bitWidth)
            default: break
            }
        case (.character(let c), _):
            switch name {
            case "isLetter": return .bool(c.isLetter)
            case "isNumber": return .bool(c.isNumber)
            case "isWholeNumber": return .bool(c.isWholeNumber)
            case "isWhitespace": return .bool(c.isWhitespace)
            case "isUppercase": return .bool(c.isUppercase)
            case "isLowercase": return .bool(c.isLowercase)
            case "isPunctuation": return .bool(c.isPunctuation)
            case "isLetterOrDigit": break
            case "asciiValue": return c.asciiValue.map { .some(.int(Int($0))) } ?? .none
            case "wholeNumberValue": return c.wholeNumberValue.map { .some(.int($0)) } ?? .none
            case "description": return .string(String(c))
            default: break
            }
        case (.bool(let b), "description"): return .string(b ? "true" : "false")
        case (.some(let w), _): return try builtinProperty(w, name, loc: loc)
        default: break
        }
        if case .none = base {
            throw LecternError("value of optional type '\(base.typeName)' must be unwrapped to refer to member '\(name)'", at: loc)
        }
        throw LecternError("value of type '\(base.typeName)' has no member '\(name)'", at: loc)
    }

    /// Calls a method on a value without mutating it.
    func callMember(_ base: Value, _ name: String, _ args: [Value], _ labels: [String?], literal: [Bool]?,
                    loc: SourceLoc) throws -> Value {
        switch base {
        case .structValue(let s): return try callUserMethod(base, s.type, name, args, labels, literal, loc)
        case .object(let o): return try callUserMethod(base, o.type, name, args, labels, literal, loc)
        case .enumValue(let e): return try callUserMethod(base, e.type, name, args, labels, literal, loc)
        case .type(let t):
            if case .user(let type) = t, let m = type.findStaticMethod(name) {
                let decl = try choose(m, labels, name: name, loc: loc)
                return try invoke(decl, env: nil, receiver: base, args: args, labels: labels, literal: literal, loc: loc).0
            }
            if name == "init" { return try construct(t, args, labels, literal: literal, loc: loc) }
            let callee = try staticMember(t, name, loc: loc)
            return try call(callee, args, labels, literal: literal, loc: loc)
        case .native(let o):
            if let nt = library.nativeType(of: o), let m = nt.findMethod(name) {
                let l = labels.map { $0 == trailingClosureLabel ? nil : $0 }
                do { return try library.call(m, name: name, [base] + args, [nil] + l, isMethod: true, at: loc) } catch let e as UnlocatedError {
                    throw LecternError(e.message, at: loc)
                }
            }
            throw LecternError("value of type '\(library.typeName(base))' has no member '\(name)'", at: loc)
        case .tuple(let t) where t.labels?.contains(name) == true:
            // `p.f(3)`: a closure stored in a labelled tuple.
            let i = t.labels?.firstIndex(of: name) ?? 0
            return try call(t.elements[i], args, labels.map { _ in nil }, literal: literal, loc: loc)
        default:
            // A lesson's `rounded(to:)` on Double leaves the builtin `rounded()` callable.
            if let ext = builtinExtension(of: base), let m = ext.findMethod(name), m.contains(where: { $0.accepts(labels: labels) }) {
                let decl = try choose(m, labels, name: name, loc: loc)
                return try invoke(decl, env: nil, receiver: base, args: args, labels: labels, literal: literal, loc: loc).0
            }
            if let ext = builtinExtension(of: base), ext.findComputed(name) != nil {
                return try call(try getMember(base, name, loc: loc), args, labels, literal: literal, loc: loc)
            }
            do {
                return try builtinMethod(base, name, args, labels, loc: loc)
            } catch let e as UnlocatedError { throw LecternError(e.message, at: loc) }
        }
    }

    /// Calls a `mutating` method: `self` is moved into the callee's frame (so its storage stays
    /// uniquely referenced and mutates in place) and moved back afterwards, even on error.
    func invokeMutating(_ decl: FunctionDecl, _ receiver: inout Value, _ args: [Value], _ labels: [String?],
                        _ literal: [Bool]?, _ loc: SourceLoc, inoutBack: ((Frame, [Int]) throws -> Void)? = nil) throws -> Value {
        try rt.enterCall(loc)
        defer { rt.depth -= 1 }
        let frame = Frame.make(count: decl.slotCount, parent: nil)
        let argSlots = try bind(decl, args, labels, literal, into: frame, loc: loc, needSlots: inoutBack != nil)
        guard let s = decl.selfSlot else { return .void }
        frame[s] = receiver
        receiver = .void
        defer { receiver = frame[s]; frame[s] = .void }
        do { _ = try decl.body(frame) } catch { throw rt.relocate(error, to: loc) }
        // `adam.step(&p, g)`: the method's inout parameters go back to the caller's variables.
        try inoutBack?(frame, argSlots)
        return coerce(frame.returnValue, to: decl.returnType, literal: false)
    }

    private func callUserMethod(_ base: Value, _ type: TypeInfo, _ name: String, _ args: [Value], _ labels: [String?],
                                _ literal: [Bool]?, _ loc: SourceLoc) throws -> Value {
        if let m = type.findMethod(name) {
            let decl = try choose(m, labels, name: name, loc: loc)
            return try invoke(decl, env: nil, receiver: base, args: args, labels: labels, literal: literal, loc: loc).0
        }
        if type.findComputed(name) != nil || fieldIndex(type, name) != nil {
            let f = try getMember(base, name, loc: loc)
            return try call(f, args, labels, literal: literal, loc: loc)
        }
        throw LecternError("value of type '\(type.name)' has no member '\(name)'", at: loc)
    }

    /// Calls a method through the receiver's storage, so `mutating` methods and builtins like
    /// `append` change it in place.
    func callMutatingMember(_ base: inout Value, _ name: String, _ args: [Value], _ labels: [String?],
                            literal: [Bool]?, staticType: TypeSpec?, loc: SourceLoc) throws -> Value {
        var userType: TypeInfo?
        switch base {
        case .structValue(let peek): userType = peek.type
        case .enumValue(let peek): userType = peek.type
        default: break
        }
        if userType == nil, let ext = builtinExtension(of: base), let m = ext.findMethod(name), m.contains(where: { $0.accepts(labels: labels) }) {
            let decl = try choose(m, labels, name: name, loc: loc)
            if decl.isMutating { return try invokeMutating(decl, &base, args, labels, literal, loc) }
            return try invoke(decl, env: nil, receiver: base, args: args, labels: labels, literal: literal, loc: loc).0
        }
        if let type = userType, let m = type.findMethod(name) {
            let decl = try choose(m, labels, name: name, loc: loc)
            if decl.isMutating {
                return try invokeMutating(decl, &base, args, labels, literal, loc)
            }
            return try callMember(base, name, args, labels, literal: literal, loc: loc)
        }
        if case .native(let o) = base, let nt = library.nativeType(of: o), let m = nt.findMethod(name),
           m.contains(where: { $0.mutatingCall != nil }) {
            let l = labels.map { $0 == trailingClosureLabel ? nil : $0 }
            do { return try library.callMutating(m, name: name, &base, args, l) } catch let e as UnlocatedError {
                throw LecternError(e.message, at: loc)
            }
        }
        switch base {
        case .array, .slice, .dictionary, .set, .string, .bool, .int, .double:
            if mutatingBuiltinMethods.contains(name) {
                do {
                    return try builtinMutatingMethod(&base, name, args, labels, literal: literal, staticType: staticType, loc: loc)
                } catch let e as UnlocatedError { throw LecternError(e.message, at: loc) }
            }
        case .some where mutatingBuiltinMethods.contains(name):
            throw LecternError("value of optional type '\(base.typeName)' must be unwrapped to refer to member '\(name)'", at: loc)
        default: break
        }
        return try callMember(base, name, args, labels, literal: literal, loc: loc)
    }
}
