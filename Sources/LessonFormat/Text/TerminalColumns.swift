/// How many terminal cells a character takes: two for East Asian wide characters and emoji,
/// none for a lone combining mark, one otherwise.
///
/// A caret under a diagnostic's column and the terminal renderer's line wrapping both need it.
public enum TerminalColumns {
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        // Fast path for Latin text: nothing below U+0300 is wide or combining.
        if scalar.value < 0x300, character.unicodeScalars.count == 1 { return 1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        if scalar.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") && scalar.properties.isEmoji {
            return 2
        }
        let value = scalar.value
        // Hangul, CJK, fullwidth forms: the common wide blocks.
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }

    /// The terminal width of `text` (no escape sequences).
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}
