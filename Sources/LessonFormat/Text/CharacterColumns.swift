/// Columns as lectern reports them: 1-based, counting characters (extended grapheme clusters),
/// so `x₁`, `✓` and an emoji each take one column and a tab takes one.
///
/// The libraries lectern builds on count differently: swift-syntax and cmark give UTF-8 byte
/// columns. Each boundary converts once, here, and nothing past it sees a byte column.
public enum CharacterColumns {
    /// The character column of the position `utf8Offset` bytes into `line` (clamped to the
    /// line, so a position past its end is the column just after its last character).
    public static func column(ofUTF8Offset utf8Offset: Int, in line: Substring) -> Int {
        let bytes = max(0, min(utf8Offset, line.utf8.count))
        let end = line.utf8.index(line.startIndex, offsetBy: bytes)
        return line[..<end].count + 1
    }

    /// The character column of a UTF-8 byte column (both 1-based) on `line`.
    public static func column(ofUTF8Column utf8Column: Int, in line: Substring) -> Int {
        column(ofUTF8Offset: utf8Column - 1, in: line)
    }
}
