/// A message about a lesson, anchored at a place in its Markdown file.
///
/// Every failure lectern reports to a user — a malformed info string, a Swift syntax error, a
/// runtime error inside a cell — ends up as one of these, so that it can be printed the way
/// compilers print errors: `file:line:column: error: message`, the source line, and a caret.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// The one-line header: `lesson.md:12:5: error: message`.
    public var header: String { "\(location): \(severity.rawValue): \(message)" }

    /// The header, the offending source line and a caret under the column.
    ///
    /// `sourceLines` are the lines of the file the location points into; a location past the
    /// end of the file yields only the header.
    public func rendered(sourceLines: [Substring]) -> String {
        guard location.line >= 1, location.line <= sourceLines.count else { return header }
        let line = String(sourceLines[location.line - 1])
        return header + "\n" + line + "\n" + caretLine(under: line, column: location.column)
    }

    /// Blanks as wide as the characters before the column, then `^`: tabs stay tabs (the
    /// terminal expands both lines alike), a wide character or emoji becomes two spaces, and a
    /// column past the end of the line is padded with spaces.
    private func caretLine(under line: String, column: Int) -> String {
        var prefix = ""
        var count = 0
        for character in line {
            guard count < column - 1 else { break }
            count += 1
            prefix += character == "\t" ? "\t" : String(repeating: " ", count: TerminalColumns.of(character))
        }
        return prefix + String(repeating: " ", count: max(0, column - 1 - count)) + "^"
    }
}
