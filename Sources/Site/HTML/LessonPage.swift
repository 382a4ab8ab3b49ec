import LessonFormat
import Outcomes

/// The article of one lesson page: prose and cells in document order, as HTML.
///
/// Every string that came from the lesson or its run is escaped on its way in (raw HTML in
/// the lesson included: it is shown as text, in a `raw-html` block, since a course site must
/// not run markup from a lesson it did not review). The page has exactly one `<h1>`: the first
/// level-1 heading; later level-1 headings become `<h2>`, and a lesson with none gets its title
/// as an `<h1>` at the top.
struct LessonPage {
    let result: LessonResult
    let withSolutions: Bool
    /// Anchors of the lesson's headings by Markdown line.
    let anchors: [Int: String]
    /// Page names of the site's lessons by Markdown file base name, to turn `02-mlp.md` links
    /// into links to the page.
    let pageForMarkdownFile: [String: String]
    /// The title shown when the lesson has no level-1 heading.
    let fallbackTitle: String

    func article() -> String {
        var html = ""
        var emittedTitle = false
        var resultsByCell: [Int: CellResult] = [:]
        for cellResult in result.cells { resultsByCell[cellResult.cell.index] = cellResult }
        let hasTitleHeading = result.lesson.items.contains {
            if case .prose(.heading(1, _, _)) = $0 { return true } else { return false }
        }
        if !hasTitleHeading {
            html += "<h1>" + HTMLEscaping.escape(fallbackTitle) + "</h1>\n"
            emittedTitle = true
        }
        for item in result.lesson.items {
            switch item {
            case .prose(let block):
                html += blockHTML(block, emittedTitle: &emittedTitle)
            case .cell(let cell):
                // The result's cell is what actually ran (a student's code when grading).
                let cellResult = resultsByCell[cell.index]
                html += cellHTML(cellResult?.cell ?? cell, result: cellResult)
            }
        }
        if !result.diagnostics.isEmpty {
            html += "<section class=\"lesson-diagnostics\">\n<h2>Problems in this lesson</h2>\n"
            for diagnostic in result.diagnostics {
                html += diagnosticHTML(diagnostic)
            }
            html += "</section>\n"
        }
        return html
    }

    // MARK: Prose

    func blockHTML(_ block: MarkdownBlock, emittedTitle: inout Bool, tight: Bool = false) -> String {
        switch block {
        case .heading(let level, let content, let line):
            var level = min(max(level, 1), 6)
            if level == 1 {
                if emittedTitle { level = 2 } else { emittedTitle = true }
            }
            let id = anchors[line].map { " id=\"" + HTMLEscaping.escape($0) + "\"" } ?? ""
            return "<h\(level)\(id)>" + inlineHTML(content) + "</h\(level)>\n"
        case .paragraph(let content):
            if let table = PipeTable(content) { return tableHTML(table) }
            return tight ? inlineHTML(content) + "\n" : "<p>" + inlineHTML(content) + "</p>\n"
        case .blockQuote(let children):
            return "<blockquote>\n" + children.map { blockHTML($0, emittedTitle: &emittedTitle) }.joined() + "</blockquote>\n"
        case .list(let ordered, let start, let tight, let items):
            let tag = ordered ? "ol" : "ul"
            var html = "<\(tag)" + (ordered && start != 1 ? " start=\"\(start)\"" : "") + ">\n"
            for item in items {
                html += "<li>" + item.map { blockHTML($0, emittedTitle: &emittedTitle, tight: tight) }.joined() + "</li>\n"
            }
            return html + "</\(tag)>\n"
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            let safeLanguage = String(language.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) })
            let className = safeLanguage.isEmpty ? "" : " class=\"language-\(safeLanguage)\""
            let body = language == "swift" ? highlightedHTML(code) : HTMLEscaping.escape(code)
            return "<pre class=\"code-block\"><code\(className)>" + body + "</code></pre>\n"
        case .displayMath(let latex):
            return "<p class=\"display-math\">" + MathRendering.mathML(latex, display: true) + "</p>\n"
        case .htmlBlock(let raw):
            return "<pre class=\"raw-html\">" + HTMLEscaping.escape(trimmingFinalNewline(raw)) + "</pre>\n"
        case .thematicBreak:
            return "<hr>\n"
        }
    }

    func tableHTML(_ table: PipeTable) -> String {
        func cell(_ tag: String, _ content: [MarkdownInline], _ alignment: PipeTable.Alignment) -> String {
            let align: String
            switch alignment {
            case .none: align = ""
            case .left: align = " class=\"align-left\""
            case .center: align = " class=\"align-center\""
            case .right: align = " class=\"align-right\""
            }
            return "<\(tag)\(align)>" + inlineHTML(content) + "</\(tag)>"
        }
        var html = "<table>\n<thead>\n<tr>"
        html += zip(table.header, table.alignments).map { cell("th", $0, $1) }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + zip(row, table.alignments).map { cell("td", $0, $1) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    func inlineHTML(_ inlines: [MarkdownInline]) -> String {
        var html = ""
        var gluedPunctuation = 0
        for (position, inline) in inlines.enumerated() {
            switch inline {
            case .text(var text):
                text.removeFirst(min(gluedPunctuation, text.count))
                gluedPunctuation = 0
                html += HTMLEscaping.escape(text)
            case .code(let code):
                html += "<code>" + HTMLEscaping.escape(code) + "</code>"
            case .emphasis(let children):
                html += "<em>" + inlineHTML(children) + "</em>"
            case .strong(let children):
                html += "<strong>" + inlineHTML(children) + "</strong>"
            case .link(let destination, let title, let content):
                guard URLPolicy.isAllowedLink(destination) else {
                    html += inlineHTML(content)
                    continue
                }
                let titleAttribute = title.isEmpty ? "" : " title=\"" + HTMLEscaping.escape(title) + "\""
                html += "<a href=\"" + HTMLEscaping.escape(rewritingLessonLink(destination)) + "\"" + titleAttribute + ">"
                    + inlineHTML(content) + "</a>"
            case .image(let source, let title, let alt):
                let altText = HTMLEscaping.escape(MarkdownInline.plainText(alt))
                if URLPolicy.isLocalImage(source) {
                    let titleAttribute = title.isEmpty ? "" : " title=\"" + HTMLEscaping.escape(title) + "\""
                    html += "<img src=\"" + HTMLEscaping.escape(URLPolicy.browserForm(of: source)) + "\" alt=\"" + altText + "\"" + titleAttribute + ">"
                } else if URLPolicy.isAllowedLink(source), !source.isEmpty {
                    // An image from another host would be fetched by the page: link to it instead.
                    html += "<a href=\"" + HTMLEscaping.escape(source) + "\">" + (altText.isEmpty ? "image" : altText) + "</a>"
                } else {
                    html += altText
                }
            case .math(let latex, let display):
                // Punctuation right after inline maths stays on its line: `$x$.` never wraps
                // before the full stop.
                let next = position + 1 < inlines.count ? inlines[position + 1] : nil
                if !display, case .text(let text)? = next, let first = text.first, ".,;:!?)".contains(first) {
                    let punctuation = String(text.prefix { ".,;:!?)".contains($0) })
                    gluedPunctuation = punctuation.count
                    html += "<span class=\"math-run\">" + MathRendering.mathML(latex, display: false)
                        + HTMLEscaping.escape(punctuation) + "</span>"
                } else {
                    html += MathRendering.mathML(latex, display: display)
                }
            case .html(let raw):
                html += HTMLEscaping.escape(raw)
            case .softBreak:
                html += "\n"
            case .lineBreak:
                html += "<br>\n"
            }
        }
        return html
    }

    /// Heading content for a table of contents: formatting and maths kept, links and images
    /// reduced to their text (the entry is itself a link, and links may not nest).
    static func headingHTML(_ inlines: [MarkdownInline]) -> String {
        var html = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .html(let text): html += HTMLEscaping.escape(text)
            case .code(let code): html += "<code>" + HTMLEscaping.escape(code) + "</code>"
            case .emphasis(let children): html += "<em>" + headingHTML(children) + "</em>"
            case .strong(let children): html += "<strong>" + headingHTML(children) + "</strong>"
            case .link(_, _, let children): html += headingHTML(children)
            case .image(_, _, let alt): html += HTMLEscaping.escape(MarkdownInline.plainText(alt))
            case .math(let latex, _): html += MathRendering.mathML(latex, display: false)
            case .softBreak, .lineBreak: html += " "
            }
        }
        return html
    }

    /// `02-mlp.md#loss` → `02-mlp.html#loss` when `02-mlp.md` is a lesson of the site.
    private func rewritingLessonLink(_ destination: String) -> String {
        guard URLPolicy.scheme(of: destination) == nil else { return destination }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let base = path.split(separator: "/").last.map(String.init) ?? path
        guard base.hasSuffix(".md"), let page = pageForMarkdownFile[base] else { return destination }
        return page + (parts.count > 1 ? "#" + parts[1] : "")
    }
}
