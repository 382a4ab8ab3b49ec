/// Parses LaTeX maths into `MathNode`s, recovering from every error with a warning.
///
/// A recursive-descent parser over the source's Characters: a sequence is atoms, each optionally
/// followed by `_`/`^` scripts; braces, `\left…\right` and environments nest. It never throws
/// and never loops without consuming input, so any string — however malformed — converts.
struct MathParser {
    private let characters: [Character]
    /// UTF-8 offset of each Character, plus the total at the end.
    private let utf8Offsets: [Int]
    private var position = 0
    private var warnings: [MathWarning] = []
    /// Nesting depth, bounded so a pathological input cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 100

    init(_ source: String) {
        characters = Array(source)
        var offsets: [Int] = []
        var total = 0
        for character in characters {
            offsets.append(total)
            total += character.utf8.count
        }
        offsets.append(total)
        utf8Offsets = offsets
    }

    /// What ends a sequence.
    private struct Stops: OptionSet {
        let rawValue: Int
        static let closeBrace = Stops(rawValue: 1)
        static let right = Stops(rawValue: 2)
        static let cell = Stops(rawValue: 4)      // & and \\ and \end
        static let closeBracket = Stops(rawValue: 8)
    }

    mutating func parse() -> (nodes: [MathNode], warnings: [MathWarning]) {
        let nodes = parseSequence(stops: [])
        return (nodes, warnings)
    }

    // MARK: - Sequences and scripts

    private mutating func parseSequence(stops: Stops) -> [MathNode] {
        var nodes: [MathNode] = []
        while let character = peek() {
            if character.isWhitespace {
                position += 1
                continue
            }
            if character == "}" {
                if stops.contains(.closeBrace) { break }
                warn("unmatched }", at: position)
                position += 1
                nodes.append(.error("}"))
                continue
            }
            if character == "]" && stops.contains(.closeBracket) { break }
            if character == "&" {
                if stops.contains(.cell) { break }
                warn("& outside a table", at: position)
                position += 1
                nodes.append(.error("&"))
                continue
            }
            if character == "\\" {
                let name = peekCommandName()
                if name == "right" && stops.contains(.right) { break }
                if (name == "\\" || name == "end" || name == "cr") && stops.contains(.cell) { break }
            }
            if character == "^" || character == "_" {
                let start = position
                position += 1
                let argument = parseScriptArgument(at: start)
                let base = nodes.popLast() ?? .row([])
                nodes.append(attach(argument, superscript: character == "^", to: base, at: start))
                continue
            }
            if character == "'" {
                position += 1
                var primes = "′"
                while peek() == "'" {
                    position += 1
                    primes += "′"
                }
                let base = nodes.popLast() ?? .row([])
                nodes.append(attach(.symbol(primes, kind: .ordinary), superscript: true, to: base, at: position - 1))
                continue
            }
            let before = position
            if let atom = parseAtom() {
                // "\arg\min" reads as one limit operator.
                if case .limitFunction(let name) = atom, case .function("arg")? = nodes.last, name == "min" || name == "max" {
                    nodes.removeLast()
                    nodes.append(.limitFunction("arg " + name))
                } else {
                    nodes.append(atom)
                }
            }
            if position == before { position += 1 }  // never stall
        }
        return nodes
    }

    /// Puts a script on `base`, filling the empty slot of an existing script node or brace label.
    private mutating func attach(_ script: MathNode, superscript: Bool, to base: MathNode, at offset: Int) -> MathNode {
        switch base {
        case .brace(let content, let over, nil) where over == superscript:
            return .brace(content, over: over, label: script)
        case .scripts(let inner, let sub, let sup):
            if superscript && sup == nil { return .scripts(base: inner, sub: sub, sup: script) }
            if !superscript && sub == nil { return .scripts(base: inner, sub: script, sup: sup) }
            warn(superscript ? "double superscript" : "double subscript", at: offset)
            return superscript ? .scripts(base: base, sub: nil, sup: script) : .scripts(base: base, sub: script, sup: nil)
        default:
            return superscript ? .scripts(base: base, sub: nil, sup: script) : .scripts(base: base, sub: script, sup: nil)
        }
    }

    /// The argument of `^` or `_`: a braced group, one command with its arguments, or one character.
    private mutating func parseScriptArgument(at start: Int) -> MathNode {
        skipWhitespace()
        guard let character = peek() else {
            warn("missing script after \(characters[start])", at: start)
            return .row([])
        }
        if character.isNumber {
            position += 1
            return .number(String(character))
        }
        return parseArgument(context: String(characters[start]))
    }

    /// A command's argument: `{…}` or a single token (as `\frac12` allows).
    private mutating func parseArgument(context: String) -> MathNode {
        skipWhitespace()
        guard let character = peek() else {
            warn("missing argument for \(context)", at: position)
            return .row([])
        }
        if character == "{" { return parseGroup() }
        if character == "}" || character == "&" {
            warn("missing argument for \(context)", at: position)
            return .row([])
        }
        if character.isNumber {
            position += 1
            return .number(String(character))
        }
        let before = position
        let atom = parseAtom() ?? .row([])
        if position == before { position += 1 }
        return atom
    }

    /// `{ … }`, warning (and closing at the end) when the brace is never closed.
    private mutating func parseGroup() -> MathNode {
        let open = position
        position += 1
        guard enter(at: open) else { return .error(String(characters[open...])) }
        defer { depth -= 1 }
        let inner = parseSequence(stops: [.closeBrace])
        if peek() == "}" {
            position += 1
        } else {
            warn("missing } for the { opened here", at: open)
        }
        return .row(inner)
    }

    // MARK: - Atoms

    private mutating func parseAtom() -> MathNode? {
        guard let character = peek() else { return nil }
        let start = position
        guard enter(at: start) else { return .error(String(characters[start...])) }
        defer { depth -= 1 }
        if character == "{" { return parseGroup() }
        if character == "\\" { return parseCommand() }
        if character.isNumber || (character == "." && peek(1)?.isNumber == true) {
            return parseNumber()
        }
        position += 1
        if character == "~" { return .space(em: "0.25em", unicode: " ") }
        if let (symbol, kind) = SymbolTable.character(character) { return .symbol(symbol, kind: kind) }
        if character.isLetter { return .identifier(String(character), upright: false) }
        return .symbol(String(character), kind: .ordinary)
    }

    private mutating func parseNumber() -> MathNode {
        var text = ""
        while let character = peek(), character.isNumber || (character == "." && peek(1)?.isNumber == true) {
            text.append(character)
            position += 1
        }
        return .number(text)
    }

    // MARK: - Commands

    private mutating func parseCommand() -> MathNode? {
        let start = position
        position += 1  // the backslash
        guard let first = peek() else {
            warn("lone \\ at the end", at: start)
            return .error("\\")
        }
        var name = String(first)
        position += 1
        if first.isLetter {
            while let next = peek(), next.isLetter {
                name.append(next)
                position += 1
            }
            if peek() == "*" && (name == "operatorname" || name == "hspace") {
                name += "*"
                position += 1
            }
        }
        return command(name, start: start)
    }

    private mutating func command(_ name: String, start: Int) -> MathNode? {
        if let letter = SymbolTable.greek[name] {
            return .identifier(letter, upright: letter.first?.isUppercase ?? false)
        }
        if let symbol = SymbolTable.letterLike[name] { return .identifier(symbol, upright: false) }
        if let (symbol, kind) = SymbolTable.symbols[name] { return .symbol(symbol, kind: kind) }
        if let (mathML, unicode, limits) = SymbolTable.largeOperators[name] {
            return .largeOperator(mathML, unicode: unicode, limits: limits)
        }
        if SymbolTable.functions.contains(name) { return .function(name) }
        if let limit = SymbolTable.limitFunctions[name] { return .limitFunction(limit) }
        if let (em, text) = SymbolTable.spaces[name] { return .space(em: em, unicode: text) }
        if let accent = SymbolTable.accents[name] { return .accent(parseArgument(context: "\\" + name), accent: accent) }
        if let variant = MathVariant(command: name) {
            if name == "textbf" { return .text(variant.apply(readRawArgument(context: name))) }
            return styled(parseArgument(context: "\\" + name), variant)
        }
        if SymbolTable.ignored.contains(name) { return nil }
        if SymbolTable.sizedDelimiters.contains(name) {
            let delimiter = readDelimiter(after: name)
            return delimiter.isEmpty ? nil : .symbol(delimiter, kind: delimiterKind(delimiter, preferOpen: !name.hasSuffix("r")))
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = parseArgument(context: "\\" + name)
            let denominator = parseArgument(context: "\\" + name)
            return .fraction(numerator, denominator)
        case "sqrt":
            skipWhitespace()
            if peek() == "[" {
                let open = position
                position += 1
                let index = parseSequence(stops: [.closeBracket])
                if peek() == "]" { position += 1 } else { warn("missing ] for the root index", at: open) }
                return .root(parseArgument(context: "\\sqrt"), index: .row(index))
            }
            return .squareRoot(parseArgument(context: "\\sqrt"))
        case "text", "textrm", "textit", "mbox", "textsf", "texttt", "textnormal":
            return .text(readRawArgument(context: name))
        case "operatorname":
            return .function(readRawArgument(context: name))
        case "operatorname*":
            return .limitFunction(readRawArgument(context: name))
        case "mathrm", "mathup", "rm":
            return upright(parseArgument(context: "\\" + name))
        case "overset", "stackrel":
            let over = parseArgument(context: "\\" + name)
            return .stacked(parseArgument(context: "\\" + name), over: over, under: nil)
        case "underset":
            let under = parseArgument(context: "\\underset")
            return .stacked(parseArgument(context: "\\underset"), over: nil, under: under)
        case "binom", "dbinom", "tbinom":
            let top = parseArgument(context: "\\" + name)
            return .binomial(top, parseArgument(context: "\\" + name))
        case "not":
            // \not= is ≠, \not\in is ∉; otherwise a combining long solidus strikes the symbol.
            let negated = parseArgument(context: "\\not")
            switch negated {
            case .symbol("=", _): return .symbol("≠", kind: .relation)
            case .symbol("∈", _): return .symbol("∉", kind: .relation)
            case .symbol(let text, let kind): return .symbol(text + "\u{0338}", kind: kind)
            case .identifier(let text, let upright): return .identifier(text + "\u{0338}", upright: upright)
            default: return negated
            }
        case "bmod":
            return .symbol("mod", kind: .binary)
        case "pmod":
            let argument = parseArgument(context: "\\pmod")
            return .row([.space(em: "1em", unicode: " "), .fenced(open: "(", .row([.function("mod"), argument]), close: ")")])
        case "hspace", "hspace*":
            let width = readRawArgument(context: name).trimmingSpaces
            return .space(em: width.isEmpty ? "0em" : width, unicode: " ")
        case "underbrace", "overbrace":
            return .brace(parseArgument(context: "\\" + name), over: name == "overbrace", label: nil)
        case "left":
            return parseFenced(start: start)
        case "right":
            warn("\\right without \\left", at: start)
            let delimiter = readDelimiter(after: "right")
            return delimiter.isEmpty ? nil : .symbol(delimiter, kind: .close)
        case "begin":
            return parseEnvironment(start: start)
        case "end":
            let environment = readRawArgument(context: "end")
            warn("\\end{\(environment)} without \\begin", at: start)
            return .error("\\end{\(environment)}")
        case "\\", "cr":
            warn("\\\\ outside a table is ignored", at: start)
            return nil
        default:
            // The braced arguments an unknown command would take are shown with it, untouched.
            warn("unknown command \\\(name)", at: start)
            var source = "\\" + name
            while peek() == "{" {
                source += "{" + readRawArgument(context: name) + "}"
            }
            return .error(source)
        }
    }

    /// `\left( … \right)`.
    private mutating func parseFenced(start: Int) -> MathNode {
        let open = readDelimiter(after: "left")
        guard enter(at: start) else { return .error(String(characters[start...])) }
        defer { depth -= 1 }
        let inner = parseSequence(stops: [.right])
        var close = ""
        if peekCommandName() == "right" {
            position += 1 + "right".count
            close = readDelimiter(after: "right")
        } else {
            warn("\\left without \\right", at: start)
        }
        return .fenced(open: open, .row(inner), close: close)
    }

    /// The delimiter after `\left`, `\right` or `\big`: a character or a delimiter command;
    /// `.` is the empty delimiter.
    private mutating func readDelimiter(after command: String) -> String {
        skipWhitespace()
        guard let character = peek() else {
            warn("missing delimiter after \\\(command)", at: position)
            return ""
        }
        if character == "\\" {
            let start = position
            position += 1
            var name = ""
            if let first = peek() {
                name.append(first)
                position += 1
                if first.isLetter {
                    while let next = peek(), next.isLetter {
                        name.append(next)
                        position += 1
                    }
                }
            }
            if let (symbol, _) = SymbolTable.symbols[name] { return symbol }
            warn("unknown delimiter \\\(name) after \\\(command)", at: start)
            return "\\" + name
        }
        position += 1
        if character == "." { return "" }
        if character == "-" { return "−" }
        return String(character)
    }

    private func delimiterKind(_ delimiter: String, preferOpen: Bool) -> SymbolKind {
        if ["(", "[", "{", "⟨", "⌊", "⌈"].contains(delimiter) { return .open }
        if [")", "]", "}", "⟩", "⌋", "⌉"].contains(delimiter) { return .close }
        return preferOpen ? .open : .close
    }

    /// `\begin{name} … \end{name}` for the table environments.
    private mutating func parseEnvironment(start: Int) -> MathNode {
        let name = readRawArgument(context: "begin")
        let style: TableStyle
        switch name {
        case "aligned", "align", "align*", "alignat", "alignat*", "split", "eqnarray", "eqnarray*": style = .aligned
        case "gathered", "gather", "gather*", "equation", "equation*": style = .gathered
        case "cases", "dcases": style = .cases
        case "matrix", "smallmatrix": style = .matrix(open: "", close: "")
        case "pmatrix": style = .matrix(open: "(", close: ")")
        case "bmatrix": style = .matrix(open: "[", close: "]")
        case "Bmatrix": style = .matrix(open: "{", close: "}")
        case "vmatrix": style = .matrix(open: "|", close: "|")
        case "Vmatrix": style = .matrix(open: "‖", close: "‖")
        case "array":
            _ = readRawArgument(context: "array")  // the column specification
            style = .matrix(open: "", close: "")
        default:
            warn("unknown environment \(name)", at: start)
            style = .gathered
        }
        if name.hasPrefix("alignat") { _ = readRawArgument(context: name) }
        guard enter(at: start) else { return .error(String(characters[start...])) }
        defer { depth -= 1 }
        var rows: [[MathNode]] = []
        var cells: [MathNode] = []
        while true {
            let cell = parseSequence(stops: [.cell])
            cells.append(.row(cell))
            guard let character = peek() else {
                warn("missing \\end{\(name)}", at: start)
                break
            }
            if character == "&" {
                position += 1
                continue
            }
            let command = peekCommandName()
            position += 1 + command.count
            if command == "end" {
                let closing = readRawArgument(context: "end")
                if closing != name { warn("\\begin{\(name)} ended by \\end{\(closing)}", at: start) }
                break
            }
            // A row break: \\ or \cr (an optional [spacing] after \\ is skipped).
            skipWhitespace()
            if peek() == "[" {
                while let next = peek(), next != "]" { position += 1 }
                position += 1
            }
            rows.append(cells)
            cells = []
        }
        // A final \\ leaves an empty last row, which LaTeX does not draw.
        if !(cells.count == 1 && cells[0] == .row([])) || rows.isEmpty { rows.append(cells) }
        return .table(rows, style: style)
    }

    // MARK: - Styles

    /// Identifiers and numbers in `node` rewritten in `variant`'s letters.
    private func styled(_ node: MathNode, _ variant: MathVariant) -> MathNode {
        switch node {
        case .identifier(let text, _):
            return variant == .italic ? .identifier(text, upright: false) : .identifier(variant.apply(text), upright: false)
        case .number(let text):
            return variant == .italic ? .number(text) : .number(variant.apply(text))
        case .row(let children):
            return .row(children.map { styled($0, variant) })
        case .scripts(let base, let sub, let sup):
            return .scripts(base: styled(base, variant), sub: sub, sup: sup)
        case .accent(let base, let accent):
            return .accent(styled(base, variant), accent: accent)
        default:
            return node
        }
    }

    /// `\mathrm{…}`: a word of letters becomes one upright identifier; otherwise each
    /// identifier inside is made upright.
    private func upright(_ node: MathNode) -> MathNode {
        if case .row(let children) = node {
            var word = ""
            for child in children {
                guard case .identifier(let letter, _) = child else {
                    return .row(children.map(upright))
                }
                word += letter
            }
            return children.isEmpty ? node : .identifier(word, upright: true)
        }
        if case .identifier(let text, _) = node { return .identifier(text, upright: true) }
        return node
    }

    // MARK: - Reading

    /// The raw text of a braced argument (for `\text`, environment names), braces balanced,
    /// with LaTeX's text escapes undone.
    private mutating func readRawArgument(context: String) -> String {
        skipWhitespace()
        guard peek() == "{" else {
            warn("missing { after \\\(context)", at: position)
            return ""
        }
        let open = position
        position += 1
        var text = ""
        var level = 0
        while let character = peek() {
            position += 1
            if character == "\\", let next = peek(), "{}%$&#_\\ ,;:!".contains(next) {
                position += 1
                // Escaped characters stand for themselves; spacing commands become a space.
                if ",;: \\".contains(next) {
                    text.append(" ")
                } else if next != "!" {
                    text.append(next)
                }
                continue
            }
            if character == "{" { level += 1 }
            if character == "}" {
                if level == 0 { return text }
                level -= 1
            }
            text.append(character)
        }
        warn("missing } for the { opened here", at: open)
        return text
    }

    private func peek(_ ahead: Int = 0) -> Character? {
        position + ahead < characters.count ? characters[position + ahead] : nil
    }

    /// The name of the command starting at the current backslash, without consuming it.
    private func peekCommandName() -> String {
        guard peek() == "\\", let first = peek(1) else { return "" }
        guard first.isLetter else { return String(first) }
        var name = ""
        var index = position + 1
        while index < characters.count, characters[index].isLetter {
            name.append(characters[index])
            index += 1
        }
        return name
    }

    private mutating func skipWhitespace() {
        while let character = peek(), character.isWhitespace { position += 1 }
    }

    /// Enters one level of nesting; past the limit, warns and returns false.
    private mutating func enter(at offset: Int) -> Bool {
        guard depth < Self.maximumDepth else {
            warn("formula nested too deeply", at: offset)
            position = characters.count
            return false
        }
        depth += 1
        return true
    }

    private mutating func warn(_ message: String, at offset: Int) {
        let clamped = max(0, min(offset, characters.count))
        warnings.append(MathWarning(offset: clamped, utf8Offset: utf8Offsets[clamped], message: message))
    }
}

extension String {
    /// The string without leading and trailing spaces (Foundation-free).
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
