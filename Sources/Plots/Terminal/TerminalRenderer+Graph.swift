import Foundation

/// A computational graph as an indented tree, output first, operands indented below it.
extension TerminalRenderer {
    func graphTree(_ graph: GraphFigure) -> String {
        let layout = GraphLayout(graph)
        var lines: [String] = []
        if !figure.title.isEmpty { lines.append(clipped(figure.title, to: width)) }
        var shown = Set<Int>()
        let roots = layout.placed.indices.filter { index in !layout.placed.contains { $0.inputs.contains(index) } }
        // A graph that is all cycle has no root; start from the first node so it is still shown.
        let starts = roots.isEmpty && !layout.placed.isEmpty ? [0] : roots
        for root in starts { appendTree(root, layout: layout, prefix: "", connector: "", lines: &lines, shown: &shown) }
        for index in layout.placed.indices where !shown.contains(index) {
            appendTree(index, layout: layout, prefix: "", connector: "", lines: &lines, shown: &shown)
        }
        return lines.joined(separator: "\n")
    }

    /// Appends a node's line, then its operands; a node already shown is referred to, not repeated.
    private func appendTree(_ index: Int, layout: GraphLayout, prefix: String, connector: String,
                            lines: inout [String], shown: inout Set<Int>) {
        let placed = layout.placed[index]
        let text = GraphText(placed.node)
        var line = [text.label.isEmpty ? "#\(placed.node.id)" : text.label, text.data, text.grad].joined(separator: " | ")
        let repeated = shown.contains(index)
        if !placed.node.op.isEmpty { line += "  ← " + placed.node.op }
        if repeated && !placed.inputs.isEmpty { line += "  (shown above)" }
        var visible = clipped(prefix + connector + line, to: width)
        // Colour goes in after clipping so escape sequences never count towards the width.
        if color, !placed.node.op.isEmpty, let range = visible.range(of: "← " + placed.node.op, options: .backwards) {
            visible.replaceSubrange(range, with: "← " + ANSI.foreground(3) + placed.node.op + ANSI.reset)
        }
        lines.append(visible)
        guard !repeated else { return }
        shown.insert(index)
        let childPrefix = prefix + (connector == "├─ " ? "│  " : connector.isEmpty ? "" : "   ")
        for (i, input) in placed.inputs.enumerated() {
            let last = i == placed.inputs.count - 1
            appendTree(input, layout: layout, prefix: childPrefix, connector: last ? "└─ " : "├─ ", lines: &lines, shown: &shown)
        }
    }
}
