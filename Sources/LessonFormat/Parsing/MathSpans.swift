/// Lifts `$…$` and `$$…$$` maths out of Markdown before cmark sees it.
///
/// CommonMark knows nothing of TeX: it would read `*` as emphasis and `\{` or `\\` as escapes and
/// mangle the formula. So, like pandoc, lectern finds the maths first (outside code spans and
/// fenced code) and replaces each span with a placeholder cmark leaves alone. The placeholder
/// keeps the span's line count (continuation lines become a lone filler character) so that every
/// line number cmark reports still points into the original file.
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
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var output = String.UnicodeScalarView()
        var atLineStart = true
        var fence: (character: Unicode.Scalar, length: Int)?

        while index < scalars.count {
            if atLineStart {
                // Fenced code is copied verbatim, fence lines included.
                let lineEnd = scalars[index...].firstIndex(of: "\n") ?? scalars.count
                let line = scalars[index..<lineEnd]
                if let open = fence {
                    if let run = Self.fenceRun(line), run.character == open.character, run.length >= open.length, run.rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                        fence = nil
                    }
                    output.append(contentsOf: line)
                    if lineEnd < scalars.count { output.append("\n") }
                    index = lineEnd + 1
                    continue
                }
                if let run = Self.fenceRun(line), run.character == "~" || !run.rest.contains("`") {
                    fence = (run.character, run.length)
                    output.append(contentsOf: line)
                    if lineEnd < scalars.count { output.append("\n") }
                    index = lineEnd + 1
                    continue
                }
                atLineStart = false
            }
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                output.append(scalar)
                atLineStart = true
                index += 1
            case "\\" where index + 1 < scalars.count:
                output.append(scalar)
                output.append(scalars[index + 1])
                if scalars[index + 1] == "\n" { atLineStart = true }
                index += 2
            case "`":
                let runEnd = Self.runEnd(scalars, from: index, of: "`")
                let length = runEnd - index
                if let closing = Self.closingBacktickRun(scalars, from: runEnd, length: length) {
                    output.append(contentsOf: scalars[index..<closing + length])
                    index = closing + length
                } else {
                    output.append(contentsOf: scalars[index..<runEnd])
                    index = runEnd
                }
            case "$":
                if let span = Self.mathSpan(scalars, at: index) {
                    let original = String(String.UnicodeScalarView(scalars[index..<span.end]))
                    let number = spans.count
                    spans.append(Span(latex: span.latex, display: span.display, original: original))
                    output.append(Self.open)
                    output.append(contentsOf: String(number).unicodeScalars)
                    output.append(Self.close)
                    let newlines = scalars[index..<span.end].filter { $0 == "\n" }.count
                    for _ in 0..<newlines {
                        output.append("\n")
                        output.append(Self.filler)
                    }
                    index = span.end
                } else {
                    output.append(scalar)
                    index += 1
                }
            default:
                output.append(scalar)
                index += 1
            }
        }
        text = String(output)
    }

    /// Puts the original text back for every placeholder in `literal` (used for code, where a
    /// `$` is just a dollar sign).
    func restore(_ literal: String) -> String {
        guard literal.unicodeScalars.contains(Self.open) else { return literal }
        var result = String.UnicodeScalarView()
        let scalars = Array(literal.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == Self.open, let (number, end) = placeholder(in: scalars, at: index) {
                result.append(contentsOf: spans[number].original.unicodeScalars)
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
        return String(result)
    }

    /// Splits text containing placeholders into text and maths inlines.
    func inlines(from text: String) -> [MarkdownInline] {
        guard text.unicodeScalars.contains(Self.open) || text.unicodeScalars.contains(Self.filler) else {
            return [.text(text)]
        }
        var result: [MarkdownInline] = []
        var pending = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !pending.isEmpty { result.append(.text(String(pending))) }
            pending = String.UnicodeScalarView()
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
        var digits = ""
        var cursor = index + 1
        while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
            digits.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == Self.close,
              let number = Int(digits), number < spans.count else { return nil }
        return (number, cursor + 1)
    }

    // MARK: Scanning

    private static func fenceRun(_ line: ArraySlice<Unicode.Scalar>) -> (character: Unicode.Scalar, length: Int, rest: ArraySlice<Unicode.Scalar>)? {
        // Skip container markers and indentation: spaces, `>` of block quotes, list bullets and
        // ordinal markers. Good enough to keep code untouched; cmark decides what is really code.
        var index = line.startIndex
        while index < line.endIndex {
            let scalar = line[index]
            if scalar == " " || scalar == "\t" || scalar == ">" || scalar == "-" || scalar == "*" || scalar == "+" {
                index += 1
            } else if ("0"..."9").contains(scalar) {
                var end = index
                while end < line.endIndex, ("0"..."9").contains(line[end]) { end += 1 }
                if end < line.endIndex, line[end] == "." || line[end] == ")" { index = end + 1 } else { break }
            } else {
                break
            }
        }
        guard index < line.endIndex, line[index] == "`" || line[index] == "~" else { return nil }
        let character = line[index]
        var end = index
        while end < line.endIndex, line[end] == character { end += 1 }
        let length = end - index
        guard length >= 3 else { return nil }
        return (character, length, line[end...])
    }

    private static func runEnd(_ scalars: [Unicode.Scalar], from start: Int, of character: Unicode.Scalar) -> Int {
        var end = start
        while end < scalars.count, scalars[end] == character { end += 1 }
        return end
    }

    private static func closingBacktickRun(_ scalars: [Unicode.Scalar], from start: Int, length: Int) -> Int? {
        var index = start
        while index < scalars.count {
            if scalars[index] == "`" {
                let end = runEnd(scalars, from: index, of: "`")
                if end - index == length { return index }
                index = end
            } else if scalars[index] == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                return nil  // a blank line ends the paragraph, and with it any code span
            } else {
                index += 1
            }
        }
        return nil
    }

    /// A maths span starting at `start` (a `$`): pandoc's rules — `$$…$$` may span lines;
    /// `$…$` needs a non-space after the opening and before the closing dollar, no digit right
    /// after the closing one (so "$5 and $6" stays text), and no blank line inside.
    private static func mathSpan(_ scalars: [Unicode.Scalar], at start: Int) -> (latex: String, display: Bool, end: Int)? {
        let display = start + 1 < scalars.count && scalars[start + 1] == "$"
        let contentStart = start + (display ? 2 : 1)
        guard contentStart < scalars.count else { return nil }
        if !display, scalars[contentStart] == " " || scalars[contentStart] == "\n" || scalars[contentStart] == "\t" {
            return nil
        }
        var index = contentStart
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "\n" {
                // A blank (or whitespace-only) line ends the paragraph, and with it the span.
                var next = index + 1
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                if next >= scalars.count || scalars[next] == "\n" { return nil }
            }
            if scalar == "$" {
                if display {
                    if index + 1 < scalars.count, scalars[index + 1] == "$" {
                        let latex = String(String.UnicodeScalarView(scalars[contentStart..<index]))
                        return (latex.trimmingSpaces(), true, index + 2)
                    }
                } else {
                    let before = scalars[index - 1]
                    let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
                    if index > contentStart, before != " ", before != "\t", before != "\n",
                       !(after.map { ("0"..."9").contains($0) } ?? false) {
                        return (String(String.UnicodeScalarView(scalars[contentStart..<index])), false, index + 1)
                    }
                    if index == contentStart { return nil }
                }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    /// Trims spaces, tabs and newlines at both ends (without Foundation).
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
