/// Where the lines of a text end: at `\n`, at `\r\n`, and at a lone `\r`.
///
/// CommonMark and Swift both accept the three, so every part of lectern that numbers lines
/// (cmark, swift-syntax, diagnostics, `run --fix`) splits lines here; otherwise a lesson saved
/// with CR line endings reports line 5 of a one-line file.
public enum LineBreaks {
    /// A line and the break that ends it (empty for the last line of a text without a final
    /// break).
    public struct Line: Equatable, Sendable {
        public var content: Substring
        public var terminator: Substring
    }

    /// The lines of `text` without their breaks. A final break ends the last line, so
    /// `"a\n"` gives `["a", ""]`, as `split(separator:omittingEmptySubsequences: false)` would.
    public static func lines(of text: String) -> [Substring] {
        terminatedLines(of: text).map(\.content)
    }

    /// The lines of `text` with their breaks; joining contents and terminators gives `text` back.
    public static func terminatedLines(of text: String) -> [Line] {
        var lines: [Line] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            var end = utf8.index(after: index)
            if byte == 0x0D, end != utf8.endIndex, utf8[end] == 0x0A { end = utf8.index(after: end) }
            lines.append(Line(content: text[lineStart..<index], terminator: text[index..<end]))
            lineStart = end
            index = end
        }
        lines.append(Line(content: text[lineStart...], terminator: ""))
        return lines
    }

    /// `text` with every `\r\n` and lone `\r` turned into `\n`.
    public static func normalized(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return terminatedLines(of: text).map { $0.content + ($0.terminator.isEmpty ? "" : "\n") }.joined()
    }
}
