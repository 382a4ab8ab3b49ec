import LessonFormat
import Outcomes

/// Cells on a lesson page: highlighted code with line numbers, outputs, figures, errors,
/// doctest and check verdicts; solutions only with `withSolutions`, hidden checks never.
extension LessonPage {
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

    func highlightedHTML(_ code: String) -> String {
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
            // A computational graph is drawn at its own size and scrolls sideways when wider than
            // the column: scaled down to fit, a big one's text would be a few pixels high.
            let kind: String
            if case .graph = figure.content { kind = "figure figure-graph" } else { kind = "figure" }
            html += "<figure class=\"\(kind)\">" + FigureRendering.svg(figure) + "</figure>\n"
        }
        if !result.checks.isEmpty { html += checksHTML(result.checks) }
        switch result.status {
        case .failed, .invalid:
            // A cell that failed only by its checks has said so in the verdict list.
            if let diagnostic = result.diagnostic, !result.failedOnlyByChecks { html += diagnosticHTML(diagnostic) }
        case .missingError:
            if let diagnostic = result.diagnostic {
                html += diagnosticHTML(diagnostic)
            } else {
                html += "<div class=\"diagnostic error\"><pre>error: " + HTMLEscaping.escape(CellLabel.missingErrorMessage) + "</pre></div>\n"
            }
        case .ran, .notRun, .expectedError:
            break
        }
        // A passing doctest says nothing on the page: readers see the output, and a label on every
        // cell would be noise. A failing one shows both outputs.
        if let doctest = result.doctest {
            if !doctest.passed {
                html += "<div class=\"doctest fail\">\n" + diagnosticHTML(doctest.diagnostic)
                    + "<p class=\"doctest-label\">expected output</p>\n<pre class=\"output\">" + HTMLEscaping.escape(trimmingFinalNewline(doctest.expected)) + "</pre>\n"
                    + "<p class=\"doctest-label\">actual output</p>\n<pre class=\"output\">" + HTMLEscaping.escape(trimmingFinalNewline(doctest.actual)) + "</pre>\n"
                    + "</div>\n"
            }
        }
        return html
    }

    /// The verdicts of a cell's native checks, one list item each; a failed one shows expected
    /// against actual.
    func checksHTML(_ checks: [CheckResult]) -> String {
        var html = "<ul class=\"checks\">\n"
        for check in checks {
            html += "<li class=\"verdict \(check.passed ? "pass" : "fail")\">" + HTMLEscaping.escape(check.summary) + "</li>\n"
        }
        return html + "</ul>\n"
    }

    func diagnosticHTML(_ diagnostic: Diagnostic) -> String {
        "<div class=\"diagnostic \(diagnostic.severity.rawValue)\"><pre>"
            + HTMLEscaping.escape(trimmingFinalNewline(diagnostic.rendered(sourceLines: result.lesson.sourceLines))) + "</pre></div>\n"
    }

    /// Text for a `<pre>`: without its final newline, and with a leading newline doubled
    /// because HTML drops the first newline right after `<pre>`.
    func trimmingFinalNewline(_ text: String) -> String {
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return trimmed.hasPrefix("\n") ? "\n" + trimmed : trimmed
    }
}
