/// The parsed form of a formula, independent of the output format.
indirect enum MathNode: Equatable {
    /// A variable or function name; `upright` for multi-letter names, upright Greek capitals
    /// and `\mathrm`, which MathML would otherwise italicise.
    case identifier(String, upright: Bool)
    /// A number such as `2` or `0.5`.
    case number(String)
    /// An operator, relation, delimiter or punctuation.
    case symbol(String, kind: SymbolKind)
    /// A large operator (∑, ∏, ∫); with `limits` its scripts go under and over in display style.
    case largeOperator(String, unicode: String, limits: Bool)
    /// A function name like `max` or `lim` whose subscript goes underneath in display style.
    case limitFunction(String)
    /// A function name like `sin` or `exp`.
    case function(String)
    /// `\text{…}`.
    case text(String)
    /// Horizontal space in em; `unicode` is its terminal rendering.
    case space(em: String, unicode: String)
    /// A braced group or any sequence.
    case row([MathNode])
    case fraction(MathNode, MathNode)
    case squareRoot(MathNode)
    case root(MathNode, index: MathNode)
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// An accent over its base (`\hat`, `\bar`, `\vec`, …).
    case accent(MathNode, accent: Accent)
    /// `\underbrace{…}` or `\overbrace{…}`, with an optional label.
    case brace(MathNode, over: Bool, label: MathNode?)
    /// `\overset{over}{base}`, `\underset{under}{base}`, `\stackrel`: a base with something set
    /// above or below it that is not a limit or an accent.
    case stacked(MathNode, over: MathNode?, under: MathNode?)
    /// `\binom{n}{k}`.
    case binomial(MathNode, MathNode)
    /// `\left( … \right)`; an empty delimiter stands for `.`.
    case fenced(open: String, MathNode, close: String)
    /// A table from an environment: aligned, cases, matrices.
    case table([[MathNode]], style: TableStyle)
    /// Source that could not be understood, shown as it was written.
    case error(String)
}

/// How an operator is spaced in Unicode output.
enum SymbolKind: Equatable {
    /// +, −, ×, ·, ±: spaced on both sides unless unary.
    case binary
    /// =, <, ≤, →, ∈: spaced on both sides.
    case relation
    /// ( [ { ⟨ ‖ …
    case open
    /// ) ] } ⟩ ‖ …
    case close
    /// , ;
    case punctuation
    /// ∂ ∇ ! ′ and the rest: no spacing.
    case ordinary
}

/// An accent and how it is written in each output.
struct Accent: Equatable {
    /// The MathML `<mo>` content.
    var mathML: String
    /// A combining character for a one-letter base in Unicode output.
    var combining: String
    /// The name used as a prefix for longer bases, e.g. `hat(xy)`.
    var name: String
    /// Whether it goes under the base (`\underline`).
    var under = false
    /// Whether, for a longer base, each character gets the combining mark (overlines).
    var spreads = false
}

/// The environments that make tables.
enum TableStyle: Equatable {
    /// `aligned`, `align`, `align*`: alternately right- and left-aligned columns.
    case aligned
    /// `gathered`: centred rows.
    case gathered
    /// `cases`: a left brace and left-aligned columns.
    case cases
    /// `matrix`, `pmatrix`, `bmatrix`, `vmatrix`, `array`: delimiters around centred columns.
    case matrix(open: String, close: String)
}
