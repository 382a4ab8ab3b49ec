import LessonFormat

/// A GitHub-style pipe table recognised in a paragraph.
///
/// LessonFormat parses with core CommonMark, which has no tables: a table arrives as one
/// paragraph whose lines are separated by soft breaks. The renderers ask this type whether a
/// paragraph is really a table (every line holds a `|`, and the second line is a delimiter row
/// such as `|---|:--:|`) and, if so, draw it as one. Cells keep their inline content (maths,
/// emphasis, code).
struct PipeTable: Equatable {
    enum Alignment: Equatable {
        case none, left, center, right
    }

    var header: [[MarkdownInline]]
    var alignments: [Alignment]
    var rows: [[[MarkdownInline]]]

    init?(_ paragraph: [MarkdownInline]) {
        let lines = Self.lines(paragraph)
        guard lines.count >= 2, lines.allSatisfy(Self.containsPipe) else { return nil }
        let header = Self.cells(lines[0])
        guard let alignments = Self.alignments(Self.cells(lines[1])), alignments.count == header.count else { return nil }
        self.header = header
        self.alignments = alignments
        self.rows = lines.dropFirst(2).map { line in
            var cells = Self.cells(line)
            if cells.count > header.count { cells.removeLast(cells.count - header.count) }
            while cells.count < header.count { cells.append([]) }
            return cells
        }
    }

    private static func lines(_ inlines: [MarkdownInline]) -> [[MarkdownInline]] {
        var lines: [[MarkdownInline]] = [[]]
        for inline in inlines {
            switch inline {
            case .softBreak, .lineBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }

    private static func containsPipe(_ line: [MarkdownInline]) -> Bool {
        line.contains { if case .text(let text) = $0 { return text.contains("|") } else { return false } }
    }

    /// Cuts a line at the `|` characters of its text; a leading and a trailing pipe are optional.
    private static func cells(_ line: [MarkdownInline]) -> [[MarkdownInline]] {
        var cells: [[MarkdownInline]] = [[]]
        for inline in line {
            guard case .text(let text) = inline else {
                cells[cells.count - 1].append(inline)
                continue
            }
            for (index, piece) in text.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { cells.append([]) }
                if !piece.isEmpty { cells[cells.count - 1].append(.text(String(piece))) }
            }
        }
        if cells.count > 1, isBlank(cells[0]) { cells.removeFirst() }
        if cells.count > 1, isBlank(cells[cells.count - 1]) { cells.removeLast() }
        return cells.map(trimmed)
    }

    private static func isBlank(_ cell: [MarkdownInline]) -> Bool {
        MarkdownInline.plainText(cell).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func trimmed(_ cell: [MarkdownInline]) -> [MarkdownInline] {
        var cell = cell
        if case .text(let text)? = cell.first {
            let rest = String(text.drop { $0 == " " || $0 == "\t" })
            if rest.isEmpty { cell.removeFirst() } else { cell[0] = .text(rest) }
        }
        if case .text(let text)? = cell.last {
            var rest = text
            while rest.last == " " || rest.last == "\t" { rest.removeLast() }
            if rest.isEmpty { cell.removeLast() } else { cell[cell.count - 1] = .text(rest) }
        }
        return cell
    }

    /// The alignments of a delimiter row (`---`, `:--`, `:-:`, `--:`), or nil if it is not one.
    private static func alignments(_ cells: [[MarkdownInline]]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in cells {
            let text = MarkdownInline.plainText(cell)
            let dashes = text.trimmingPrefix(":").trimmingSuffix(":")
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (text.hasPrefix(":"), text.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result.isEmpty ? nil : result
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
