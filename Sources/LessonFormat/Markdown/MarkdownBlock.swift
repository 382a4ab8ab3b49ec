/// A block of lesson prose, converted from cmark's tree into the project's own value types.
///
/// Renderers (terminal, HTML) walk these; nothing past `LessonFormat` sees a cmark node.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, content: [MarkdownInline], line: Int)
    case paragraph([MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]])
    /// A code block that is not a lesson cell (another language, or no info string).
    case codeBlock(info: String, code: String)
    /// Display maths written as `$$…$$` on lines of its own.
    case displayMath(String)
    case htmlBlock(String)
    case thematicBreak
}

/// Inline content of prose.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, content: [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
    /// `$…$` (display: false) or `$$…$$` inside a paragraph (display: true); LaTeX source.
    case math(String, display: Bool)
    case html(String)
    case softBreak
    case lineBreak
}

extension MarkdownInline {
    /// The plain text of inline content, for titles, tables of contents and alt text.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text), .html(let text): result += text
            case .math(let latex, _): result += latex
            case .emphasis(let children), .strong(let children): result += plainText(children)
            case .link(_, _, let children), .image(_, _, let children): result += plainText(children)
            case .softBreak, .lineBreak: result += " "
            }
        }
        return result
    }
}
