import LessonFormat

/// How many terminal columns text takes.
///
/// Each character takes `TerminalColumns.of(_:)` columns; ANSI escape sequences (which the
/// terminal renderer inserts itself) take none.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if let scalar = character.unicodeScalars.first, (0x40...0x7E).contains(scalar.value), scalar != "[" {
                    inEscape = false
                }
                continue
            }
            if character == "\u{1B}" { inEscape = true; continue }
            width += TerminalColumns.of(character)
        }
        return width
    }
}
