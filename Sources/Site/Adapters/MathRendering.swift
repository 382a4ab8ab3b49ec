import MathText

/// The Site module's one call site into MathText: LaTeX to MathML (HTML) and to Unicode
/// (terminal).
///
/// MathText never fails; what it cannot read it shows visibly (`<merror>`, raw source), so the
/// renderers need no error path. Its warnings are for `lectern`'s own lesson checks, not for
/// the rendered page.
enum MathRendering {
    /// A `<math>` element; `display` makes it a block.
    static func mathML(_ latex: String, display: Bool) -> String {
        MathText.mathML(latex, display: display).output
    }

    /// A plain-text rendering for the terminal (several lines for aligned environments).
    static func unicode(_ latex: String) -> String {
        MathText.unicode(latex).output
    }
}
