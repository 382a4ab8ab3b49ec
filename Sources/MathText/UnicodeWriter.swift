/// Writes `MathNode`s as plain Unicode for a terminal: `σ(z) ≡ 1/(1 + e⁻ᶻ)`.
///
/// Relations and binary operators get a space on each side (a unary minus does not), fractions
/// become `a/b` with parentheses around compound parts, scripts use Unicode super- and
/// subscripts where every character has one, and tables become aligned lines.
struct UnicodeWriter {
    func render(_ nodes: [MathNode]) -> String {
        row(nodes, compact: false)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// A sequence; `compact` (inside scripts) leaves out the spacing around operators.
    private func row(_ nodes: [MathNode], compact: Bool) -> String {
        var pieces: [String] = []
        var previous: MathNode? = nil
        for node in nodes {
            var piece = text(node, compact: compact)
            if !compact {
                switch role(node) {
                case .binary:
                    if !isUnaryPosition(after: previous) { piece = " " + piece + " " }
                case .relation:
                    piece = " " + piece + " "
                case .punctuation:
                    piece += " "
                case .function:
                    if let previous, role(previous) == .operand || role(previous) == .function { piece = " " + piece }
                case .operand, .open:
                    if let previous, role(previous) == .function, role(node) == .operand, !startsWithBracket(node) {
                        piece = " " + piece
                    } else if role(node) == .operand, let last = pieces.last, endsWithFallbackScript(previous, last) {
                        // "∇_w L", not "∇_wL": a spelled-out script needs a space to end.
                        piece = " " + piece
                    }
                case .close, .space:
                    break
                }
            }
            // A slash binds loosely to the eye: "1/2 ‖w‖²", "2 a/b", not "1/2‖w‖²".
            if !compact, let previous, !piece.hasPrefix(" "), isFraction(previous) || isFraction(node) {
                let after = role(node), before = role(previous)
                if (isFraction(previous) && (after == .operand || after == .open))
                    || (isFraction(node) && (before == .operand || before == .close)) {
                    piece = " " + piece
                }
            }
            pieces.append(piece)
            if case .space = node { continue }
            previous = node
        }
        // Operator padding stops at the ends of a row ("= b" in an aligned cell); explicit
        // spacing commands are kept.
        if !compact, let first = nodes.first, [.relation, .binary, .punctuation].contains(role(first)), !pieces.isEmpty {
            pieces[0] = String(pieces[0].drop { $0 == " " })
        }
        if !compact, let last = nodes.last, [.relation, .binary, .punctuation].contains(role(last)), !pieces.isEmpty {
            pieces[pieces.count - 1] = String(pieces[pieces.count - 1].reversed().drop { $0 == " " }.reversed())
        }
        return join(pieces)
    }

    /// How a node takes part in spacing.
    private enum Role { case binary, relation, punctuation, function, operand, open, close, space }

    private func role(_ node: MathNode) -> Role {
        switch node {
        case .symbol(_, let kind):
            switch kind {
            case .binary: return .binary
            case .relation: return .relation
            case .punctuation: return .punctuation
            case .open: return .open
            case .close: return .close
            case .ordinary: return .operand
            }
        case .function, .limitFunction, .largeOperator:
            return .function
        case .scripts(let base, _, _):
            let baseRole = role(base)
            return baseRole == .function ? .function : baseRole == .close ? .close : .operand
        case .stacked(let base, _, _):
            return role(base)
        case .row(let children) where children.count == 1:
            return role(children[0])
        case .space:
            return .space
        case .row(let children) where children.isEmpty:
            return .space
        default:
            return .operand
        }
    }

    private func isFraction(_ node: MathNode) -> Bool {
        if case .fraction = node { return true }
        return false
    }

    private func endsWithFallbackScript(_ previous: MathNode?, _ text: String) -> Bool {
        guard case .scripts? = previous else { return false }
        return text.contains("_") || text.contains("^")
    }

    private func isUnaryPosition(after previous: MathNode?) -> Bool {
        guard let previous else { return true }
        switch role(previous) {
        case .binary, .relation, .open, .punctuation, .function: return true
        default: return false
        }
    }

    private func startsWithBracket(_ node: MathNode) -> Bool {
        switch node {
        case .fenced(let open, _, _): return !open.isEmpty
        case .scripts(let base, _, _): return startsWithBracket(base)
        default: return false
        }
    }

    /// The text of one node.
    private func text(_ node: MathNode, compact: Bool) -> String {
        switch node {
        case .identifier(let text, _), .number(let text), .function(let text), .limitFunction(let text), .text(let text):
            return text
        case .symbol(let text, _):
            return text == "⋅" ? "·" : text
        case .largeOperator(_, let unicode, _):
            return unicode
        case .space(_, let unicode):
            return compact ? "" : unicode
        case .row(let children):
            return row(children, compact: compact)
        case .fraction(let numerator, let denominator):
            let top = grouped(text(numerator, compact: compact))
            let bottom = text(denominator, compact: compact)
            return top + "/" + (isSingleFactor(denominator) ? grouped(bottom) : "(" + bottom + ")")
        case .squareRoot(let radicand):
            return "√" + rootArgument(text(radicand, compact: compact))
        case .root(let radicand, let index):
            let degree = text(index, compact: true)
            let sign = degree == "3" ? "∛" : degree == "4" ? "∜" : (UnicodeScripts.convert(degree, superscript: true) ?? "(\(degree))") + "√"
            return sign + rootArgument(text(radicand, compact: compact))
        case .scripts(let base, let sub, let sup):
            var result = text(base, compact: compact)
            if let sub { result += script(sub, superscript: false) }
            if let sup { result += script(sup, superscript: true) }
            return result
        case .accent(let base, let accent):
            let inner = text(base, compact: compact)
            if inner.count == 1 { return inner + accent.combining }
            if accent.spreads && !inner.isEmpty { return inner.map { String($0) + accent.combining }.joined() }
            return accent.name + "(" + inner + ")"
        case .brace(let content, let over, let label):
            let inner = text(content, compact: compact)
            guard let label else { return inner }
            return grouped(inner) + script(label, superscript: over)
        case .stacked(let base, let over, let under):
            var result = text(base, compact: compact)
            if let under { result += script(under, superscript: false) }
            if let over { result += script(over, superscript: true) }
            return result
        case .binomial(let top, let bottom):
            return "C(" + text(top, compact: compact) + ", " + text(bottom, compact: compact) + ")"
        case .fenced(let open, let inner, let close):
            return open + text(inner, compact: compact) + close
        case .table(let rows, let style):
            return table(rows, style: style)
        case .error(let source):
            return source
        }
    }

    /// A script in Unicode super/subscripts, or `^x` / `^(…)` when some character has none.
    private func script(_ node: MathNode, superscript: Bool) -> String {
        let inner = text(node, compact: true)
        if !containsText(node), let converted = UnicodeScripts.convert(inner, superscript: superscript) { return converted }
        let marker = superscript ? "^" : "_"
        return inner.count == 1 ? marker + inner : marker + "(" + inner + ")"
    }

    private func containsText(_ node: MathNode) -> Bool {
        switch node {
        case .text, .function, .limitFunction: return true
        case .row(let children): return children.contains(where: containsText)
        case .identifier(let name, _): return name.count > 1
        default: return false
        }
    }

    /// Parenthesised unless it reads as one unit: no spaces, operators or slashes outside brackets.
    private func grouped(_ text: String) -> String {
        var depth = 0
        var compound = false
        for (index, character) in text.enumerated() {
            if "([{⟨⁽₍".contains(character) { depth += 1 }
            if ")]}⟩⁾₎".contains(character) { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            if character == " " || (index > 0 && "+−-±∓/=<>·×".contains(character)) {
                compound = true
                break
            }
        }
        return compound ? "(" + text + ")" : text
    }

    /// Whether a denominator is one factor, so `1/2σ²` is never written for 1/(2σ²);
    /// a differential such as `∂w` or `dx` counts as one.
    private func isSingleFactor(_ node: MathNode) -> Bool {
        guard case .row(let children) = node else { return true }
        let visible = children.filter { if case .space = $0 { return false } else { return true } }
        if visible.count <= 1 { return visible.first.map(isSingleFactor) ?? true }
        if visible.count == 2, case .identifier(let first, _) = visible[0], first == "∂" || first == "d" || first == "δ" || first == "Δ" {
            return true
        }
        return false
    }

    private func rootArgument(_ text: String) -> String {
        let single = text.count == 1 || (!text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "." })
        return single ? text : "(" + text + ")"
    }

    // MARK: - Tables

    private func table(_ rows: [[MathNode]], style: TableStyle) -> String {
        let cells = rows.map { $0.map { row(children(of: $0), compact: false) } }
        let columns = cells.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var lines: [String] = []
        for row in cells {
            var line = ""
            for index in 0..<columns {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                switch style {
                case .aligned:
                    // Right-aligned, then left-aligned, so the relations line up.
                    if index > 0 { line += index % 2 == 1 ? " " : "    " }
                    line += index % 2 == 0 ? padding + cell : cell + padding
                case .gathered:
                    line += (index > 0 ? " " : "") + cell
                case .cases:
                    line += (index > 0 ? "  " : "") + cell + padding
                case .matrix:
                    line += (index > 0 ? "  " : "") + padding + cell
                }
            }
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        switch style {
        case .cases:
            return framed(lines, left: ("{", "⎧", "⎨", "⎩", "⎪"), right: nil)
        case .matrix(let open, let close) where !open.isEmpty || !close.isEmpty:
            let width = lines.map(\.count).max() ?? 0
            let padded = lines.map { $0 + String(repeating: " ", count: width - $0.count) }
            return framed(padded, left: delimiterPieces(open, left: true), right: delimiterPieces(close, left: false))
        default:
            return lines.joined(separator: "\n")
        }
    }

    private func children(of node: MathNode) -> [MathNode] {
        if case .row(let children) = node { return children }
        return [node]
    }

    /// (single line, top, middle, bottom, extension) pieces of a tall delimiter.
    private typealias Pieces = (String, String, String, String, String)

    private func delimiterPieces(_ delimiter: String, left: Bool) -> Pieces {
        switch delimiter {
        case "(": return ("(", "⎛", "⎜", "⎝", "⎜")
        case ")": return (")", "⎞", "⎟", "⎠", "⎟")
        case "[": return ("[", "⎡", "⎢", "⎣", "⎢")
        case "]": return ("]", "⎤", "⎥", "⎦", "⎥")
        case "{": return ("{", "⎧", "⎨", "⎩", "⎪")
        case "}": return ("}", "⎫", "⎬", "⎭", "⎪")
        default: return (delimiter, delimiter, delimiter, delimiter, delimiter)
        }
    }

    private func framed(_ lines: [String], left: Pieces?, right: Pieces?) -> String {
        func piece(_ pieces: Pieces, _ index: Int) -> String {
            if lines.count == 1 { return pieces.0 }
            if index == 0 { return pieces.1 }
            if index == lines.count - 1 { return pieces.3 }
            return index == (lines.count - 1) / 2 && pieces.2 != pieces.4 ? pieces.2 : pieces.4
        }
        return lines.enumerated().map { index, line in
            (left.map { piece($0, index) + " " } ?? "") + line + (right.map { " " + piece($0, index) } ?? "")
        }.joined(separator: "\n")
    }

    // MARK: - Joining

    /// Concatenates pieces, never doubling a space; multi-line pieces are set side by side,
    /// single lines on the middle line of the tallest piece.
    private func join(_ pieces: [String]) -> String {
        guard pieces.contains(where: { $0.contains("\n") }) else {
            var result = ""
            for piece in pieces {
                if result.hasSuffix(" ") && piece.hasPrefix(" ") { result += piece.dropFirst() } else { result += piece }
            }
            return result
        }
        let blocks = pieces.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let height = blocks.map(\.count).max() ?? 1
        var lines = Array(repeating: "", count: height)
        for block in blocks {
            let width = block.map(\.count).max() ?? 0
            let top = (height - block.count) / 2
            for index in 0..<height {
                let line = index >= top && index < top + block.count ? block[index - top] : ""
                lines[index] += line + String(repeating: " ", count: width - line.count)
            }
        }
        return lines.joined(separator: "\n")
    }

}
