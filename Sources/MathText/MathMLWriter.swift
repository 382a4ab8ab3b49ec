/// Writes `MathNode`s as MathML Core markup, escaped, with no whitespace between elements.
struct MathMLWriter {
    /// Display style: big-operator limits go under and over; inline they go to the side.
    let display: Bool

    func document(_ nodes: [MathNode]) -> String {
        "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
            + row(nodes) + "</math>"
    }

    /// The markup of one node; a row of several nodes becomes an `<mrow>`.
    func element(_ node: MathNode) -> String {
        switch node {
        case .identifier(let text, let upright):
            let variant = upright && text.count == 1 ? " mathvariant=\"normal\"" : ""
            return "<mi\(variant)>\(escape(text))</mi>"
        case .number(let text):
            return "<mn>\(escape(text))</mn>"
        case .symbol(let text, let kind):
            let fixed = kind == .open || kind == .close || text == "|" || text == "‖" ? " stretchy=\"false\"" : ""
            return "<mo\(fixed)>\(escape(text))</mo>"
        case .largeOperator(let text, _, _):
            return "<mo>\(escape(text))</mo>"
        case .limitFunction(let name), .function(let name):
            return "<mi>\(escape(name))</mi>"
        case .text(let text):
            return "<mtext>\(escape(protectEdgeSpaces(text)))</mtext>"
        case .space(let em, _):
            return "<mspace width=\"\(em)\"/>"
        case .row(let children):
            return children.count == 1 ? element(children[0]) : "<mrow>" + row(children) + "</mrow>"
        case .fraction(let numerator, let denominator):
            return "<mfrac>\(element(numerator))\(element(denominator))</mfrac>"
        case .squareRoot(let radicand):
            return "<msqrt>\(contents(radicand))</msqrt>"
        case .root(let radicand, let index):
            return "<mroot>\(element(radicand))\(element(index))</mroot>"
        case .scripts(let base, let sub, let sup):
            return scripts(base: base, sub: sub, sup: sup)
        case .accent(let base, let accent):
            if accent.under {
                return "<munder accentunder=\"true\">\(element(base))<mo>\(escape(accent.mathML))</mo></munder>"
            }
            return "<mover accent=\"true\">\(element(base))<mo>\(escape(accent.mathML))</mo></mover>"
        case .brace(let content, let over, let label):
            let braced = over
                ? "<mover accent=\"true\">\(element(content))<mo>⏞</mo></mover>"
                : "<munder accentunder=\"true\">\(element(content))<mo>⏟</mo></munder>"
            guard let label else { return braced }
            return over ? "<mover>\(braced)\(element(label))</mover>" : "<munder>\(braced)\(element(label))</munder>"
        case .stacked(let base, let over, let under):
            switch (over, under) {
            case (let over?, let under?): return "<munderover>\(element(base))\(element(under))\(element(over))</munderover>"
            case (let over?, nil): return "<mover>\(element(base))\(element(over))</mover>"
            case (nil, let under?): return "<munder>\(element(base))\(element(under))</munder>"
            case (nil, nil): return element(base)
            }
        case .binomial(let top, let bottom):
            return "<mrow><mo>(</mo><mfrac linethickness=\"0\">\(element(top))\(element(bottom))</mfrac><mo>)</mo></mrow>"
        case .fenced(let open, let inner, let close):
            let left = open.isEmpty ? "" : "<mo fence=\"true\">\(escape(open))</mo>"
            let right = close.isEmpty ? "" : "<mo fence=\"true\">\(escape(close))</mo>"
            return "<mrow>\(left)\(contents(inner))\(right)</mrow>"
        case .table(let rows, let style):
            return table(rows, style: style)
        case .error(let source):
            return "<merror><mtext>\(escape(source))</mtext></merror>"
        }
    }

    /// The children of a row without the `<mrow>` (for elements that are rows themselves).
    private func contents(_ node: MathNode) -> String {
        if case .row(let children) = node { return row(children) }
        return element(node)
    }

    /// The markup of a row's nodes. A `+`, `−` or `±` that starts the row or follows another
    /// operator, a relation, an opening bracket or a comma is a sign, not an operation: it gets
    /// no space around it (`x = −2`, not `x = − 2`), as TeX sets it.
    private func row(_ nodes: [MathNode]) -> String {
        var markup = ""
        for (index, node) in nodes.enumerated() {
            if case .symbol(let text, .binary) = node, ["+", "−", "-", "±", "∓"].contains(text), isSignPosition(nodes, index) {
                markup += "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">\(escape(text))</mo>"
            } else {
                markup += element(node)
            }
        }
        return markup
    }

    private func isSignPosition(_ nodes: [MathNode], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        switch nodes[index - 1] {
        case .symbol(_, let kind): return kind == .binary || kind == .relation || kind == .open || kind == .punctuation
        case .largeOperator: return true
        default: return false
        }
    }

    private func scripts(base: MathNode, sub: MathNode?, sup: MathNode?) -> String {
        // Limits under and over: ∑ and ∏ in display style, max/min/lim under in display style.
        var stacked = false
        if display {
            switch base {
            case .largeOperator(_, _, let limits): stacked = limits
            case .limitFunction: stacked = true
            default: break
            }
        }
        let baseMarkup = element(base)
        switch (sub, sup) {
        case (let sub?, let sup?):
            let tag = stacked ? "munderover" : "msubsup"
            return "<\(tag)>\(baseMarkup)\(element(sub))\(element(sup))</\(tag)>"
        case (let sub?, nil):
            let tag = stacked ? "munder" : "msub"
            return "<\(tag)>\(baseMarkup)\(element(sub))</\(tag)>"
        case (nil, let sup?):
            let tag = stacked ? "mover" : "msup"
            return "<\(tag)>\(baseMarkup)\(element(sup))</\(tag)>"
        case (nil, nil):
            return baseMarkup
        }
    }

    private func table(_ rows: [[MathNode]], style: TableStyle) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var attributes = ""
        switch style {
        case .aligned:
            let align = (0..<max(columns, 1)).map { $0 % 2 == 0 ? "right" : "left" }.joined(separator: " ")
            attributes = " displaystyle=\"true\" columnalign=\"\(align)\" columnspacing=\"0em\""
        case .gathered:
            attributes = " displaystyle=\"true\""
        case .cases:
            attributes = " columnalign=\"left\""
        case .matrix:
            break
        }
        var markup = "<mtable\(attributes)>"
        for row in rows {
            markup += "<mtr>"
            for (index, cell) in row.enumerated() {
                // In aligned columns a cell may start with "=": an empty <mi> keeps it spaced as a relation.
                let lead = style == .aligned && index % 2 == 1 && startsWithOperator(cell) ? "<mi></mi>" : ""
                markup += "<mtd>\(lead)\(contents(cell))</mtd>"
            }
            markup += "</mtr>"
        }
        markup += "</mtable>"
        switch style {
        case .cases:
            return "<mrow><mo>{</mo>\(markup)</mrow>"
        case .matrix(let open, let close) where !open.isEmpty || !close.isEmpty:
            return "<mrow><mo>\(escape(open))</mo>\(markup)<mo>\(escape(close))</mo></mrow>"
        default:
            return markup
        }
    }

    private func startsWithOperator(_ node: MathNode) -> Bool {
        if case .row(let children) = node, let first = children.first { return startsWithOperator(first) }
        if case .symbol(_, let kind) = node { return kind == .relation || kind == .binary }
        return false
    }

    /// Leading and trailing spaces of `\text{…}` as no-break spaces, which MathML keeps.
    private func protectEdgeSpaces(_ text: String) -> String {
        var result = text
        var prefix = ""
        while result.hasPrefix(" ") {
            result.removeFirst()
            prefix += "\u{00A0}"
        }
        var suffix = ""
        while result.hasSuffix(" ") {
            result.removeLast()
            suffix += "\u{00A0}"
        }
        return prefix + result + suffix
    }
}

/// `text` with the XML markup characters escaped.
func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default:
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { result += "\u{FFFD}" } else { result.unicodeScalars.append(scalar) }
        }
    }
    return result
}
