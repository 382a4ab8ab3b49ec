/// Lifts `$…$` and `$$…$$` maths out of Markdown before cmark sees it.
///
/// CommonMark knows nothing of TeX: it would read `*` as emphasis and `\{` or `\\` as escapes and
/// mangle the formula. So, like pandoc, lectern finds the maths first (outside code spans and
/// fenced code) and replaces each span with a placeholder cmark leaves alone. The placeholder
/// keeps the span's line breaks (each continuation line starts with a lone filler character) so
/// that every line number cmark reports still points into the original file.
///
/// The scan works on UTF-8 bytes (every delimiter is ASCII) and takes time linear in the text:
/// a search for a closing delimiter that fails remembers where it gave up, so a paragraph full
/// of lone dollar signs or backticks is not searched again from each of them.
struct MathSpans {
    struct Span: Equatable {
        var latex: String
        var display: Bool
        /// The exact original text, delimiters included, to put back where maths was not meant
        /// (inside code).
        var original: String
    }

    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    /// Stands for a continuation line of a multi-line span.
    static let filler: Unicode.Scalar = "\u{E002}"

    private(set) var spans: [Span] = []
    /// The source with maths replaced by placeholders.
    private(set) var text = ""

    init(extractingFrom source: String) {
        var scanner = Scanner(Array(source.utf8))
        scanner.run()
        spans = scanner.spans
        text = String(decoding: scanner.output, as: UTF8.self)
    }

    /// Puts the original text back for every placeholder in `literal` (used for code, where a
    /// `$` is just a dollar sign), with `\n` line breaks as cmark gives the rest of a literal.
    func restore(_ literal: String) -> String {
        guard literal.unicodeScalars.contains(Self.open) else { return literal }
        var result: [Unicode.Scalar] = []
        let scalars = Array(literal.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == Self.open, let (number, end) = placeholder(in: scalars, at: index) {
                result.append(contentsOf: LineBreaks.normalized(spans[number].original).unicodeScalars)
                index = end
                // Skip the filler lines that stood for the span's own line breaks.
                while index + 1 < scalars.count, scalars[index] == "\n", scalars[index + 1] == Self.filler {
                    index += 2
                }
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(String.UnicodeScalarView(result))
    }

    /// Splits text containing placeholders into text and maths inlines.
    func inlines(from text: String) -> [MarkdownInline] {
        guard text.unicodeScalars.contains(Self.open) || text.unicodeScalars.contains(Self.filler) else {
            return [.text(text)]
        }
        var result: [MarkdownInline] = []
        var pending: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !pending.isEmpty { result.append(.text(String(String.UnicodeScalarView(pending)))) }
            pending = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == Self.open, let (number, end) = placeholder(in: scalars, at: index) {
                flush()
                result.append(.math(spans[number].latex, display: spans[number].display))
                index = end
            } else {
                if scalar != Self.filler { pending.append(scalar) }
                index += 1
            }
        }
        flush()
        return result
    }

    private func placeholder(in scalars: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        var number = 0
        var cursor = index + 1
        while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]), number < spans.count {
            number = number * 10 + Int(scalars[cursor].value - 48)
            cursor += 1
        }
        guard cursor > index + 1, cursor < scalars.count, scalars[cursor] == Self.close,
              number < spans.count else { return nil }
        return (number, cursor + 1)
    }
}

// MARK: Scanning

extension MathSpans {
    /// One left-to-right pass over the source bytes, copying them to `output` with maths
    /// replaced.
    private struct Scanner {
        let bytes: [UInt8]
        var output: [UInt8] = []
        var spans: [Span] = []
        private var index = 0
        private var atLineStart = true
        private var fence: (character: UInt8, length: Int)?
        /// A failed search for a closing `$` (or `$$`) gave up at this index, the end of its
        /// paragraph: no opening before it can close either.
        private var inlineSearchFailedUntil = -1
        private var displaySearchFailedUntil = -1
        /// The same for closing backtick runs, by run length.
        private var backtickSearchFailedUntil: [Int: Int] = [:]

        private static let dollar = UInt8(ascii: "$"), backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`")
        private static let tilde = UInt8(ascii: "~"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        private static let lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            output.reserveCapacity(bytes.count)
        }

        mutating func run() {
            while index < bytes.count {
                if atLineStart, copyFenceLine() { continue }
                atLineStart = false
                let byte = bytes[index]
                switch byte {
                case Self.lineFeed, Self.carriageReturn:
                    output.append(byte)
                    atLineStart = true
                    index += 1
                case Self.backslash where index + 1 < bytes.count:
                    output.append(byte)
                    output.append(bytes[index + 1])
                    if Self.isLineBreak(bytes[index + 1]) { atLineStart = true }
                    index += 2
                case Self.backtick:
                    copyCodeSpan()
                case Self.dollar:
                    if !replaceMath() {
                        output.append(byte)
                        index += 1
                    }
                default:
                    output.append(byte)
                    index += 1
                }
            }
        }

        // MARK: Fenced code

        /// At the start of a line: copies it verbatim when it opens, continues or closes
        /// fenced code, and says whether it did.
        private mutating func copyFenceLine() -> Bool {
            var lineEnd = index
            while lineEnd < bytes.count, !Self.isLineBreak(bytes[lineEnd]) { lineEnd += 1 }
            let run = Self.fenceRun(bytes[index..<lineEnd])
            if let open = fence {
                if let run, run.character == open.character, run.length >= open.length,
                   run.rest.allSatisfy({ $0 == Self.space || $0 == Self.tab }) {
                    fence = nil
                }
            } else if let run, run.character == Self.tilde || !run.rest.contains(Self.backtick) {
                fence = (run.character, run.length)
            } else {
                return false
            }
            output.append(contentsOf: bytes[index..<lineEnd])
            index = lineEnd
            copyLineBreak()
            return true
        }

        private mutating func copyLineBreak() {
            guard index < bytes.count else { return }
            let breakEnd = Self.lineBreakEnd(bytes, at: index)
            output.append(contentsOf: bytes[index..<breakEnd])
            index = breakEnd
        }

        /// The fence run of a line (container markers and indentation skipped): good enough to
        /// keep code untouched; cmark decides what is really code.
        private static func fenceRun(_ line: ArraySlice<UInt8>) -> (character: UInt8, length: Int, rest: ArraySlice<UInt8>)? {
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                if byte == space || byte == tab || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
                    index += 1
                } else if isDigit(byte) {
                    var end = index
                    while end < line.endIndex, isDigit(line[end]) { end += 1 }
                    if end < line.endIndex, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")") {
                        index = end + 1
                    } else {
                        break
                    }
                } else {
                    break
                }
            }
            guard index < line.endIndex, line[index] == backtick || line[index] == tilde else { return nil }
            let character = line[index]
            var end = index
            while end < line.endIndex, line[end] == character { end += 1 }
            guard end - index >= 3 else { return nil }
            return (character, end - index, line[end...])
        }

        // MARK: Code spans

        /// Copies a backtick run, and the code span it opens when a closing run follows in the
        /// same paragraph, verbatim.
        private mutating func copyCodeSpan() {
            var runEnd = index
            while runEnd < bytes.count, bytes[runEnd] == Self.backtick { runEnd += 1 }
            let length = runEnd - index
            if let closing = closingBacktickRun(from: runEnd, length: length) {
                output.append(contentsOf: bytes[index..<closing + length])
                index = closing + length
            } else {
                output.append(contentsOf: bytes[index..<runEnd])
                index = runEnd
            }
        }

        private mutating func closingBacktickRun(from start: Int, length: Int) -> Int? {
            if let failed = backtickSearchFailedUntil[length], start < failed { return nil }
            var cursor = start
            while cursor < bytes.count {
                if bytes[cursor] == Self.backtick {
                    var end = cursor
                    while end < bytes.count, bytes[end] == Self.backtick { end += 1 }
                    if end - cursor == length { return cursor }
                    cursor = end
                } else if Self.isLineBreak(bytes[cursor]), Self.blankLineFollows(bytes, breakAt: cursor) {
                    break  // a blank line ends the paragraph, and with it any code span
                } else {
                    cursor += 1
                }
            }
            backtickSearchFailedUntil[length] = cursor
            return nil
        }

        // MARK: Maths

        /// Replaces the maths span starting at the `$` under the cursor with a placeholder;
        /// false when no span starts here.
        private mutating func replaceMath() -> Bool {
            guard let span = mathSpan(at: index) else { return false }
            let number = spans.count
            spans.append(Span(latex: span.latex, display: span.display,
                              original: String(decoding: bytes[index..<span.end], as: UTF8.self)))
            output.append(contentsOf: String(MathSpans.open).utf8)
            output.append(contentsOf: String(number).utf8)
            output.append(contentsOf: String(MathSpans.close).utf8)
            // Keep the span's line breaks, each followed by a filler, so lines keep their numbers.
            var cursor = index
            while cursor < span.end {
                if Self.isLineBreak(bytes[cursor]) {
                    let breakEnd = min(span.end, Self.lineBreakEnd(bytes, at: cursor))
                    output.append(contentsOf: bytes[cursor..<breakEnd])
                    output.append(contentsOf: String(MathSpans.filler).utf8)
                    cursor = breakEnd
                } else {
                    cursor += 1
                }
            }
            index = span.end
            return true
        }

        /// A maths span starting at `start` (a `$`): pandoc's rules — `$$…$$` may span lines;
        /// `$…$` needs a non-space after the opening and before the closing dollar, no digit right
        /// after the closing one (so "$5 and $6" stays text), and no blank line inside.
        private mutating func mathSpan(at start: Int) -> (latex: String, display: Bool, end: Int)? {
            let display = start + 1 < bytes.count && bytes[start + 1] == Self.dollar
            let contentStart = start + (display ? 2 : 1)
            guard contentStart < bytes.count else { return nil }
            if !display, bytes[contentStart] == Self.space || bytes[contentStart] == Self.tab
                || Self.isLineBreak(bytes[contentStart]) {
                return nil
            }
            if start < (display ? displaySearchFailedUntil : inlineSearchFailedUntil) { return nil }
            var cursor = contentStart
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == Self.backslash {
                    cursor += 2
                    continue
                }
                if Self.isLineBreak(byte), Self.blankLineFollows(bytes, breakAt: cursor) { break }
                if byte == Self.dollar {
                    if display {
                        if cursor + 1 < bytes.count, bytes[cursor + 1] == Self.dollar {
                            let latex = String(decoding: bytes[contentStart..<cursor], as: UTF8.self)
                            return (latex.trimmingSpaces(), true, cursor + 2)
                        }
                    } else {
                        let before = bytes[cursor - 1]
                        let digitAfter = cursor + 1 < bytes.count && Self.isDigit(bytes[cursor + 1])
                        if cursor > contentStart, before != Self.space, before != Self.tab, !Self.isLineBreak(before), !digitAfter {
                            return (String(decoding: bytes[contentStart..<cursor], as: UTF8.self), false, cursor + 1)
                        }
                    }
                }
                cursor += 1
            }
            if display { displaySearchFailedUntil = cursor } else { inlineSearchFailedUntil = cursor }
            return nil
        }

        // MARK: Bytes

        private static func isLineBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

        private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        /// The index just past the line break at `index` (`\r\n` is one break).
        private static func lineBreakEnd(_ bytes: [UInt8], at index: Int) -> Int {
            if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { return index + 2 }
            return index + 1
        }

        /// Whether the line after the break at `index` is blank (or the text ends there).
        private static func blankLineFollows(_ bytes: [UInt8], breakAt index: Int) -> Bool {
            var next = lineBreakEnd(bytes, at: index)
            while next < bytes.count, bytes[next] == space || bytes[next] == tab { next += 1 }
            return next >= bytes.count || isLineBreak(bytes[next])
        }
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends (without Foundation).
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
