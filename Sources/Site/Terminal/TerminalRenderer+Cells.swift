import LessonFormat
import Outcomes

/// Cells: code with a gutter of Markdown line numbers, then what running it produced.
extension TerminalRenderer {
    /// A cell's caption (for exercises, solutions, checks…) and its code; empty for a hidden
    /// cell, whose code is set-up the reader does not need.
    public func renderCellCode(_ cell: Cell) -> String {
        if cell.kind == .hidden { return "" }
        var lines: [String] = []
        if let label = CellLabel.text(for: cell.kind) {
            lines.append(ANSIStyle.apply([ANSIStyle.bold, ANSIStyle.yellow], to: label, color: color))
        }
        let numberWidth = gutterWidth(cell)
        // A line wider than the terminal continues on the next rows behind a ↪ in the number
        // column, so the terminal's own wrapping never runs code into the line numbers.
        let codeWidth = max(20, width - numberWidth - 3)
        let continuation = ANSIStyle.apply([ANSIStyle.dim], to: String(repeating: " ", count: max(0, numberWidth - 1)) + "↪ │",
                                           color: color)
        for (index, spans) in codeSpanLines(cell.code, highlighted: true).enumerated() {
            let number = String(cell.firstCodeLine + index)
            let gutter = String(repeating: " ", count: max(0, numberWidth - number.count)) + number + " │"
            let rows = CodeWrapping.rows(spans, width: codeWidth)
            for (row, piece) in rows.enumerated() {
                let text = piece.map { ANSIStyle.apply($0.codes, to: $0.text, color: color) }.joined()
                let lead = row == 0 ? ANSIStyle.apply([ANSIStyle.dim], to: gutter, color: color) : continuation
                let line = lead + (text.isEmpty ? "" : " " + text)
                lines.append(row < rows.count - 1 ? line.trimmingTrailingSpaces() : line)  // no blanks before a cut
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// What a cell produced: its output, displayed value, figures, error, doctest and check
    /// verdicts, followed by a blank line. `sourceLines` are the lesson's lines, for the error's
    /// source line and caret.
    public func renderCellResult(_ result: CellResult, sourceLines: [Substring]) -> String {
        var lines: [String] = []
        let prefix = String(repeating: " ", count: gutterWidth(result.cell)) + " ┆ "
        let styledPrefix = ANSIStyle.apply([ANSIStyle.dim], to: prefix, color: color)

        func block(_ text: String, marker: String? = nil) {
            var text = ControlCharacters.visible(text)
            if text.hasSuffix("\n") { text.removeLast() }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let lead = marker.map { index == 0 ? $0 : String(repeating: " ", count: DisplayWidth.of($0)) } ?? ""
                lines.append((styledPrefix + lead + line).trimmingTrailingSpaces())
            }
        }

        if !result.output.isEmpty { block(result.output) }
        if let value = result.displayedValue {
            block(value, marker: ANSIStyle.apply([ANSIStyle.dim], to: "→ ", color: color))
        }
        for figure in result.figures {
            lines.append(contentsOf: FigureRendering.terminal(figure, width: width - 2, color: color)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }
)
            if lines.last?.trimmingTrailingSpaces().isEmpty == true { lines.removeLast() }
        }

        for check in result.checks {
            let text = ControlCharacters.visible(check.summary)
            lines.append(check.passed ? ANSIStyle.apply([ANSIStyle.green], to: text, color: color)
                                      : ANSIStyle.apply([ANSIStyle.red], to: text, color: color))
        }

        switch result.status {
        case .failed, .invalid:
            // A cell that failed only by its checks has said so in the verdicts above.
            if let diagnostic = result.diagnostic, !result.failedOnlyByChecks {
                lines.append(contentsOf: diagnosticLines(diagnostic, sourceLines: sourceLines))
            }
        case .missingError:
            if let diagnostic = result.diagnostic {
                lines.append(contentsOf: diagnosticLines(diagnostic, sourceLines: sourceLines))
            } else {
                lines.append(ANSIStyle.apply([ANSIStyle.bold, ANSIStyle.red], to: "error:", color: color)
                    + " " + CellLabel.missingErrorMessage)
            }
        case .ran, .notRun, .expectedError:
            break
        }

        if let doctest = result.doctest {
            if doctest.passed {
                lines.append(ANSIStyle.apply([ANSIStyle.green], to: "✓ output matches the expected output", color: color))
            } else {
                // The actual output is the cell's, shown above, and the message names the first
                // differing line of each; the whole expected block follows only when it has more.
                lines.append(contentsOf: diagnosticLines(doctest.diagnostic, sourceLines: sourceLines))
                if DoctestResult.normalizedLines(doctest.expected).count > 1 {
                    lines.append(ANSIStyle.apply([ANSIStyle.bold], to: "expected output:", color: color))
                    block(doctest.expected)
                }
            }
        }
        if lines.isEmpty { return result.cell.kind == .hidden ? "" : "\n" }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func diagnosticLines(_ diagnostic: Diagnostic, sourceLines: [Substring]) -> [String] {
        var text = renderDiagnostic(diagnostic, sourceLines: sourceLines)
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Digits of the cell's last Markdown line number, so the bars of its code line up.
    private func gutterWidth(_ cell: Cell) -> Int {
        let lineCount = max(1, cell.columnOffsets.count)
        return String(cell.firstCodeLine + lineCount - 1).count
    }
}
