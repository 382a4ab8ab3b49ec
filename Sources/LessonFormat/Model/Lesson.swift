/// A parsed lesson: its title, prose and cells in document order, and what was wrong with it.
///
/// Parsing never throws for a malformed lesson: problems in the format (an unknown attribute, an
/// `output` block with no cell before it) become `diagnostics`, and the rest of the lesson is
/// still usable, so that one typo does not hide every other cell's result.
public struct Lesson: Sendable {
    /// The path the lesson was read from, as it appears in messages.
    public var file: String
    /// The whole Markdown text (for diagnostics' source lines).
    public var source: String
    /// The first level-1 heading's text, or nil when the file has none.
    public var title: String?
    public var items: [LessonItem]
    public var diagnostics: [Diagnostic]

    public init(file: String, source: String, title: String?, items: [LessonItem],
                diagnostics: [Diagnostic]) {
        self.file = file
        self.source = source
        self.title = title
        self.items = items
        self.diagnostics = diagnostics
    }

    /// The cells in document order.
    public var cells: [Cell] {
        items.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
    }

    /// Headings for a table of contents: level, plain text, line.
    public var headings: [(level: Int, text: String, line: Int)] {
        items.compactMap {
            guard case .prose(.heading(let level, let content, let line)) = $0 else { return nil }
            return (level, MarkdownInline.plainText(content), line)
        }
    }

    /// The lines of `source`, for rendering diagnostics.
    public var sourceLines: [Substring] {
        LineBreaks.lines(of: source)
    }

    /// A location in this lesson's file.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// A piece of a lesson in document order: prose, or a cell.
public enum LessonItem: Sendable {
    case prose(MarkdownBlock)
    case cell(Cell)
}
