import Foundation

extension Evaluator {
    /// `Int(x)`, `Double(x)`, `String(x)`, `Array(…)`, … — Swift's conversion initialisers.
    func convert(_ spec: TypeSpec, _ args: [Value], _ labels: [String?], loc: SourceLoc) throws -> Value {
        func fail() -> LecternError {
            let have = zip(labels, args).map { ($0.map { $0 + ": " } ?? "") + $1.typeName }.joined(separator: ", ")
            return LecternError("no exact matches in call to initializer of '\(spec)' with (\(have))", at: loc)
        }
        if args.isEmpty {
            switch spec {
            case .int: return .int(0)
            case .double: return .double(0)
            case .float: return .float(0)
            case .bool: return .bool(false)
            case .string: return .string("")
            case .array: return .array([])
            case .slice: return .slice([])
            case .dictionary: return .dictionary(DictionaryValue())
            case .set: return .set(DictionaryValue())
            default: throw fail()
            }
        }
        let a = args[0]
        switch spec {
        case .int:
            guard labels.count == 1 || labels == [nil, "radix"] else { break }
            switch a {
            case .int: return a
            case .double(let d):
                guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
                    throw LecternError("\(d.description) cannot be converted to Int because it is \(d.isNaN ? "NaN" : d.isInfinite ? "infinite" : "outside the representable range")", at: loc)
                }
                return .int(Int(d))
            case .float(let f):
                guard f.isFinite, Double(f) > -9.223372036854775808e18, Double(f) < 9.223372036854775808e18 else {
                    throw LecternError("\(f.description) cannot be converted to Int", at: loc)
                }
                return .int(Int(f))
            case .string(let s):
                if labels.count == 2, labels[1] == "radix", case .int(let r) = args[1], (2...36).contains(r) {
                    return Int(s, radix: r).map { .some(.int($0)) } ?? .none
                }
                return Int(s).map { .some(.int($0)) } ?? .none
            case .character(let c): return Int(String(c)).map { .some(.int($0)) } ?? .none
            case .bool where labels[0] == nil: break
            default: break
            }
        case .double:
            switch a {
            case .int(let n): return .double(Double(n))
            case .double: return a
            case .float(let f): return .double(Double(f))
            case .string(let s): return Double(s).map { .some(.double($0)) } ?? .none
            default: break
            }
        case .float:
            switch a {
            case .int(let n): return .float(Float(n))
            case .double(let d): return .float(Float(d))
            case .float: return a
            case .string(let s): return Float(s).map { .some(.float($0)) } ?? .none
            default: break
            }
        case .bool:
            if case .bool = a { return a }
            if case .string(let s) = a { return Bool(s).map { .some(.bool($0)) } ?? .none }
        case .string:
            if labels == ["repeating", "count"], args.count == 2, case .int(let n) = args[1] {
                let unit: String
                switch a { case .string(let s): unit = s; case .character(let c): unit = String(c); default: throw fail() }
                if n < 0 { throw LecternError("negative count \(n) in String(repeating:count:)", at: loc) }
                let (total, overflow) = n.multipliedReportingOverflow(by: max(1, unit.count))
                try rt.allocate(overflow ? Int.max : total, loc, bytesPerElement: 1)
                return .string(String(repeating: unit, count: n))
            }
            if labels.first == "format", labels.dropFirst().allSatisfy({ $0 == nil }) { return .string(try formatString(args, loc: loc)) }
            if labels == ["describing"] || labels == [nil] {
                if case .array(let chars) = a, chars.allSatisfy({ if case .character = $0 { return true }; return false }) {
                    return .string(String(chars.compactMap { if case .character(let c) = $0 { return c }; return nil }))
                }
                return .string(try describe(a, at: loc))
            }
            if labels == [nil, "radix"], case .int(let n) = a, case .int(let r) = args[1], (2...36).contains(r) {
                return .string(String(n, radix: r))
            }
        case .character:
            if case .string(let s) = a, s.count == 1, let c = s.first { return .character(c) }
            if case .character = a { return a }
            if case .string(let s) = a { throw LecternError("cannot make a Character from \(quote(s)): it has \(s.count) characters", at: loc) }
        case .array:
            if labels == ["repeating", "count"], args.count == 2 {
                guard case .int(let n) = args[1] else { throw fail() }
                if n < 0 { throw LecternError("can't construct Array with count < 0 (\(n))", at: loc) }
                try rt.allocate(n, loc)
                return .array([Value](repeating: coerce(a, to: elementSpec(spec), literal: true), count: n))
            }
            if labels == [nil] { return .array(try elements(of: a, loc: loc)) }
        case .slice:
            // `ArraySlice(xs)`, `ArraySlice(repeating:count:)`: a slice of a new array, from 0.
            if labels == [nil] { return .slice(ArraySlice(try elements(of: a, loc: loc))) }
            if labels == ["repeating", "count"], args.count == 2, case .array(let made) = try convert(.array(elementSpec(spec) ?? .any), args, labels, loc: loc) {
                return .slice(ArraySlice(made))
            }
        case .set:
            if labels == [nil] {
                var d = DictionaryValue()
                var work = 0
                for e in try elements(of: a, loc: loc) { try rt.checkpoint(&work, loc); _ = d.insertMember(e) }
                return .set(d)
            }
        case .dictionary:
            if labels == ["grouping", "by"], args.count == 2 {
                var d = DictionaryValue()
                for e in try elements(of: a, loc: loc) {
                    let key = try callFunction(args[1], [e], loc: loc)
                    if case .array(var group)? = d.lookup(key) {
                        d.set(key, .void)
                        group.append(e)
                        d.set(key, .array(group))
                    } else {
                        d.set(key, .array([e]))
                    }
                }
                return .dictionary(d)
            }
            if labels == ["uniqueKeysWithValues"] {
                var d = DictionaryValue()
                var work = 0
                for e in try elements(of: a, loc: loc) {
                    try rt.checkpoint(&work, loc)
                    guard case .tuple(let t) = e, t.elements.count == 2 else { throw fail() }
                    if d.contains(t.elements[0]) { throw LecternError("duplicate key \(try describer.debugDescription(t.elements[0])) in Dictionary(uniqueKeysWithValues:)", at: loc) }
                    d.set(t.elements[0], t.elements[1])
                }
                return .dictionary(d)
            }
        case .optional(let w):
            if w == .any, labels == [nil] { return .some(a) }
            return .some(try convert(w, args, labels, loc: loc))
        default: break
        }
        throw fail()
    }

    func elementSpec(_ spec: TypeSpec) -> TypeSpec? {
        if case .array(let e) = spec { return e }
        if case .slice(let e) = spec { return e }
        return nil
    }

    /// `String(format:)` for the common C formats (`%d`, `%.3f`, `%5.2f`, `%e`, `%@`, `%%`),
    /// printing what compiled Swift prints on Linux: `%d`, `%i`, `%x` and `%c` read 32 bits of an
    /// `Int` unless written `%ld` (`String(format: "%d", Int.max)` is `-1`); a Swift `String`
    /// prints through `%@`, width and precision ignored. `%s` is refused: it reads its argument as
    /// a C string pointer, so compiled Swift prints whatever memory a Swift `String` happens to
    /// point at (an empty string on one run, stray characters on the next) or crashes.
    func formatString(_ args: [Value], loc: SourceLoc) throws -> String {
        guard case .string(let format) = args[0] else {
            throw LecternError("String(format:) needs a format string", at: loc)
        }
        var rest = Array(args.dropFirst())
        var out = ""
        let chars = Array(format)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.append(c); i += 1; continue }
            var spec = "%"
            var long = false
            var number = 0
            i += 1
            // Only flags, a width and a precision: no positional arguments or `%n`.
            while i < chars.count, "0123456789.-+ #l".contains(chars[i]) {
                if let digit = chars[i].wholeNumberValue {
                    number = number * 10 + digit
                    // Checked digit by digit: a width of 10²⁰ would overflow before any comparison.
                    if number > 1000 { throw LecternError("String(format:) width or precision too large", at: loc) }
                } else {
                    number = 0
                }
                if chars[i] == "l" { long = true } else { spec.append(chars[i]) }
                i += 1
            }
            guard i < chars.count, "dfeEgGsxX@%ci".contains(chars[i]) else {
                throw LecternError("String(format:) supports %d %i %f %e %g %x %c %@ and %%", at: loc)
            }
            let conv = chars[i]
            i += 1
            if conv == "%" { out += "%"; continue }
            if conv == "s" {
                throw LecternError("String(format:) '%s' reads a C string pointer, which a Swift value is not (compiled Swift prints stray memory or crashes); use '%@' for a String", at: loc)
            }
            guard !rest.isEmpty else { throw LecternError("String(format:) has more conversions than arguments", at: loc) }
            let arg = rest.removeFirst()
            switch conv {
            case "d", "i", "x", "X", "c":
                let n: Int
                switch arg { case .int(let x): n = x; case .double(let d): n = Int(exactly: d.rounded(.towardZero)) ?? 0; default: n = 0 }
                if conv == "c" && !long {
                    // One byte, as C's `unsigned char`; a zero byte prints nothing.
                    let byte = UInt8(truncatingIfNeeded: n)
                    if byte != 0 { out += String(format: spec + "c", Int32(byte)) }
                } else if long {
                    out += String(format: spec + "l" + String(conv), n)
                } else if conv == "x" || conv == "X" {
                    out += String(format: spec + String(conv), UInt32(truncatingIfNeeded: n))
                } else {
                    out += String(format: spec + String(conv), Int32(truncatingIfNeeded: n))
                }
            case "f", "e", "E", "g", "G":
                let d: Double
                switch arg { case .double(let x): d = x; case .float(let x): d = Double(x); case .int(let x): d = Double(x); default: d = 0 }
                out += String(format: spec + String(conv), d)
            default:
                switch arg {
                case .string(let text): out += text
                case .character(let character): out.append(character)
                default: out += String(format: spec + "@", try describe(arg, at: loc) as NSString)
                }
            }
            try rt.checkString(out.utf8.count, loc)
        }
        return out
    }

    /// The elements of any sequence value, as an array (ranges, strings, sets, dictionaries…).
    func elements(of v: Value, loc: SourceLoc) throws -> [Value] {
        switch v {
        case .array(let a): return a
        // The one conversion that lets every position-free sequence method work on a slice.
        case .slice(let a): return Array(a)
        case .range(let lo, let hi):
            try rt.allocate(rangeCount(lo, hi, closed: false), loc)
            return (lo..<hi).map { .int($0) }
        case .closedRange(let lo, let hi):
            try rt.allocate(rangeCount(lo, hi, closed: true), loc)
            return (lo...hi).map { .int($0) }
        case .string(let s):
            try rt.allocate(s.count, loc)
            return s.map { .character($0) }
        case .set(let d): return d.keys
        case .dictionary(let d):
            return zip(d.keys, d.values).map { .tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"])) }
        case .some(let w): return try elements(of: w, loc: loc)
        default:
            throw LecternError("value of type '\(v.typeName)' is not a sequence", at: loc)
        }
    }
}

/// The number of elements of `lo..<hi` / `lo...hi`, saturating instead of overflowing.
func rangeCount(_ lo: Int, _ hi: Int, closed: Bool) -> Int {
    let (d, o) = hi.subtractingReportingOverflow(lo)
    if o { return Int.max }
    if closed { return d == Int.max ? Int.max : d + 1 }
    return d
}
