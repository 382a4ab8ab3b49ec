import LessonFormat

/// How a cell's actual output compared with its `output` block.
public struct DoctestResult: Sendable, Equatable, Codable {
    public var passed: Bool
    public var expected: String
    public var actual: String
    /// Where the first difference is, with a message showing both lines (for a failed test).
    public var diagnostic: Diagnostic

    /// Compares `actual` with the expected output: text must match exactly (trailing spaces
    /// and trailing blank lines aside), numbers within the relative tolerance, so a lesson stays
    /// valid across last-digit differences in floating point.
    public static func compare(actual: String, expected: ExpectedOutput, file: String) -> DoctestResult {
        let actualLines = normalizedLines(actual)
        let expectedLines = normalizedLines(expected.text)
        let count = max(actualLines.count, expectedLines.count)
        for index in 0..<count {
            let want = index < expectedLines.count ? expectedLines[index] : nil
            let got = index < actualLines.count ? actualLines[index] : nil
            if let want, let got, linesMatch(got, want, tolerance: expected.tolerance) { continue }
            let location = SourceLocation(file: file, line: expected.fenceLine + 1 + min(index, expectedLines.count), column: 1)
            var message = "output differs from the expected output on line \(index + 1)"
            if expected.tolerance != ExpectedOutput.defaultTolerance || lineHasNumber(want ?? got ?? "") {
                message += " (numbers compared with relative tolerance \(expected.tolerance))"
            }
            message += "\n  expected: " + (want.map { "\"\($0)\"" } ?? "(nothing)")
            message += "\n  actual:   " + (got.map { "\"\($0)\"" } ?? "(nothing)")
            return DoctestResult(passed: false, expected: expected.text, actual: actual,
                                 diagnostic: Diagnostic(at: location, message))
        }
        return DoctestResult(passed: true, expected: expected.text, actual: actual,
                             diagnostic: Diagnostic(.note, at: SourceLocation(file: file, line: expected.fenceLine, column: 1), "output matches"))
    }

    public static func normalizedLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = Substring(line)
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            return String(line)
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    static func linesMatch(_ actual: String, _ expected: String, tolerance: Double) -> Bool {
        if actual == expected { return true }
        let a = NumberTokens.tokenize(actual)
        let b = NumberTokens.tokenize(expected)
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.text(let s), .text(let t)):
                if s != t { return false }
            case (.number(let p, let ptext), .number(let q, let qtext)):
                if ptext == qtext || p == q { continue }
                if p.isNaN || q.isNaN || p.isInfinite || q.isInfinite { return false }
                if abs(p - q) > tolerance * max(abs(p), abs(q)) { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Whether two outputs are the same text with every number left out: how `run --compile`
    /// compares a `varies` cell, whose times differ between any two runs but whose words,
    /// lines and number of numbers do not.
    public static func sameIgnoringNumbers(_ a: String, _ b: String) -> Bool {
        let left = normalizedLines(a), right = normalizedLines(b)
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy { x, y in
            let p = NumberTokens.tokenize(x), q = NumberTokens.tokenize(y)
            return p.count == q.count && zip(p, q).allSatisfy { s, t in
                switch (s, t) {
                case (.text(let u), .text(let v)): return u == v
                case (.number, .number): return true
                default: return false
                }
            }
        }
    }

    static func lineHasNumber(_ line: String) -> Bool {
        NumberTokens.tokenize(line).contains { if case .number = $0 { return true } else { return false } }
    }
}

/// Splits a line into numbers and the text between them.
enum NumberTokens {
    enum Token: Equatable {
        case text(String)
        case number(Double, String)
    }

    /// A number starts at a digit (or `-`/`.` before one) that does not continue a word, so
    /// `W1` and `x_2` stay text while `-0.25`, `1e-05` and `3.0` are numbers.
    static func tokenize(_ line: String) -> [Token] {
        let scalars = Array(line.unicodeScalars)
        var tokens: [Token] = []
        var text = String.UnicodeScalarView()
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isWordScalar(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || isDigit(i) || scalars[i] == "_")
        }
        while index < scalars.count {
            let startsNumber: Bool
            if isWordScalar(index - 1) {
                startsNumber = false
            } else if isDigit(index) {
                startsNumber = true
            } else if scalars[index] == "-" || scalars[index] == "." {
                startsNumber = isDigit(index + 1) || (scalars[index] == "-" && index + 2 < scalars.count && scalars[index + 1] == "." && isDigit(index + 2))
            } else {
                startsNumber = false
            }
            guard startsNumber else {
                text.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            if scalars[end] == "-" { end += 1 }
            while isDigit(end) { end += 1 }
            if end < scalars.count, scalars[end] == ".", isDigit(end + 1) {
                end += 1
                while isDigit(end) { end += 1 }
            }
            if end < scalars.count, scalars[end] == "e" || scalars[end] == "E" {
                var exponent = end + 1
                if exponent < scalars.count, scalars[exponent] == "-" || scalars[exponent] == "+" { exponent += 1 }
                if isDigit(exponent) {
                    end = exponent
                    while isDigit(end) { end += 1 }
                }
            }
            if isWordScalar(end) && !isDigit(end) {
                // `3x` or `2nd`: part of a word after all.
                text.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            let literal = String(String.UnicodeScalarView(scalars[index..<end]))
            if !text.isEmpty { tokens.append(.text(String(text))); text = String.UnicodeScalarView() }
            tokens.append(.number(Double(literal) ?? .nan, literal))
            index = end
        }
        if !text.isEmpty { tokens.append(.text(String(text))) }
        return tokens
    }
}
