/// SGR codes the terminal renderer uses, and the one function that emits escape sequences.
///
/// Every escape sequence in terminal output goes through `ANSIStyle.apply`, which does nothing
/// when colour is off: that is how "no escape sequences without colour" is kept.
enum ANSIStyle {
    static let bold = "1"
    static let dim = "2"
    static let italic = "3"
    static let underline = "4"
    static let red = "31"
    static let green = "32"
    static let yellow = "33"
    static let blue = "34"
    static let magenta = "35"
    static let cyan = "36"
    static let gray = "90"

    /// `text` wrapped in the SGR sequence for `codes` (joined with `;`) and a reset.
    static func apply(_ codes: [String], to text: String, color: Bool) -> String {
        guard color, !codes.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + codes.joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// The colour of a highlighted span of Swift code.
    static func codes(for kind: HighlightKind) -> [String] {
        switch kind {
        case .plain, .identifier, .operator: return []
        case .keyword: return [bold, magenta]
        case .type: return [cyan]
        case .number: return [yellow]
        case .string: return [green]
        case .comment: return [gray]
        }
    }
}
