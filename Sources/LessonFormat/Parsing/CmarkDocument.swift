import CCmark

/// The one place lectern talks to cmark: parse Markdown and convert cmark's node tree into the
/// project's own value types (`RawBlock`), so nothing else handles C pointers.
///
/// cmark counts columns in UTF-8 bytes; they become character columns here (see
/// `CharacterColumns`). Code literals come with `\n` line breaks whatever the file used.
enum CmarkDocument {
    /// A block as cmark saw it, before lesson semantics (cells, outputs) are applied.
    enum RawBlock {
        case markdown(MarkdownBlock)
        /// A fenced code block with an info string: candidate cell or output. `line` and
        /// `column` are the opening fence's; `endLine` is the closing fence's line, or the
        /// block's last line when nothing closes it.
        case fenced(info: String, literal: String, line: Int, column: Int, endLine: Int)
    }

    /// Nesting deeper than this (block quotes in block quotes…) is flattened to text rather than
    /// converted recursively, so a hostile file cannot exhaust the stack.
    static let maximumDepth = 64

    /// Parses `text` and returns its top-level blocks in order; fenced blocks inside containers
    /// (lists, block quotes) are returned in document order too, as cells may live there.
    static func parse(_ text: String, math: MathSpans) -> [RawBlock] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE
        let utf8 = Array(text.utf8)
        guard let root = utf8.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, options)
                }
            } ?? cmark_parse_document("", 0, options)
        }) else { return [] }
        defer { cmark_node_free(root) }
        var converter = Converter(math: math, lines: LineBreaks.lines(of: text))
        return converter.topLevel(root)
    }

    private struct Converter {
        let math: MathSpans
        /// The lines of the text cmark parsed, to turn its byte columns into character columns.
        let lines: [Substring]
        var blocks: [RawBlock] = []

        init(math: MathSpans, lines: [Substring]) {
            self.math = math
            self.lines = lines
        }

        /// Top-level blocks; containers holding fenced code are split so the code surfaces.
        mutating func topLevel(_ root: OpaquePointer) -> [RawBlock] {
            var child = cmark_node_first_child(root)
            while let node = child {
                emit(node)
                child = cmark_node_next(node)
            }
            return blocks
        }

        /// Emits a top-level node. Lists and quotes that contain a fenced code block with an
        /// info string are emitted as a sequence instead of one container, so a cell inside a
        /// list still runs in order; the surrounding prose keeps its text.
        private mutating func emit(_ node: OpaquePointer) {
            if let fenced = fencedBlock(node) {
                blocks.append(fenced)
                return
            }
            let type = cmark_node_get_type(node)
            if (type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM),
               containsFencedCode(node, depth: 0) {
                var child = cmark_node_first_child(node)
                while let inner = child {
                    emit(inner)
                    child = cmark_node_next(inner)
                }
                return
            }
            blocks.append(.markdown(block(node, depth: 0)))
        }

        private func fencedBlock(_ node: OpaquePointer) -> RawBlock? {
            guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { return nil }
            let info = string(cmark_node_get_fence_info(node)).trimmingSpaces()
            guard !info.isEmpty else { return nil }
            let first = info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            guard first == "swift" || first == "output" else { return nil }
            let line = Int(cmark_node_get_start_line(node))
            return .fenced(info: info, literal: math.restore(string(cmark_node_get_literal(node))),
                           line: line, column: characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))),
                           endLine: Int(cmark_node_get_end_line(node)))
        }

        private func characterColumn(line: Int, byteColumn: Int) -> Int {
            guard line >= 1, line <= lines.count else { return byteColumn }
            return CharacterColumns.column(ofUTF8Column: byteColumn, in: lines[line - 1])
        }

        private func containsFencedCode(_ node: OpaquePointer, depth: Int) -> Bool {
            guard depth < maximumDepth else { return false }
            var child = cmark_node_first_child(node)
            while let inner = child {
                if fencedBlock(inner) != nil || containsFencedCode(inner, depth: depth + 1) { return true }
                child = cmark_node_next(inner)
            }
            return false
        }

        private func children(_ node: OpaquePointer, depth: Int) -> [MarkdownBlock] {
            var result: [MarkdownBlock] = []
            var child = cmark_node_first_child(node)
            while let inner = child {
                result.append(block(inner, depth: depth + 1))
                child = cmark_node_next(inner)
            }
            return result
        }

        private func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock {
            if depth >= maximumDepth {
                return .paragraph([.text(MarkdownInline.plainText(inlines(node, depth: 0)))])
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                return .heading(level: Int(cmark_node_get_heading_level(node)),
                                content: inlines(node, depth: 0),
                                line: Int(cmark_node_get_start_line(node)))
            case CMARK_NODE_PARAGRAPH:
                let content = inlines(node, depth: 0)
                if let latex = soleDisplayMath(content) { return .displayMath(latex) }
                return .paragraph(content)
            case CMARK_NODE_BLOCK_QUOTE:
                return .blockQuote(children(node, depth: depth))
            case CMARK_NODE_LIST:
                var items: [[MarkdownBlock]] = []
                var item = cmark_node_first_child(node)
                while let current = item {
                    items.append(children(current, depth: depth + 1))
                    item = cmark_node_next(current)
                }
                return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                             start: Int(cmark_node_get_list_start(node)),
                             tight: cmark_node_get_list_tight(node) != 0,
                             items: items)
            case CMARK_NODE_ITEM:
                return .list(ordered: false, start: 1, tight: true, items: [children(node, depth: depth)])
            case CMARK_NODE_CODE_BLOCK:
                return .codeBlock(info: string(cmark_node_get_fence_info(node)).trimmingSpaces(),
                                  code: math.restore(string(cmark_node_get_literal(node))))
            case CMARK_NODE_HTML_BLOCK:
                return .htmlBlock(math.restore(string(cmark_node_get_literal(node))))
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak
            default:
                return .paragraph(inlines(node, depth: 0))
            }
        }

        /// A paragraph made of nothing but one `$$…$$` span is display maths.
        private func soleDisplayMath(_ content: [MarkdownInline]) -> String? {
            let meaningful = content.filter {
                switch $0 {
                case .softBreak, .lineBreak: return false
                case .text(let text): return !text.trimmingSpaces().isEmpty
                default: return true
                }
            }
            guard meaningful.count == 1, case .math(let latex, true) = meaningful[0] else { return nil }
            return latex
        }

        private func inlines(_ node: OpaquePointer, depth: Int) -> [MarkdownInline] {
            var result: [MarkdownInline] = []
            var child = cmark_node_first_child(node)
            while let inner = child {
                result.append(contentsOf: inline(inner, depth: depth + 1))
                child = cmark_node_next(inner)
            }
            return result
        }

        private func inline(_ node: OpaquePointer, depth: Int) -> [MarkdownInline] {
            if depth >= maximumDepth {
                return [.text(MarkdownInline.plainText(inlines(node, depth: 0)))]
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                return math.inlines(from: string(cmark_node_get_literal(node)))
            case CMARK_NODE_CODE:
                return [.code(math.restore(string(cmark_node_get_literal(node))))]
            case CMARK_NODE_EMPH:
                return [.emphasis(inlines(node, depth: depth))]
            case CMARK_NODE_STRONG:
                return [.strong(inlines(node, depth: depth))]
            case CMARK_NODE_LINK:
                return [.link(destination: string(cmark_node_get_url(node)),
                              title: string(cmark_node_get_title(node)),
                              content: inlines(node, depth: depth))]
            case CMARK_NODE_IMAGE:
                return [.image(source: string(cmark_node_get_url(node)),
                               title: string(cmark_node_get_title(node)),
                               alt: inlines(node, depth: depth))]
            case CMARK_NODE_HTML_INLINE:
                return [.html(string(cmark_node_get_literal(node)))]
            case CMARK_NODE_SOFTBREAK:
                return [.softBreak]
            case CMARK_NODE_LINEBREAK:
                return [.lineBreak]
            default:
                return inlines(node, depth: depth)
            }
        }

        private func string(_ pointer: UnsafePointer<CChar>?) -> String {
            guard let pointer else { return "" }
            return String(cString: pointer)
        }
    }
}
