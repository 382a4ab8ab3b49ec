import LessonFormat

/// The lines a fenced block occupies in its Markdown file, fences included.
///
/// The parser records where a block's opening fence is and its text; the closing fence is the
/// line after the text when that line is a fence (a block left open runs to the end of the file
/// or its container, and then has no closing line of its own).
struct CellLines {
    /// 1-based, inclusive.
    var first: Int
    var last: Int

    init(fenceLine: Int, text: String, lines: [Substring]) {
        var count = markdownLines(text).count
        if text.unicodeScalars.last == "\n" || text.isEmpty { count -= 1 }
        first = fenceLine
        let closing = fenceLine + count + 1
        if closing <= lines.count, CellLines.isFence(lines[closing - 1]) {
            last = closing
        } else {
            last = min(lines.count, fenceLine + count)
        }
        last = max(first, last)
    }

    init(cell: Cell, lines: [Substring]) {
        self.init(fenceLine: cell.fenceLine, text: cell.code, lines: lines)
    }

    /// A closing fence: backticks or tildes once container markers (`>`, indentation) are skipped.
    static func isFence(_ line: Substring) -> Bool {
        let content = line.drop { " \t>".contains($0) }
        return content.hasPrefix("```") || content.hasPrefix("~~~")
    }
}
