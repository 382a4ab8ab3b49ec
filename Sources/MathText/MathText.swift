/// Converts the LaTeX subset used in lessons to MathML (for HTML pages) and to Unicode text
/// (for terminals).
///
/// Input is what stands between `$…$` or `$$…$$`. Conversion never fails: anything it does not
/// understand (an unknown command, a missing brace) is shown visibly — as `<merror>` in MathML,
/// as the raw source in Unicode — and reported as a `MathWarning` with its position, so a
/// course author sees the problem in the page and in `lectern`'s diagnostics.
public enum MathText {
    /// MathML for `latex`: `<math xmlns=… display="block">` when `display`, else `"inline"`.
    public static func mathML(_ latex: String, display: Bool) -> MathResult {
        var parser = MathParser(latex)
        let parsed = parser.parse()
        let output = MathMLWriter(display: display).document(parsed.nodes)
        return MathResult(output: output, warnings: parsed.warnings)
    }

    /// Plain Unicode for `latex`, e.g. `σ(z) ≡ 1/(1 + e⁻ᶻ)`; aligned environments give several lines.
    public static func unicode(_ latex: String) -> MathResult {
        var parser = MathParser(latex)
        let parsed = parser.parse()
        return MathResult(output: UnicodeWriter().render(parsed.nodes), warnings: parsed.warnings)
    }
}

/// The converted text and what went wrong on the way.
public struct MathResult: Equatable, Sendable {
    /// MathML markup or Unicode text.
    public var output: String
    /// Problems found in the source, in source order; empty when all was understood.
    public var warnings: [MathWarning]

    /// Creates a result.
    public init(output: String, warnings: [MathWarning]) {
        self.output = output
        self.warnings = warnings
    }
}

/// A problem in the LaTeX source, located by character offset.
public struct MathWarning: Equatable, Sendable, CustomStringConvertible {
    /// Offset of the problem in the source, in Characters (grapheme clusters) from its start.
    public var offset: Int
    /// The same position in UTF-8 bytes, for byte-based column arithmetic.
    public var utf8Offset: Int
    /// What is wrong, e.g. "unknown command \foo".
    public var message: String

    /// Creates a warning.
    public init(offset: Int, utf8Offset: Int, message: String) {
        self.offset = offset
        self.utf8Offset = utf8Offset
        self.message = message
    }

    /// "offset 4: unknown command \foo".
    public var description: String { "offset \(offset): \(message)" }
}
