/// The commands the converter knows, by kind; everything else is an unknown command.
enum SymbolTable {
    /// Greek letters; capitals are drawn upright, as in LaTeX.
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Symbols that behave like letters (drawn as `<mi>`).
    static let letterLike: [String: String] = [
        "infty": "∞", "nabla": "∇", "partial": "∂", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅", "varnothing": "∅",
        "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ", "imath": "ı", "jmath": "ȷ",
    ]

    /// Operators, relations, delimiters and punctuation.
    static let symbols: [String: (String, SymbolKind)] = [
        // relations
        "le": ("≤", .relation), "leq": ("≤", .relation), "ge": ("≥", .relation), "geq": ("≥", .relation),
        "ne": ("≠", .relation), "neq": ("≠", .relation), "approx": ("≈", .relation), "equiv": ("≡", .relation),
        "sim": ("∼", .relation), "simeq": ("≃", .relation), "cong": ("≅", .relation), "propto": ("∝", .relation),
        "ll": ("≪", .relation), "gg": ("≫", .relation), "in": ("∈", .relation), "notin": ("∉", .relation),
        "ni": ("∋", .relation), "subset": ("⊂", .relation), "supset": ("⊃", .relation), "subseteq": ("⊆", .relation),
        "supseteq": ("⊇", .relation), "to": ("→", .relation), "rightarrow": ("→", .relation), "leftarrow": ("←", .relation),
        "gets": ("←", .relation), "leftrightarrow": ("↔", .relation), "Rightarrow": ("⇒", .relation),
        "Leftarrow": ("⇐", .relation), "Leftrightarrow": ("⇔", .relation), "implies": ("⟹", .relation),
        "iff": ("⟺", .relation), "mapsto": ("↦", .relation), "longrightarrow": ("⟶", .relation),
        "longleftarrow": ("⟵", .relation), "perp": ("⊥", .relation), "mid": ("∣", .relation), "parallel": ("∥", .relation),
        "coloneqq": ("≔", .relation), "doteq": ("≐", .relation), "prec": ("≺", .relation), "succ": ("≻", .relation),
        "lt": ("<", .relation), "gt": (">", .relation), "uparrow": ("↑", .relation), "downarrow": ("↓", .relation),
        // binary operators
        "cdot": ("⋅", .binary), "times": ("×", .binary), "div": ("÷", .binary), "pm": ("±", .binary), "mp": ("∓", .binary),
        "circ": ("∘", .binary), "bullet": ("∙", .binary), "odot": ("⊙", .binary), "otimes": ("⊗", .binary),
        "oplus": ("⊕", .binary), "ast": ("∗", .binary), "star": ("⋆", .binary), "cup": ("∪", .binary), "cap": ("∩", .binary),
        "setminus": ("∖", .binary), "wedge": ("∧", .binary), "land": ("∧", .binary), "vee": ("∨", .binary), "lor": ("∨", .binary),
        // ordinary symbols
        "neg": ("¬", .ordinary), "lnot": ("¬", .ordinary), "forall": ("∀", .ordinary), "exists": ("∃", .ordinary),
        "ldots": ("…", .ordinary), "dots": ("…", .ordinary), "cdots": ("⋯", .ordinary), "vdots": ("⋮", .ordinary),
        "ddots": ("⋱", .ordinary), "prime": ("′", .ordinary), "top": ("⊤", .ordinary), "bot": ("⊥", .ordinary),
        "angle": ("∠", .ordinary), "triangle": ("△", .ordinary), "checkmark": ("✓", .ordinary), "dagger": ("†", .ordinary),
        "colon": (":", .punctuation), "%": ("%", .ordinary), "$": ("$", .ordinary), "#": ("#", .ordinary),
        "&": ("&", .ordinary), "_": ("_", .ordinary), "|": ("‖", .ordinary), "vert": ("|", .ordinary), "Vert": ("‖", .ordinary),
        // delimiters
        "{": ("{", .open), "}": ("}", .close), "lbrace": ("{", .open), "rbrace": ("}", .close),
        "langle": ("⟨", .open), "rangle": ("⟩", .close), "lfloor": ("⌊", .open), "rfloor": ("⌋", .close),
        "lceil": ("⌈", .open), "rceil": ("⌉", .close), "lvert": ("|", .open), "rvert": ("|", .close),
        "lVert": ("‖", .open), "rVert": ("‖", .close), "lbrack": ("[", .open), "rbrack": ("]", .close),
    ]

    /// Large operators: MathML character, terminal character, and whether limits go above and
    /// below in display style (integrals keep them at the side, as in LaTeX).
    static let largeOperators: [String: (String, String, Bool)] = [
        "sum": ("∑", "Σ", true), "prod": ("∏", "Π", true), "coprod": ("∐", "∐", true),
        "bigcup": ("⋃", "⋃", true), "bigcap": ("⋂", "⋂", true), "bigoplus": ("⨁", "⨁", true),
        "bigotimes": ("⨂", "⨂", true), "int": ("∫", "∫", false), "iint": ("∬", "∬", false),
        "iiint": ("∭", "∭", false), "oint": ("∮", "∮", false),
    ]

    /// Upright function names.
    static let functions: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "exp", "log", "ln", "lg", "det", "dim", "ker", "deg", "gcd", "hom", "arg", "sgn", "Pr", "tr", "diag", "softmax",
    ]

    /// Function names whose subscript goes underneath in display style.
    static let limitFunctions: [String: String] = [
        "max": "max", "min": "min", "lim": "lim", "sup": "sup", "inf": "inf", "limsup": "lim sup", "liminf": "lim inf",
        "argmax": "arg max", "argmin": "arg min",
    ]

    /// Accents by command.
    static let accents: [String: Accent] = [
        "hat": Accent(mathML: "^", combining: "\u{0302}", name: "hat"),
        "widehat": Accent(mathML: "^", combining: "\u{0302}", name: "hat"),
        "check": Accent(mathML: "ˇ", combining: "\u{030C}", name: "check"),
        "tilde": Accent(mathML: "~", combining: "\u{0303}", name: "tilde"),
        "widetilde": Accent(mathML: "~", combining: "\u{0303}", name: "tilde"),
        "bar": Accent(mathML: "¯", combining: "\u{0304}", name: "bar", spreads: true),
        "overline": Accent(mathML: "‾", combining: "\u{0305}", name: "overline", spreads: true),
        "vec": Accent(mathML: "→", combining: "\u{20D7}", name: "vec"),
        "overrightarrow": Accent(mathML: "→", combining: "\u{20D7}", name: "vec"),
        "dot": Accent(mathML: "˙", combining: "\u{0307}", name: "dot"),
        "ddot": Accent(mathML: "¨", combining: "\u{0308}", name: "ddot"),
        "breve": Accent(mathML: "˘", combining: "\u{0306}", name: "breve"),
        "acute": Accent(mathML: "´", combining: "\u{0301}", name: "acute"),
        "grave": Accent(mathML: "`", combining: "\u{0300}", name: "grave"),
        "underline": Accent(mathML: "_", combining: "\u{0332}", name: "underline", under: true, spreads: true),
    ]

    /// Spacing commands: width in em for MathML, text for the terminal.
    static let spaces: [String: (String, String)] = [
        ",": ("0.1667em", " "), "thinspace": ("0.1667em", " "), ":": ("0.2222em", " "), ">": ("0.2222em", " "),
        "medspace": ("0.2222em", " "), ";": ("0.2778em", " "), "thickspace": ("0.2778em", " "), " ": ("0.25em", " "),
        "enspace": ("0.5em", " "), "quad": ("1em", "  "), "qquad": ("2em", "    "), "!": ("-0.1667em", ""),
    ]

    /// Commands that only change style or size, which this converter does not model.
    static let ignored: Set<String> = [
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "nonumber", "notag",
    ]

    /// Size commands that precede a delimiter (`\big(`, `\Bigr)`, …).
    static let sizedDelimiters: Set<String> = [
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm",
    ]

    /// Plain characters: operators and delimiters typed directly.
    static func character(_ character: Character) -> (String, SymbolKind)? {
        switch character {
        case "+": return ("+", .binary)
        case "-", "−": return ("−", .binary)
        case "*": return ("∗", .binary)
        case "=", "<", ">": return (String(character), .relation)
        case "(", "[": return (String(character), .open)
        case ")", "]": return (String(character), .close)
        case ",", ";": return (String(character), .punctuation)
        case ":": return (":", .relation)
        case "/", "!", "|", ".", "?", "@", "\"": return (String(character), .ordinary)
        default: return nil
        }
    }
}
