import LessonFormat
import Outcomes

/// Renders a lesson and its results for a terminal: prose word-wrapped to the width, code with
/// Markdown line numbers and highlighting, outputs, Unicode charts and located errors.
///
/// The per-item functions are made to be printed back to back with `print(piece, terminator: "")`
/// while a lesson runs (`lectern run`, `lectern step`): each piece is whole lines and carries the
/// blank line that separates it from the next, except `renderCellCode`, whose result follows it
/// directly. Concatenated in document order they give exactly what `render(_:)` gives. A piece
/// with nothing to show (a hidden cell without output) is the empty string. ANSI escape
/// sequences appear only when `color` is true; control characters coming from a lesson or its
/// output are always made visible (`␛`), so lesson text can never drive the terminal.
public struct TerminalRenderer: Sendable {
    /// Columns available; prose is wrapped to it and charts are sized to it.
    public var width: Int
    /// Whether to emit ANSI colours and styles.
    public var color: Bool

    public init(width: Int = 80, color: Bool = false) {
        self.width = max(20, width)
        self.color = color
    }

    /// The whole lesson: prose and cells in document order, blank lines between them, then the
    /// lesson's own format diagnostics.
    public func render(_ result: LessonResult) -> String {
        let sourceLines = result.lesson.sourceLines
        var resultsByCell: [Int: CellResult] = [:]
        for cellResult in result.cells { resultsByCell[cellResult.cell.index] = cellResult }

        var text = ""
        for item in result.lesson.items {
            switch item {
            case .prose(let block):
                text += renderProse(block)
            case .cell(let cell):
                let cellResult = resultsByCell[cell.index]
                let code = renderCellCode(cellResult?.cell ?? cell)
                text += code
                if let cellResult {
                    text += renderCellResult(cellResult, sourceLines: sourceLines)
                } else if !code.isEmpty {
                    text += "\n"
                }
            }
        }
        for diagnostic in result.diagnostics {
            text += renderDiagnostic(diagnostic, sourceLines: sourceLines) + "\n"
        }
        return text
    }

    /// A diagnostic as a compiler prints it: `file:line:col: error: message`, the source line
    /// and a caret; in colour, the severity and caret are coloured.
    public func renderDiagnostic(_ diagnostic: Diagnostic, sourceLines: [Substring]) -> String {
        let lines = ControlCharacters.visible(diagnostic.rendered(sourceLines: sourceLines))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard color else { return lines.joined(separator: "\n") + "\n" }
        let severity = diagnostic.severity.rawValue
        let severityColor: String
        switch diagnostic.severity {
        case .error: severityColor = ANSIStyle.red
        case .warning: severityColor = ANSIStyle.magenta
        case .note: severityColor = ANSIStyle.gray
        }
        // `rendered` gives the header (whose message may span lines, as a doctest's does),
        // then, when the location is inside the file, the source line and the caret.
        let hasCaret = diagnostic.location.line >= 1 && diagnostic.location.line <= sourceLines.count
        var styled: [String] = []
        for (index, line) in lines.enumerated() {
            if index == 0, let range = line.range(of: ": \(severity): ") {
                styled.append(ANSIStyle.apply([ANSIStyle.bold], to: String(line[..<range.lowerBound]) + ": ", color: true)
                    + ANSIStyle.apply([ANSIStyle.bold, severityColor], to: severity + ":", color: true)
                    + ANSIStyle.apply([ANSIStyle.bold], to: " " + String(line[range.upperBound...]), color: true))
            } else if index == lines.count - 1, hasCaret {
                styled.append(ANSIStyle.apply([ANSIStyle.bold, ANSIStyle.green], to: line, color: true))
            } else {
                styled.append(line)
            }
        }
        return styled.joined(separator: "\n") + "\n"
    }
}
