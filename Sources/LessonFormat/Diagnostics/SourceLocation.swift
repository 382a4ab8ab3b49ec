/// A place in a lesson's Markdown file: 1-based line and column.
///
/// Columns count characters (see `CharacterColumns`), whatever the tool that found the place
/// counted; lines end at `\n`, `\r\n` or `\r` (see `LineBreaks`).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }
}
