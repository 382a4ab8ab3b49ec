import LessonFormat

/// Prose: headings, paragraphs, lists, quotes, code blocks and maths, wrapped to the width.
extension TerminalRenderer {
    /// One block of prose, followed by a blank line.
    public func renderProse(_ block: MarkdownBlock) -> String {
        let lines = proseLines(block, width: width, depth: 0)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n"
    }

    func proseLines(_ block: MarkdownBlock, width: Int, depth: Int) -> [String] {
        let width = max(8, width)
        switch block {
        case .heading(let level, let content, _):
            var flow = TextFlow(color: color)
            if !color, level >= 3 { flow.add(String(repeating: "#", count: min(level, 6)) + " ") }
            flow.push(level <= 1 ? [ANSIStyle.bold, ANSIStyle.underline] : [ANSIStyle.bold])
            addInlines(content, to: &flow)
            flow.pop()
            var lines = flow.lines(width: width)
            if level <= 2 {
                let textWidth = min(width, lines.map { DisplayWidth.of($0) }.max() ?? 0)
                lines.append(String(repeating: level <= 1 ? "═" : "─", count: max(1, textWidth)))
            }
            return lines

        case .paragraph(let content):
            if let table = PipeTable(content) { return tableLines(table) }
            var flow = TextFlow(color: color)
            addInlines(content, to: &flow)
            return flow.lines(width: width)

        case .blockQuote(let children):
            let inner = blockSequence(children, width: width - 2, depth: depth, loose: true)
            return inner.map { $0.isEmpty ? "│" : "│ " + $0 }

        case .list(let ordered, let start, let tight, let items):
            let markers = items.indices.map { index in
                ordered ? "\(start + index)." : ["•", "◦", "▪"][depth % 3]
            }
            let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 1) + 1
            var lines: [String] = []
            for (index, item) in items.enumerated() {
                if index > 0, !tight { lines.append("") }
                let body = blockSequence(item, width: width - markerWidth, depth: depth + 1, loose: !tight)
                let marker = markers[index]
                let padded = String(repeating: " ", count: max(0, markerWidth - DisplayWidth.of(marker) - 1))
                    + marker + " "
                if body.isEmpty { lines.append(padded.trimmingTrailingSpaces()); continue }
                for (lineIndex, line) in body.enumerated() {
                    let prefix = lineIndex == 0 ? padded : String(repeating: " ", count: markerWidth)
                    lines.append(line.isEmpty ? "" : prefix + line)
                }
            }
            return lines

        case .codeBlock(let info, let code):
            let isSwift = info.split(separator: " ").first == "swift"
            return codeLines(code, highlighted: isSwift).map { $0.isEmpty ? "" : "    " + $0 }

        case .displayMath(let latex):
            return ControlCharacters.visible(MathRendering.unicode(latex))
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }

        case .htmlBlock(let html):
            var text = ControlCharacters.visible(html)
            while text.hasSuffix("\n") { text.removeLast() }
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        case .thematicBreak:
            return [String(repeating: "─", count: width)]
        }
    }

    /// A table with columns padded to their widest cell and box-drawing rules.
    private func tableLines(_ table: PipeTable) -> [String] {
        func line(_ cell: [MarkdownInline], bold: Bool) -> String {
            var flow = TextFlow(color: color)
            if bold { flow.push([ANSIStyle.bold]) }
            addInlines(cell, to: &flow)
            return flow.lines(width: Int.max / 2).joined(separator: " ")
        }
        let header = table.header.map { line($0, bold: true) }
        let rows = table.rows.map { $0.map { line($0, bold: false) } }
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map { DisplayWidth.of($0) }.max() ?? 0
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, text in
                let padding = max(0, widths[column] - DisplayWidth.of(text))
                switch table.alignments[column] {
                case .right: return String(repeating: " ", count: padding) + text
                case .center: return String(repeating: " ", count: padding / 2) + text + String(repeating: " ", count: padding - padding / 2)
                case .left, .none: return text + String(repeating: " ", count: padding)
                }
            }.joined(separator: " │ ").trimmingTrailingSpaces()
        }
        return [format(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")]
            + rows.map(format)
    }

    /// Blocks of one container, separated by blank lines (tight lists keep them together).
    private func blockSequence(_ blocks: [MarkdownBlock], width: Int, depth: Int, loose: Bool) -> [String] {
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            let rendered = proseLines(block, width: width, depth: depth)
            if index > 0, loose || !isList(block) { lines.append("") }
            lines.append(contentsOf: rendered)
        }
        return lines
    }

    private func isList(_ block: MarkdownBlock) -> Bool {
        if case .list = block { return true }
        return false
    }

    /// Lines of code, highlighted when colour is on, control characters made visible.
    /// The lines of `code` as runs of text with their ANSI codes (none without colour).
    func codeSpanLines(_ code: String, highlighted: Bool) -> [[CodeWrapping.Span]] {
        var lines: [[CodeWrapping.Span]]
        if highlighted && color {
            lines = SwiftHighlighter.highlightedLines(code).map { spans in
                spans.map { CodeWrapping.Span(text: ControlCharacters.visible($0.text), codes: ANSIStyle.codes(for: $0.kind)) }
            }
        } else {
            lines = code.split(separator: "\n", omittingEmptySubsequences: false).map {
                [CodeWrapping.Span(text: ControlCharacters.visible(String($0)), codes: [])]
            }
        }
        if code.hasSuffix("\n"), lines.last?.allSatisfy({ $0.text.isEmpty }) == true { lines.removeLast() }
        return lines
    }

    func codeLines(_ code: String, highlighted: Bool) -> [String] {
        codeSpanLines(code, highlighted: highlighted).map { spans in
            spans.map { ANSIStyle.apply($0.codes, to: $0.text, color: color) }.joined()
        }
    }

    func addInlines(_ inlines: [MarkdownInline], to flow: inout TextFlow) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                flow.add(ControlCharacters.visible(text))
            case .code(let code):
                let text = ControlCharacters.visible(code)
                if color {
                    flow.push([ANSIStyle.cyan])
                    flow.add(text)
                    flow.pop()
                } else {
                    flow.add("`" + text + "`")
                }
            case .emphasis(let children):
                styled(children, codes: [ANSIStyle.italic], marker: "*", flow: &flow)
            case .strong(let children):
                styled(children, codes: [ANSIStyle.bold], marker: "**", flow: &flow)
            case .link(let destination, _, let content):
                flow.push([ANSIStyle.underline])
                addInlines(content, to: &flow)
                flow.pop()
                let text = MarkdownInline.plainText(content)
                if !destination.isEmpty, destination != text, destination != "mailto:" + text {
                    flow.addSpace()
                    flow.push([ANSIStyle.blue])
                    flow.add("(" + ControlCharacters.visible(destination) + ")")
                    flow.pop()
                }
            case .image(let source, _, let alt):
                flow.add("[image: ")
                addInlines(alt, to: &flow)
                flow.add("]")
                if !source.isEmpty { flow.add(" (" + ControlCharacters.visible(source) + ")") }
            case .math(let latex, _):
                flow.push([ANSIStyle.italic])
                flow.add(ControlCharacters.visible(MathRendering.unicode(latex)))
                flow.pop()
            case .html(let html):
                flow.add(ControlCharacters.visible(html))
            case .softBreak:
                flow.addSpace()
            case .lineBreak:
                flow.addHardBreak()
            }
        }
    }

    /// Emphasis and strong: a terminal style with colour, Markdown's own markers without.
    private func styled(_ children: [MarkdownInline], codes: [String], marker: String, flow: inout TextFlow) {
        if color {
            flow.push(codes)
            addInlines(children, to: &flow)
            flow.pop()
        } else {
            flow.addUnbreakable(marker)
            addInlines(children, to: &flow)
            flow.addUnbreakable(marker)
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
