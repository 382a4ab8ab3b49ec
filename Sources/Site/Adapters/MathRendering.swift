import MathText

/// The Site module's one call site into MathText: LaTeX to MathML (HTML) and to Unicode
/// (terminal).
enum MathRendering {
    /// A `<math>` element; `display` makes it a block.
    static func mathML(_ latex: String, display: Bool) -> String {
        // Placeholder until MathText lands: the LaTeX source as an escaped <mtext>.
        "<math" + (display ? " display=\"block\"" : "") + "><mtext>" + HTMLEscaping.escape(latex) + "</mtext></math>"
    }

    /// A plain-text rendering for the terminal.
    static func unicode(_ latex: String) -> String {
        latex
    }
}
