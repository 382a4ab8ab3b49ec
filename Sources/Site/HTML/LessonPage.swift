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
        for inline in inlines {
            switch inline {
            case .text(let text):
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
                    html += "<img src=\"" + HTMLEscaping.escape(source) + "\" alt=\"" + altText + "\"" + titleAttribute + ">"
                } else if URLPolicy.isAllowedLink(source), !source.isEmpty {
                    // An image from another host would be fetched by the page: link to it instead.
                    html += "<a href=\"" + HTMLEscaping.escape(source) + "\">" + (altText.isEmpty ? "image" : altText) + "</a>"
                } else {
                    html += altText
                }
            case .math(let latex, let display):
                html += MathRendering.mathML(latex, display: display)
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

    // MARK: Cells

    /// Whether a cell appears on the page at all: solutions only with `withSolutions`, hidden
    /// checks never.
    func isShown(_ kind: CellKind) -> Bool {
        switch kind {
        case .solution: return withSolutions
        case .check(_, let hidden): return !hidden
        default: return true
        }
    }

    func cellHTML(_ cell: Cell, result: CellResult?) -> String {
        guard isShown(cell.kind) else { return "" }
        let kindClass = "cell-" + cell.kind.name
        let id = "cell-L\(cell.fenceLine)"
        var body = ""
        if let label = CellLabel.text(for: cell.kind), !isSolution(cell.kind), cell.kind != .norun {
            body += "<p class=\"cell-label\">" + HTMLEscaping.escape(label) + "</p>\n"
        }
        if cell.kind != .hidden {
            body += codeHTML(cell)
        }
        if let result { body += resultHTML(result) }
        if cell.kind == .hidden, body.isEmpty { return "" }
        if isSolution(cell.kind) {
            return "<details class=\"cell \(kindClass)\" id=\"\(id)\">\n<summary>Solution</summary>\n" + body + "</details>\n"
        }
        return "<div class=\"cell \(kindClass)\" id=\"\(id)\">\n" + body + "</div>\n"
    }

    private func isSolution(_ kind: CellKind) -> Bool {
        if case .solution = kind { return true }
        return false
    }

    /// Code with its Markdown line numbers; each line is a `<span class="line">`.
    func codeHTML(_ cell: Cell) -> String {
        var lines = SwiftHighlighter.highlightedLines(cell.code)
        if cell.code.hasSuffix("\n"), lines.last?.isEmpty == true { lines.removeLast() }
        var html = "<pre class=\"code\"><code>"
        for (index, spans) in lines.enumerated() {
            html += "<span class=\"ln\" aria-hidden=\"true\">\(cell.firstCodeLine + index)</span>"
            html += spans.map(spanHTML).joined() + "\n"
        }
        return html + "</code></pre>\n"
    }

    private func highlightedHTML(_ code: String) -> String {
        SwiftHighlighter.highlight(code).map(spanHTML).joined()
    }

    private func spanHTML(_ span: HighlightSpan) -> String {
        let text = HTMLEscaping.escape(span.text)
        guard let className = Self.cssClass(span.kind) else { return text }
        return "<span class=\"\(className)\">" + text + "</span>"
    }

    /// CSS classes of highlighted code; identifiers and punctuation stay unwrapped to keep
    /// pages small.
    static func cssClass(_ kind: HighlightKind) -> String? {
        switch kind {
        case .plain, .identifier: return nil
        case .keyword: return "kw"
        case .type: return "ty"
        case .number: return "nu"
        case .string: return "st"
        case .comment: return "co"
        case .operator: return "op"
        }
    }

    func resultHTML(_ result: CellResult) -> String {
        var html = ""
        if !result.output.isEmpty {
            let extra = result.status == .expectedError ? " expected-error" : ""
            html += "<pre class=\"output\(extra)\">" + HTMLEscaping.escape(trimmingFinalNewline(result.output)) + "</pre>\n"
        }
        if let value = result.displayedValue {
            html += "<pre class=\"output value\">" + HTMLEscaping.escape(trimmingFinalNewline(value)) + "</pre>\n"
        }
        for figure in result.figures {
            html += "<figure class=\"figure\">" + FigureRendering.svg(figure) + "</figure>\n"
        }
        switch result.status {
        case .failed, .invalid:
            if let diagnostic = result.diagnostic { html += diagnosticHTML(diagnostic) }
        case .missingError:
            if let diagnostic = result.diagnostic {
                html += diagnosticHTML(diagnostic)
            } else {
                html += "<div class=\"diagnostic error\"><pre>error: " + HTMLEscaping.escape(CellLabel.missingErrorMessage) + "</pre></div>\n"
            }
        case .ran:
            if case .check = result.cell.kind { html += "<p class=\"verdict pass\">✓ check passed</p>\n" }
        case .notRun, .expectedError:
            break
        }
        if let doctest = result.doctest {
            if doctest.passed {
                html += "<p class=\"doctest pass\">✓ output matches the expected output</p>\n"
            } else {
                html += "<div class=\"doctest fail\">\n" + diagnosticHTML(doctest.diagnostic)
                    + "<p class=\"doctest-label\">expected output</p>\n<pre class=\"output\">" + HTMLEscaping.escape(trimmingFinalNewline(doctest.expected)) + "</pre>\n"
                    + "<p class=\"doctest-label\">actual output</p>\n<pre class=\"output\">" + HTMLEscaping.escape(trimmingFinalNewline(doctest.actual)) + "</pre>\n"
                    + "</div>\n"
            }
        }
        return html
    }

    func diagnosticHTML(_ diagnostic: Diagnostic) -> String {
        "<div class=\"diagnostic \(diagnostic.severity.rawValue)\"><pre>"
            + HTMLEscaping.escape(trimmingFinalNewline(diagnostic.rendered(sourceLines: result.lesson.sourceLines))) + "</pre></div>\n"
    }

    /// Text for a `<pre>`: without its final newline, and with a leading newline doubled
    /// because HTML drops the first newline right after `<pre>`.
    private func trimmingFinalNewline(_ text: String) -> String {
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return trimmed.hasPrefix("\n") ? "\n" + trimmed : trimmed
    }
}
