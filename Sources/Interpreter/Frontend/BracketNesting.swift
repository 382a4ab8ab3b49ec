/// Checks how deeply a cell's brackets nest before swift-syntax parses it.
///
/// Two limits, both found by one pass over the text (skipping comments and string literals but
/// not the code of their interpolations) so that hostile code is refused in microseconds:
///
/// - `maximumDepth` brackets of any kind, the parser's own nesting limit (past it the parser
///   only reports the rest of the code as unexpected);
/// - `maximumSquareDepth` square brackets. swift-syntax 603 decides whether each `[` starts an
///   `InlineArray` type by looking ahead, and that lookahead tries two readings of every nested
///   `[` — time doubles with each level (22 levels take 1.4 s, 40 never finish). Real code nests
///   arrays three or four deep.
enum BracketNesting {
    static let maximumDepth = 256
    static let maximumSquareDepth = 8

    /// A bracket past one of the limits.
    struct Violation: Equatable {
        /// UTF-8 offset of the bracket in the source.
        var offset: Int
        var message: String
    }

    static func firstViolation(in source: String) -> Violation? {
        var scanner = Scanner(bytes: Array(source.utf8))
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// Open brackets, innermost last.
        var brackets: [UInt8] = []
        var squareDepth = 0
        /// For each string interpolation being scanned: the bracket depth its `\(` opened, and
        /// the string to return to when its `)` closes.
        var interpolations: [(depth: Int, string: StringKind)] = []

        struct StringKind {
            var multiline: Bool
            var hashes: Int
        }

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Violation? {
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "/") where next(is: "/"):
                    skipLine()
                case UInt8(ascii: "/") where next(is: "*"):
                    skipBlockComment()
                case UInt8(ascii: "\""), UInt8(ascii: "#"):
                    if let kind = stringStart() {
                        if let violation = scanString(kind) { return violation }
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    if let violation = open(byte) { return violation }
                    index += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    close()
                    index += 1
                    if byte == UInt8(ascii: ")"), let innermost = interpolations.last, brackets.count < innermost.depth {
                        interpolations.removeLast()
                        if let violation = scanString(innermost.string) { return violation }
                    }
                default:
                    index += 1
                }
            }
            return nil
        }

        private mutating func open(_ bracket: UInt8) -> Violation? {
            brackets.append(bracket)
            if bracket == UInt8(ascii: "[") { squareDepth += 1 }
            if brackets.count >= BracketNesting.maximumDepth {
                return Violation(offset: index, message: "code is nested too deeply (more than \(BracketNesting.maximumDepth) levels of brackets)")
            }
            if squareDepth > BracketNesting.maximumSquareDepth {
                return Violation(offset: index, message: "square brackets are nested too deeply (more than \(BracketNesting.maximumSquareDepth) levels of '[')")
            }
            return nil
        }

        private mutating func close() {
            if brackets.popLast() == UInt8(ascii: "[") { squareDepth -= 1 }
        }

        // MARK: Strings

        /// At `"` or `#`: the string literal that starts here (with its raw-string `#`s),
        /// moving past its opening delimiter; nil (not moving) when none does.
        private mutating func stringStart() -> StringKind? {
            var cursor = index
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { return nil }
            let hashes = cursor - index
            let multiline = bytes[cursor...].starts(with: [0x22, 0x22, 0x22])
            index = cursor + (multiline ? 3 : 1)
            return StringKind(multiline: multiline, hashes: hashes)
        }

        /// Scans a string's contents up to its closing delimiter, or into an interpolation
        /// (whose code the main loop then scans); a single-line string also ends at a line break.
        private mutating func scanString(_ kind: StringKind) -> Violation? {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\"), hashesFollow(kind.hashes, from: index + 1) {
                    let after = index + 1 + kind.hashes
                    if after < bytes.count, bytes[after] == UInt8(ascii: "(") {
                        index = after
                        interpolations.append((brackets.count + 1, kind))
                        let violation = open(UInt8(ascii: "("))
                        index += 1
                        return violation
                    }
                    index = after + 1  // an escape: the escaped character cannot end the string
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    let quotes = kind.multiline ? 3 : 1
                    if bytes[index...].prefix(quotes).allSatisfy({ $0 == UInt8(ascii: "\"") }),
                       bytes[index...].count >= quotes, hashesFollow(kind.hashes, from: index + quotes) {
                        index += quotes + kind.hashes
                        return nil
                    }
                }
                if !kind.multiline, byte == 0x0A || byte == 0x0D { return nil }
                index += 1
            }
            return nil
        }

        private func hashesFollow(_ count: Int, from start: Int) -> Bool {
            guard start + count <= bytes.count else { return false }
            return bytes[start..<start + count].allSatisfy { $0 == UInt8(ascii: "#") }
        }

        // MARK: Comments

        private func next(is character: Unicode.Scalar) -> Bool {
            index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: character)
        }

        private mutating func skipLine() {
            while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        }

        private mutating func skipBlockComment() {
            var depth = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "/"), next(is: "*") {
                    depth += 1
                    index += 2
                } else if bytes[index] == UInt8(ascii: "*"), next(is: "/") {
                    depth -= 1
                    index += 2
                    if depth == 0 { return }
                } else {
                    index += 1
                }
            }
        }
    }
}
