/// `ArraySlice` values: what makes a slice differ from the array it came from, namely its
/// positions. A slice keeps the indices of its base (`xs[4..<8].startIndex` is 4), so subscripts,
/// `indices`, `firstIndex`, `index(after:)`, `insert(_:at:)`, … use those; every method that
/// involves no position works on the slice's elements (`elements(of:)`), like an array's.
extension Evaluator {
    /// The bounds `lo..<hi` checked against a collection whose valid indices are
    /// `start..<end` (an array's are `0..<count`).
    func checkedBounds(_ lo: Int, _ hi: Int, start: Int, end: Int, loc: SourceLoc) throws -> Range<Int> {
        guard lo >= start, hi <= end, lo <= hi else {
            let what = start == 0 ? "array of \(end) elements" : "slice with indices \(start)..<\(end)"
            throw LecternError("range \(lo)..<\(hi) out of bounds for \(what)", at: loc)
        }
        return lo..<hi
    }

    /// The positions `range` (a `Range` or `ClosedRange` value) covers in a collection with
    /// valid indices `start..<end`; nil for any other index value.
    func sliceBounds(_ range: Value, start: Int, end: Int, loc: SourceLoc) throws -> Range<Int>? {
        switch range {
        case .range(let lo, let hi): return try checkedBounds(lo, hi, start: start, end: end, loc: loc)
        case .closedRange(let lo, let hi):
            guard hi < Int.max else { throw LecternError("range \(lo)...\(hi) out of bounds", at: loc) }
            return try checkedBounds(lo, hi + 1, start: start, end: end, loc: loc)
        default: return nil
        }
    }

    /// The error for reading or writing position `i` of a slice outside its indices.
    func sliceIndexError(_ i: Int, _ s: ArraySlice<Value>, loc: SourceLoc) -> LecternError {
        LecternError("index \(i) out of range for slice with indices \(s.startIndex)..<\(s.endIndex)", at: loc)
    }

    /// `slice[i]` and `slice[a..<b]` for reading.
    func sliceSubscript(_ s: ArraySlice<Value>, _ index: Value, loc: SourceLoc) throws -> Value {
        if case .int(let i) = index {
            guard i >= s.startIndex, i < s.endIndex else { throw sliceIndexError(i, s, loc: loc) }
            return s[i]
        }
        if let r = try sliceBounds(index, start: s.startIndex, end: s.endIndex, loc: loc) { return .slice(s[r]) }
        throw LecternError("cannot subscript an ArraySlice with an index of type '\(index.typeName)'", at: loc)
    }

    /// Properties of a slice that differ from an array's (its positions); nil for the others.
    func sliceProperty(_ s: ArraySlice<Value>, _ name: String) -> Value? {
        switch name {
        case "count": return .int(s.count)
        case "isEmpty": return .bool(s.isEmpty)
        case "first": return s.first.map { .some($0) } ?? Value.none
        case "last": return s.last.map { .some($0) } ?? Value.none
        case "indices": return .range(s.startIndex, s.endIndex)
        case "startIndex": return .int(s.startIndex)
        case "endIndex": return .int(s.endIndex)
        default: return nil
        }
    }

    /// Methods of an array or slice whose result holds positions or is itself a slice
    /// (`firstIndex(of:)`, `dropFirst(_:)`, `split(separator:)`); nil leaves `sig` to the
    /// sequence methods, which see the elements only.
    func positionalMethod(_ s: ArraySlice<Value>, _ sig: String, _ args: [Value], loc: SourceLoc) throws -> Value? {
        func int(_ i: Int) throws -> Int {
            guard i < args.count, case .int(let n) = args[i] else { throw UnlocatedError("expected an Int argument") }
            return n
        }
        func predicate(_ what: String) throws -> (Value) throws -> Bool {
            guard case .function = args.first else { throw UnlocatedError("expected a closure argument") }
            let f = args[0]
            return { e in
                guard case .bool(let b) = try self.callFunction(f, [e], loc: loc) else {
                    throw UnlocatedError("\(what) closure must return Bool")
                }
                return b
            }
        }
        func index(_ n: Int, _ what: String) throws -> Int {
            guard n >= s.startIndex, n <= s.endIndex else { throw UnlocatedError("\(what): index \(n) out of range for indices \(s.startIndex)..<\(s.endIndex)") }
            return n
        }
        switch sig {
        case "firstIndex(of:)": return s.firstIndex { valuesEqual($0, args[0]) }.map { .some(.int($0)) } ?? Value.none
        case "lastIndex(of:)": return s.lastIndex { valuesEqual($0, args[0]) }.map { .some(.int($0)) } ?? Value.none
        case "firstIndex(where:)":
            let p = try predicate("firstIndex(where:)")
            for i in s.indices where try p(s[i]) { return .some(.int(i)) }
            return Value.none
        case "lastIndex(where:)":
            let p = try predicate("lastIndex(where:)")
            for i in s.indices.reversed() where try p(s[i]) { return .some(.int(i)) }
            return Value.none
        case "index(after:)":
            let i = try int(0)
            guard i < s.endIndex else { throw UnlocatedError("can't advance past endIndex") }
            return .int(i + 1)
        case "index(before:)":
            let i = try int(0)
            guard i > s.startIndex else { throw UnlocatedError("can't advance before startIndex") }
            return .int(i - 1)
        case "index(_:offsetBy:)": return .int(try int(0) + int(1))
        case "distance(from:to:)": return .int(try int(1) - int(0))
        case "prefix(_:)":
            let n = try int(0)
            if n < 0 { throw UnlocatedError("can't take a prefix of negative length") }
            return .slice(s.prefix(n))
        case "suffix(_:)":
            let n = try int(0)
            if n < 0 { throw UnlocatedError("can't take a suffix of negative length") }
            return .slice(s.suffix(n))
        case "dropFirst()": return .slice(s.dropFirst())
        case "dropLast()": return .slice(s.dropLast())
        case "dropFirst(_:)":
            let n = try int(0)
            if n < 0 { throw UnlocatedError("can't drop a negative number of elements from a collection") }
            return .slice(s.dropFirst(n))
        case "dropLast(_:)":
            let n = try int(0)
            if n < 0 { throw UnlocatedError("can't drop a negative number of elements from a collection") }
            return .slice(s.dropLast(n))
        case "prefix(upTo:)": return .slice(s.prefix(upTo: try index(int(0), "prefix(upTo:)")))
        case "prefix(through:)":
            let i = try int(0)
            guard i >= s.startIndex, i < s.endIndex else { throw UnlocatedError("prefix(through:): index \(i) out of range") }
            return .slice(s.prefix(through: i))
        case "suffix(from:)": return .slice(s.suffix(from: try index(int(0), "suffix(from:)")))
        case "prefix(while:)":
            let p = try predicate("prefix(while:)")
            var end = s.startIndex
            while end < s.endIndex, try p(s[end]) { end += 1 }
            return .slice(s[s.startIndex..<end])
        case "drop(while:)":
            let p = try predicate("drop(while:)")
            var start = s.startIndex
            while start < s.endIndex, try p(s[start]) { start += 1 }
            return .slice(s[start..<s.endIndex])
        case "split(separator:)":
            return .array(s.split { valuesEqual($0, args[0]) }.map { .slice($0) })
        case "split(separator:maxSplits:omittingEmptySubsequences:)", "split(separator:omittingEmptySubsequences:)",
             "split(separator:maxSplits:)":
            var maxSplits = Int.max, omitting = true
            if sig.contains("maxSplits") { maxSplits = try int(1) }
            if sig.contains("omitting"), case .bool(let b) = args[args.count - 1] { omitting = b }
            if maxSplits < 0 { throw UnlocatedError("must take zero or more splits") }
            return .array(s.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { valuesEqual($0, args[0]) }.map { .slice($0) })
        default: return nil
        }
    }

    /// Mutating methods of a `var` slice, with Swift's index rules (`insert(_:at:)` and
    /// `remove(at:)` take the base's positions); nil for the others.
    func mutateSlice(_ s: inout ArraySlice<Value>, _ sig: String, _ args: [Value], element: (Value, Int) -> Value,
                     loc: SourceLoc) throws -> Value? {
        func int(_ i: Int) throws -> Int {
            guard i < args.count, case .int(let n) = args[i] else { throw UnlocatedError("expected an Int argument") }
            return n
        }
        func position(_ i: Int) throws -> Int {
            guard i >= s.startIndex, i < s.endIndex else { throw UnlocatedError("index \(i) out of range for slice with indices \(s.startIndex)..<\(s.endIndex)") }
            return i
        }
        switch sig {
        case "append(_:)":
            try rt.allocate(s.count + 1, loc)
            s.append(element(args[0], 0)); return .void
        case "append(contentsOf:)":
            let more = try elements(of: args[0], loc: loc)
            try rt.allocate(s.count + more.count, loc)
            s.append(contentsOf: more); return .void
        case "insert(_:at:)":
            let i = try int(1)
            guard i >= s.startIndex, i <= s.endIndex else { throw UnlocatedError("index \(i) out of range for insertion into slice with indices \(s.startIndex)..<\(s.endIndex)") }
            try rt.allocate(s.count + 1, loc)
            s.insert(element(args[0], 0), at: i); return .void
        case "remove(at:)": return s.remove(at: try position(int(0)))
        case "removeFirst()":
            guard !s.isEmpty else { throw UnlocatedError("can't remove first element from an empty collection") }
            return s.removeFirst()
        case "removeLast()":
            guard !s.isEmpty else { throw UnlocatedError("can't remove last element from an empty collection") }
            return s.removeLast()
        case "removeFirst(_:)", "removeLast(_:)":
            let n = try int(0)
            guard n >= 0, n <= s.count else { throw UnlocatedError("can't remove more items from a collection than it contains") }
            if sig == "removeFirst(_:)" { s.removeFirst(n) } else { s.removeLast(n) }
            return .void
        case "popLast()": return s.popLast().map { .some($0) } ?? Value.none
        case "popFirst()": return s.popFirst().map { .some($0) } ?? Value.none
        case "removeAll()", "removeAll(keepingCapacity:)": s.removeAll(); return .void
        case "removeAll(where:)":
            guard case .function = args.first else { throw UnlocatedError("expected a closure argument") }
            try s.removeAll { e in
                if case .bool(let b) = try callFunction(args[0], [e], loc: loc) { return b }
                throw UnlocatedError("removeAll(where:) closure must return Bool")
            }
            return .void
        case "sort()":
            try s.sort { try less($0, $1, loc: loc) }; return .void
        case "sort(by:)":
            guard case .function = args.first else { throw UnlocatedError("expected a closure argument") }
            try s.sort { a, b in
                if case .bool(let r) = try callFunction(args[0], [a, b], loc: loc) { return r }
                throw UnlocatedError("sort(by:) closure must return Bool")
            }
            return .void
        case "reverse()": s.reverse(); return .void
        case "swapAt(_:_:)":
            let i = try position(int(0)), j = try position(int(1))
            s.swapAt(i, j); return .void
        case "reserveCapacity(_:)": return .void
        default: return nil
        }
    }

    /// `xs[1..<3] = …`, `xs[2...] += …`: the positions are replaced by the new elements (their
    /// number may differ), as Array's and ArraySlice's range subscript setters do. False when
    /// `v` is no array or slice, or `index` no range.
    func modifyRangeSubscript(_ v: inout Value, _ index: Value, loc: SourceLoc, _ body: (inout Value) throws -> Void) throws -> Bool {
        // The bounds are read in a statement of their own, so no binding keeps the storage shared.
        let bounds: (Int, Int)
        switch v {
        case .array(let a): bounds = (0, a.count)
        case .slice(let a): bounds = (a.startIndex, a.endIndex)
        default: return false
        }
        guard let r = try sliceBounds(index, start: bounds.0, end: bounds.1, loc: loc) else { return false }
        if var a = v.takeArray() {
            defer { v = .array(a) }
            var current = Value.slice(a[r])
            try body(&current)
            let new = try elements(of: current, loc: loc)
            try rt.allocate(a.count - r.count + new.count, loc)
            a.replaceSubrange(r, with: new)
        } else if var a = v.takeSlice() {
            defer { v = .slice(a) }
            var current = Value.slice(a[r])
            try body(&current)
            let new = try elements(of: current, loc: loc)
            try rt.allocate(a.count - r.count + new.count, loc)
            a.replaceSubrange(r, with: new)
        }
        return true
    }
}
