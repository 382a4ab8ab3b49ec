import LessonFormat
import Outcomes

/// Renders a lesson and its results for a terminal: prose word-wrapped to the width, code with
/// Markdown line numbers and highlighting, outputs, Unicode charts and located errors.
///
/// Every function returns whole lines, each ending in `\n` (or the empty string when there is
/// nothing to show), so `lectern step` can print pieces one at a time with
/// `print(piece, terminator: "")` and get the same text `render(_:)` gives. ANSI escape
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

        var pieces: [String] = []
        for item in result.lesson.items {
            switch item {
            case .prose(let block):
                pieces.append(renderProse(block))
            case .cell(let cell):
                let cellResult = resultsByCell[cell.index]
                let code = renderCellCode(cellResult?.cell ?? cell)
                let outcome = cellResult.map { renderCellResult($0, sourceLines: sourceLines) } ?? ""
                pieces.append(code + outcome)
            }
        }
        for diagnostic in result.diagnostics {
            pieces.append(renderDiagnostic(diagnostic, sourceLines: sourceLines))
        }
        return pieces.filter { !$0.isEmpty }.joined(separator: "\n")
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
