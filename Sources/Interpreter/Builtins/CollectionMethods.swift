import Foundation

/// Methods of arrays, strings, dictionaries, sets, ranges and numbers, with Swift's semantics.
extension Evaluator {
    private func fn(_ args: [Value], _ i: Int = 0) throws -> Value {
        guard i < args.count, case .function = args[i] else { throw UnlocatedError("expected a closure argument") }
        return args[i]
    }

    private func truthy(_ v: Value, _ what: String) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw UnlocatedError("\(what) closure must return Bool, not '\(v.typeName)'")
    }

    /// `a < b` as Swift's `Comparable` would decide it.
    func less(_ a: Value, _ b: Value, loc: SourceLoc) throws -> Bool {
        try rt.chargeWork(1, loc)
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
        case (.string(let x), .string(let y)): return x < y
        default:
            if case .bool(let r) = try binary(.lt, a, b, false, false, loc: loc) { return r }
            return false
        }
    }

    private func intArg(_ args: [Value], _ i: Int) throws -> Int {
        guard i < args.count, case .int(let n) = args[i] else { throw UnlocatedError("expected an Int argument") }
        return n
    }

    /// A sequence result shaped like Swift's: filtering a String gives a String, a Dictionary a Dictionary.
    private func rebuild(like base: Value, _ items: [Value]) -> Value {
        switch base {
        case .string:
            return .string(String(items.compactMap { if case .character(let c) = $0 { return c }; return nil }))
        case .dictionary:
            var d = DictionaryValue()
            for e in items { if case .tuple(let t) = e, t.elements.count == 2 { d.set(t.elements[0], t.elements[1]) } }
            return .dictionary(d)
        case .set:
            var d = DictionaryValue()
            for e in items { _ = d.insertMember(e) }
            return .set(d)
        default: return .array(items)
        }
    }

    func builtinMethod(_ base: Value, _ name: String, _ args: [Value], _ labels0: [String?], loc: SourceLoc) throws -> Value {
        try rt.chargeWork(for: base, loc)
        let labels = normalizeTrailing(name, labels0)
        let sig = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        // Value-specific methods first.
        switch base {
        case .string(let s):
            if let v = try stringMethod(s, sig, args, loc: loc) { return v }
        case .slice(let s):
            if let v = try positionalMethod(s, sig, args, loc: loc) { return v }
        case .array(let a):
            // The methods whose result is an ArraySlice of the array.
            switch name {
            case "prefix", "suffix", "dropFirst", "dropLast", "split", "drop", "index", "distance":
                if let v = try positionalMethod(a[...], sig, args, loc: loc) { return v }
            default: break
            }
        case .double(let d):
            switch sig {
            case "squareRoot()": return .double(Foundation.sqrt(d))
            case "rounded()": return .double(d.rounded())
            case "rounded(_:)":
                let rules: [String: FloatingPointRoundingRule] = [
                    "down": .down, "up": .up, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
                    "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero]
                guard case .string(let r) = args[0], let rule = rules[r] else { break }
                return .double(d.rounded(rule))
            case "truncatingRemainder(dividingBy:)":
                guard let y = Double.fromValue(args[0]) else { break }
                return .double(d.truncatingRemainder(dividingBy: y))
            case "isLess(than:)": if let y = Double.fromValue(args[0]) { return .bool(d < y) }
            case "distance(to:)": if let y = Double.fromValue(args[0]) { return .double(y - d) }
            default: break
            }
        case .float(let f):
            switch sig {
            case "squareRoot()": return .float(f.squareRoot())
            case "rounded()": return .float(f.rounded())
            default: break
            }
        case .int(let n):
            switch sig {
            case "isMultiple(of:)": return .bool(n.isMultiple(of: try intArg(args, 0)))
            case "quotientAndRemainder(dividingBy:)":
                let d = try intArg(args, 0)
                if d == 0 { throw UnlocatedError("division by zero") }
                if n == Int.min && d == -1 { throw UnlocatedError("arithmetic overflow: \(n) / \(d)") }
                let (q, r) = n.quotientAndRemainder(dividingBy: d)
                return .tuple(TupleValue(elements: [.int(q), .int(r)], labels: ["quotient", "remainder"]))
            case "signum()": return .int(n.signum())
            case "distance(to:)":
                let (v, o) = (try intArg(args, 0)).subtractingReportingOverflow(n)
                if o { throw UnlocatedError("arithmetic overflow in distance(to:)") }
                return .int(v)
            case "advanced(by:)":
                let (v, o) = n.addingReportingOverflow(try intArg(args, 0))
                if o { throw UnlocatedError("arithmetic overflow in advanced(by:)") }
                return .int(v)
            default: break
            }
        case .dictionary(let d):
            switch sig {
            case "mapValues(_:)":
                let f = try fn(args)
                var out = d
                for i in out.values.indices { out.values[i] = try callFunction(f, [d.values[i]], loc: loc) }
                return .dictionary(out)
            case "compactMapValues(_:)":
                let f = try fn(args)
                var out = DictionaryValue()
                for (i, k) in d.keys.enumerated() {
                    let v = try callFunction(f, [d.values[i]], loc: loc)
                    if case .some(let w) = v { out.set(k, w) } else if case .none = v {} else { out.set(k, v) }
                }
                return .dictionary(out)
            case "index(forKey:)": return d.index[HashKey(args[0])].map { .some(.int($0)) } ?? .none
            case "merging(_:uniquingKeysWith:)":
                let f = try fn(args, 1)
                guard case .dictionary(let other) = args[0] else { break }
                var out = d
                for (i, k) in other.keys.enumerated() {
                    if let old = out.lookup(k) { out.set(k, try callFunction(f, [old, other.values[i]], loc: loc)) } else { out.set(k, other.values[i]) }
                }
                return .dictionary(out)
            default: break
            }
        case .set(let d):
            switch sig {
            case "contains(_:)": return .bool(d.contains(args[0]))
            case "union(_:)":
                var out = d
                for e in try elements(of: args[0], loc: loc) { _ = out.insertMember(e) }
                return .set(out)
            case "intersection(_:)":
                let other = try elements(of: args[0], loc: loc)
                var o = DictionaryValue(); for e in other { _ = o.insertMember(e) }
                var out = DictionaryValue()
                for k in d.keys where o.contains(k) { _ = out.insertMember(k) }
                return .set(out)
            case "subtracting(_:)":
                let other = try elements(of: args[0], loc: loc)
                var o = DictionaryValue(); for e in other { _ = o.insertMember(e) }
                var out = DictionaryValue()
                for k in d.keys where !o.contains(k) { _ = out.insertMember(k) }
                return .set(out)
            case "symmetricDifference(_:)":
                let other = try elements(of: args[0], loc: loc)
                var o = DictionaryValue(); for e in other { _ = o.insertMember(e) }
                var out = DictionaryValue()
                for k in d.keys where !o.contains(k) { _ = out.insertMember(k) }
                for k in o.keys where !d.contains(k) { _ = out.insertMember(k) }
                return .set(out)
            case "isSuperset(of:)":
                return .bool(try elements(of: args[0], loc: loc).allSatisfy { d.contains($0) })
            case "isDisjoint(with:)":
                return .bool(try elements(of: args[0], loc: loc).allSatisfy { !d.contains($0) })
            case "isSubset(of:)":
                let other = try elements(of: args[0], loc: loc)
                var o = DictionaryValue(); for e in other { _ = o.insertMember(e) }
                return .bool(d.keys.allSatisfy { o.contains($0) })
            default: break
            }
        case .range(let lo, let hi):
            if sig == "contains(_:)", case .int(let x) = args[0] { return .bool(x >= lo && x < hi) }
            if sig == "reversed()" { return .array(stride(from: hi - 1, through: lo, by: -1).map { .int($0) }) }
        case .closedRange(let lo, let hi):
            if sig == "contains(_:)", case .int(let x) = args[0] { return .bool(x >= lo && x <= hi) }
            if sig == "reversed()" { return .array(stride(from: hi, through: lo, by: -1).map { .int($0) }) }
        case .some(let w):
            if name == "map" { return .some(try callFunction(try fn(args), [w], loc: loc)) }
            if name == "flatMap" { return try callFunction(try fn(args), [w], loc: loc) }
            throw UnlocatedError("value of optional type '\(base.typeName)' must be unwrapped to refer to member '\(name)'")
        case .none:
            if name == "map" || name == "flatMap" { return .none }
            throw UnlocatedError("value of optional type '\(base.typeName)' must be unwrapped to refer to member '\(name)'")
        default: break
        }
        if case .dictionary = base, sig == "contains(_:)" {
            throw UnlocatedError("use 'keys.contains(_:)' or a subscript to test a dictionary key")
        }
        // Sequence methods, shared by every sequence.
        guard isSequence(base) else {
            throw UnlocatedError("value of type '\(base.typeName)' has no member '\(name)'")
        }
        let items = try elements(of: base, loc: loc)
        switch sig {
        case "map(_:)":
            var out: [Value] = []
            out.reserveCapacity(items.count)
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items { out.append(try call(e)) }
            }
            return .array(out)
        case "filter(_:)":
            var out: [Value] = []
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items where try truthy(call(e), "filter") { out.append(e) }
            }
            return rebuild(like: base, out)
        case "compactMap(_:)":
            var out: [Value] = []
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items {
                    switch try call(e) {
                    case .none: break
                    case .some(let w): out.append(w)
                    case let v: out.append(v)
                    }
                }
            }
            return .array(out)
        case "flatMap(_:)":
            var out: [Value] = []
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items {
                    let r = try call(e)
                    switch r {
                    case .none: break
                    case .some(let w): out.append(w)
                    default: out.append(contentsOf: try elements(of: r, loc: loc))
                    }
                }
            }
            try rt.allocate(out.count, loc)
            return .array(out)
        case "reduce(_:_:)":
            let f = try fn(args, 1)
            var acc = args[0]
            // `doubles.reduce(0, +)`: Swift types the literal 0 as Double.
            if case .int(let n) = acc, case .double? = items.first { acc = .double(Double(n)) }
            try withBinaryCall(f, loc: loc) { call in
                for e in items { acc = try call(acc, e) }
            }
            return acc
        case "reduce(into:_:)":
            let f = try fn(args, 1)
            var acc = args[0]
            for e in items { acc = try callInout(f, acc, e, loc: loc) }
            return acc
        case "forEach(_:)":
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items { _ = try call(e) }
            }
            return .void
        case "sorted()":
            return .array(try items.sorted { try less($0, $1, loc: loc) })
        case "sorted(by:)":
            let f = try fn(args)
            return .array(try withBinaryCall(f, loc: loc) { call in try items.sorted { try truthy(call($0, $1), "sorted(by:)") } })
        case "min()": return try items.min { try less($0, $1, loc: loc) }.map { .some($0) } ?? .none
        case "max()": return try items.max { try less($0, $1, loc: loc) }.map { .some($0) } ?? .none
        case "min(by:)":
            let f = try fn(args)
            return try withBinaryCall(f, loc: loc) { call in try items.min { try truthy(call($0, $1), "min(by:)") } }.map { .some($0) } ?? .none
        case "max(by:)":
            let f = try fn(args)
            return try withBinaryCall(f, loc: loc) { call in try items.max { try truthy(call($0, $1), "max(by:)") } }.map { .some($0) } ?? .none
        case "contains(_:)":
            return .bool(items.contains { valuesEqual($0, args[0]) })
        case "contains(where:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items where try truthy(call(e), "contains(where:)") { return .bool(true) }
                return .bool(false)
            }
        case "allSatisfy(_:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items where !(try truthy(call(e), "allSatisfy")) { return .bool(false) }
                return .bool(true)
            }
        case "first(where:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items where try truthy(call(e), "first(where:)") { return .some(e) }
                return .none
            }
        case "last(where:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items.reversed() where try truthy(call(e), "last(where:)") { return .some(e) }
                return .none
            }
        case "firstIndex(of:)":
            return items.firstIndex { valuesEqual($0, args[0]) }.map { .some(.int($0)) } ?? .none
        case "lastIndex(of:)":
            return items.lastIndex { valuesEqual($0, args[0]) }.map { .some(.int($0)) } ?? .none
        case "firstIndex(where:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for (i, e) in items.enumerated() where try truthy(call(e), "firstIndex(where:)") { return .some(.int(i)) }
                return .none
            }
        case "lastIndex(where:)":
            return try withUnaryCall(try fn(args), loc: loc) { call in
                for i in items.indices.reversed() where try truthy(call(items[i]), "lastIndex(where:)") { return .some(.int(i)) }
                return .none
            }
        case "count(where:)":
            var n = 0
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items where try truthy(call(e), "count(where:)") { n += 1 }
            }
            return .int(n)
        case "enumerated()":
            return .array(items.enumerated().map { .tuple(TupleValue(elements: [.int($0.offset), $0.element], labels: ["offset", "element"])) })
        case "reversed()": return .array(items.reversed())
        case "prefix(_:)":
            let n = try intArg(args, 0)
            if n < 0 { throw UnlocatedError("can't take a prefix of negative length") }
            return rebuild(like: base.isString ? base : .array([]), Array(items.prefix(n)))
        case "suffix(_:)":
            let n = try intArg(args, 0)
            if n < 0 { throw UnlocatedError("can't take a suffix of negative length") }
            return rebuild(like: base.isString ? base : .array([]), Array(items.suffix(n)))
        case "dropFirst()": return rebuild(like: base.isString ? base : .array([]), Array(items.dropFirst()))
        case "dropLast()": return rebuild(like: base.isString ? base : .array([]), Array(items.dropLast()))
        case "dropFirst(_:)": return rebuild(like: base.isString ? base : .array([]), Array(items.dropFirst(max(0, try intArg(args, 0)))))
        case "dropLast(_:)": return rebuild(like: base.isString ? base : .array([]), Array(items.dropLast(max(0, try intArg(args, 0)))))
        case "prefix(while:)":
            var out: [Value] = []
            try withUnaryCall(try fn(args), loc: loc) { call in
                for e in items { if try truthy(call(e), "prefix(while:)") { out.append(e) } else { break } }
            }
            return rebuild(like: base.isString ? base : .array([]), out)
        case "joined()", "joined(separator:)":
            let sep: String
            if args.isEmpty { sep = "" } else if case .string(let s) = args[0] { sep = s } else { sep = "" }
            if items.allSatisfy({ $0.isString || $0.isCharacter }) {
                var parts: [String] = []
                for e in items { if case .string(let s) = e { parts.append(s) } else if case .character(let c) = e { parts.append(String(c)) } }
                try rt.checkJoined(parts, separator: sep, loc)
                return .string(parts.joined(separator: sep))
            }
            var out: [Value] = []
            for e in items { out.append(contentsOf: try elements(of: e, loc: loc)) }
            return .array(out)
        case "shuffled()", "randomElement()":
            throw UnlocatedError(forbiddenFunctions["random"] ?? "random is not allowed")
        case "elementsEqual(_:)":
            let other = try elements(of: args[0], loc: loc)
            return .bool(other.count == items.count && zip(items, other).allSatisfy { valuesEqual($0, $1) })
        case "starts(with:)":
            let other = try elements(of: args[0], loc: loc)
            return .bool(other.count <= items.count && zip(items, other).allSatisfy { valuesEqual($0, $1) })
        case "split(separator:)":
            var out: [Value] = []
            var cur: [Value] = []
            for e in items { if valuesEqual(e, args[0]) { if !cur.isEmpty { out.append(.array(cur)) }; cur = [] } else { cur.append(e) } }
            if !cur.isEmpty { out.append(.array(cur)) }
            return .array(out)
        default: break
        }
        if case .array = base, name == "sum" { throw UnlocatedError("value of type '\(base.typeName)' has no member 'sum'; use reduce(0, +)") }
        throw UnlocatedError("value of type '\(base.typeName)' has no member '\(name)'" + (labels.isEmpty && args.isEmpty ? "" : " accepting (\(labels.map { ($0 ?? "_") + ":" }.joined()))"))
    }

    /// Gives a trailing closure the label Swift's standard library declares for it.
    func normalizeTrailing(_ name: String, _ labels: [String?]) -> [String?] {
        guard labels.last == trailingClosureLabel else { return labels }
        var out = labels
        switch name {
        case "sorted", "sort", "min", "max": out[out.count - 1] = "by"
        case "contains", "first", "firstIndex", "last", "lastIndex", "removeAll", "count": out[out.count - 1] = "where"
        case "prefix", "drop": out[out.count - 1] = "while"
        case "merge": out[out.count - 1] = "uniquingKeysWith"
        default: out[out.count - 1] = nil
        }
        return out
    }

    func isSequence(_ v: Value) -> Bool {
        switch v {
        case .array, .slice, .range, .closedRange, .string, .set, .dictionary: return true
        default: return false
        }
    }

    /// Calls `f(&acc, e)` for `reduce(into:)`, returning the updated accumulator.
    private func callInout(_ f: Value, _ acc: Value, _ e: Value, loc: SourceLoc) throws -> Value {
        guard case .function(let c) = f, let closure = c as? Closure, closure.decl.params.count == 2 else {
            throw UnlocatedError("reduce(into:) needs a closure taking two parameters")
        }
        let decl = closure.decl
        try rt.enterCall(loc)
        defer { rt.depth -= 1 }
        let frame = Frame.make(count: decl.slotCount, parent: closure.env)
        frame[decl.params[0].slot] = acc
        frame[decl.params[1].slot] = e
        _ = try decl.body(frame)
        return frame[decl.params[0].slot]
    }

    func builtinMutatingMethod(_ base: inout Value, _ name: String, _ args: [Value], _ labels: [String?],
                               literal: [Bool]?, staticType: TypeSpec?, loc: SourceLoc) throws -> Value {
        try rt.chargeWork(for: base, loc)
        let labels = normalizeTrailing(name, labels)
        let sig = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        switch base {
        case .array:
            var a = takeArray(&base)
            defer { base = .array(a) }
            if let r = try mutateArray(&a, sig, args, literal: literal, staticType: staticType, loc: loc) { return r }
        case .slice:
            var s = base.takeSlice() ?? []
            defer { base = .slice(s) }
            let sample = s.first
            func element(_ v: Value, _ i: Int) -> Value {
                if literal?[i] ?? false, let spec = staticType, case .slice(let e) = spec { return coerce(v, to: e, literal: true) }
                if literal?[i] ?? false, case .double? = sample, case .int(let n) = v { return .double(Double(n)) }
                return wrapLike(v, sample)
            }
            if let r = try mutateSlice(&s, sig, args, element: element, loc: loc) { return r }
        case .dictionary:
            var d = base.takeDictionary() ?? DictionaryValue()
            defer { base = .dictionary(d) }
            switch sig {
            case "removeValue(forKey:)": return d.remove(args[0]).map { .some($0) } ?? .none
            case "updateValue(_:forKey:)":
                let old = d.lookup(args[1])
                d.set(args[1], args[0])
                return old.map { .some($0) } ?? .none
            case "removeAll()": d = DictionaryValue(); return .void
            case "merge(_:uniquingKeysWith:)":
                let f = try fn(args, 1)
                guard case .dictionary(let other) = args[0] else { break }
                for (i, k) in other.keys.enumerated() {
                    if let old = d.lookup(k) { d.set(k, try callFunction(f, [old, other.values[i]], loc: loc)) } else { d.set(k, other.values[i]) }
                }
                return .void
            default: break
            }
        case .set:
            var d = base.takeSet() ?? DictionaryValue()
            defer { base = .set(d) }
            switch sig {
            case "insert(_:)":
                try rt.allocate(1, loc)
                let inserted = d.insertMember(args[0])
                return .tuple(TupleValue(elements: [.bool(inserted), args[0]], labels: ["inserted", "memberAfterInsert"]))
            case "remove(_:)": return d.remove(args[0]).map { .some($0) } ?? .none
            case "removeAll()": d = DictionaryValue(); return .void
            case "formUnion(_:)":
                for e in try elements(of: args[0], loc: loc) { _ = d.insertMember(e) }
                return .void
            case "subtract(_:)":
                for e in try elements(of: args[0], loc: loc) { d.remove(e) }
                return .void
            default: break
            }
        case .string:
            var s = base.takeString() ?? ""
            defer { base = .string(s) }
            switch (sig, args.first) {
            case ("append(_:)", .string(let t)?): try rt.allocate(t.count, loc, bytesPerElement: 1); s += t; return .void
            case ("append(_:)", .character(let c)?): s.append(c); return .void
            case ("append(contentsOf:)", .string(let t)?): s += t; return .void
            case ("removeLast()", _):
                guard !s.isEmpty else { throw UnlocatedError("can't remove last element from an empty collection") }
                return .character(s.removeLast())
            case ("removeFirst()", _):
                guard !s.isEmpty else { throw UnlocatedError("can't remove first element from an empty collection") }
                return .character(s.removeFirst())
            case ("removeAll()", _): s = ""; return .void
            case ("reverse()", _): s = String(s.reversed()); return .void
            case ("insert(_:at:)", .character(let c)?):
                let i = try intArg(args, 1)
                guard i >= 0, i <= s.count else { throw UnlocatedError("string index \(i) out of range") }
                s.insert(c, at: s.index(s.startIndex, offsetBy: i)); return .void
            default: break
            }
        case .bool(let b) where sig == "toggle()":
            base = .bool(!b); return .void
        default: break
        }
        return try builtinMethod(base, name, args, labels, loc: loc)
    }


    /// Moves an array out of `v` (leaving `.void`) so it can grow in place without a copy.
    @inline(__always)
    func takeArray(_ v: inout Value) -> [Value] {
        guard case .array(let a) = v else { return [] }
        v = .void
        return a
    }

    private func mutateArray(_ a: inout [Value], _ sig: String, _ args: [Value], literal: [Bool]?,
                             staticType: TypeSpec?, loc: SourceLoc) throws -> Value? {
        let sample = a.first
        func element(_ v: Value, _ i: Int) -> Value {
            guard literal?[i] ?? false else { return wrapLike(v, sample) }
            if let spec = staticType, case .array(let e) = spec { return coerce(v, to: e, literal: true) }
            if case .double? = sample, case .int(let n) = v { return .double(Double(n)) }
            return wrapLike(v, sample)
        }
        let count = a.count
        func index(_ i: Int, _ what: String) throws -> Int {
            guard i >= 0, i < count else { throw UnlocatedError("index \(i) out of range for array of \(count) element\(count == 1 ? "" : "s")") }
            return i
        }
        switch sig {
            case "append(_:)":
                try rt.allocate(1, loc)
                if a.count >= rt.limits.maxAllocation { try rt.allocate(a.count + 1, loc) }
                a.append(element(args[0], 0)); return .void
            case "append(contentsOf:)":
                let more = try elements(of: args[0], loc: loc)
                try rt.allocate(more.count, loc)
                try rt.allocate(a.count + more.count, loc)
                a.append(contentsOf: more); return .void
            case "insert(_:at:)":
                let i = try intArg(args, 1)
                guard i >= 0, i <= a.count else { throw UnlocatedError("index \(i) out of range for insertion into array of \(a.count) element\(a.count == 1 ? "" : "s")") }
                try rt.allocate(1, loc)
                a.insert(element(args[0], 0), at: i); return .void
            case "remove(at:)": return a.remove(at: try index(try intArg(args, 0), "remove"))
            case "removeLast()":
                guard !a.isEmpty else { throw UnlocatedError("can't remove last element from an empty collection") }
                return a.removeLast()
            case "removeFirst()":
                guard !a.isEmpty else { throw UnlocatedError("can't remove first element from an empty collection") }
                return a.removeFirst()
            case "removeLast(_:)", "removeFirst(_:)":
                let n = try intArg(args, 0)
                guard n >= 0, n <= a.count else { throw UnlocatedError("can't remove more items from a collection than it contains") }
                if sig == "removeLast(_:)" { a.removeLast(n) } else { a.removeFirst(n) }
                return .void
            case "popLast()": return a.popLast().map { .some($0) } ?? Value.none
            case "removeAll()", "removeAll(keepingCapacity:)": a.removeAll(); return .void
            case "removeAll(where:)":
                let f = try fn(args)
                a = try a.filter { try !truthy(callFunction(f, [$0], loc: loc), "removeAll(where:)") }
                return .void
            case "sort()": try a.sort { try less($0, $1, loc: loc) }; return .void
            case "sort(by:)":
                let f = try fn(args)
                try withBinaryCall(f, loc: loc) { call in try a.sort { try truthy(call($0, $1), "sort(by:)") } }
                return .void
            case "reverse()": a.reverse(); return .void
            case "swapAt(_:_:)":
                let i = try index(try intArg(args, 0), "swapAt"), j = try index(try intArg(args, 1), "swapAt")
                a.swapAt(i, j); return .void
            case "reserveCapacity(_:)": return .void
            case "shuffle()": throw UnlocatedError(forbiddenFunctions["random"] ?? "")
            default: return nil
        }
    }

    func wrapLike(_ v: Value, _ sample: Value?) -> Value {
        switch (sample, v) {
        case (.some(.some), .none), (.some(.some), .some), (.some(.none), .none), (.some(.none), .some): return v
        case (.some(.some), _), (.some(.none), _): return .some(v)
        default: return v
        }
    }

    private func stringMethod(_ s: String, _ sig: String, _ args: [Value], loc: SourceLoc) throws -> Value? {
        func str(_ i: Int) throws -> String {
            guard i < args.count else { throw UnlocatedError("missing argument") }
            switch args[i] {
            case .string(let t): return t
            case .character(let c): return String(c)
            default: throw UnlocatedError("expected a String argument, got '\(args[i].typeName)'")
            }
        }
        switch sig {
        case "uppercased()": return .string(s.uppercased())
        case "lowercased()": return .string(s.lowercased())
        case "capitalized()": return .string(s.capitalized)
        case "hasPrefix(_:)": return .bool(s.hasPrefix(try str(0)))
        case "hasSuffix(_:)": return .bool(s.hasSuffix(try str(0)))
        case "contains(_:)":
            if case .character(let c) = args[0] { return .bool(s.contains(c)) }
            return .bool(s.contains(try str(0)))
        case "split(separator:)":
            let sep = try str(0)
            if sep.count == 1, let c = sep.first { return .array(s.split(separator: c).map { .string(String($0)) }) }
            return .array(s.components(separatedBy: sep).filter { !$0.isEmpty }.map { .string($0) })
        case "split(separator:omittingEmptySubsequences:)":
            let sep = try str(0)
            guard case .bool(let omit) = args[1], let c = sep.first else { return nil }
            return .array(s.split(separator: c, omittingEmptySubsequences: omit).map { .string(String($0)) })
        case "components(separatedBy:)":
            return .array(s.components(separatedBy: try str(0)).map { .string($0) })
        case "replacingOccurrences(of:with:)":
            return .string(try rt.replacingOccurrences(in: s, of: try str(0), with: try str(1), loc))
        case "trimmingCharacters(in:)":
            return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case "padding(toLength:withPad:startingAt:)":
            guard case .int(let n) = args[0], case .int(let at) = args[2] else { return nil }
            let pad = try str(1)
            guard n >= 0, !pad.isEmpty, at >= 0, at < pad.count else {
                throw UnlocatedError("padding(toLength:withPad:startingAt:) needs a length >= 0, a non-empty pad and a start inside it")
            }
            try rt.allocate(n, loc)
            return .string(s.padding(toLength: n, withPad: pad, startingAt: at))
        case "reversed()": return .string(String(s.reversed()))
        case "sorted()": return .array(s.sorted().map { .character($0) })
        case "firstIndex(of:)":
            guard case .character(let c) = args[0] else { return nil }
            return s.firstIndex(of: c).map { .some(.int(s.distance(from: s.startIndex, to: $0))) } ?? Value.none
        default: return nil
        }
    }
}

extension Value {
    var isString: Bool { if case .string = self { return true }; return false }
    var isCharacter: Bool { if case .character = self { return true }; return false }
}
