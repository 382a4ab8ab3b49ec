import Foundation

/// A computational graph as an indented tree, output first, operands indented below it.
extension TerminalRenderer {
    func graphTree(_ graph: GraphFigure) -> String {
        let layout = GraphLayout(graph)
        var lines: [String] = []
        if !figure.title.isEmpty { lines.append(clipped(figure.title, to: width)) }
        var consumed = Set<Int>()
        for placed in layout.placed { consumed.formUnion(placed.inputs) }
        let roots = layout.placed.indices.filter { !consumed.contains($0) }
        // A graph that is all cycle has no root; every node not yet shown starts a tree too.
        var shown = Set<Int>()
        for start in roots + Array(layout.placed.indices) where !shown.contains(start) {
            appendTree(start, layout: layout, lines: &lines, shown: &shown)
        }
        return lines.joined(separator: "\n")
    }

    /// Appends a node's line, then its operands, depth first; a node already shown is referred
    /// to, not repeated. An explicit stack keeps a long chain of operations from overflowing
    /// the call stack.
    private func appendTree(_ root: Int, layout: GraphLayout, lines: inout [String], shown: inout Set<Int>) {
        var stack: [(index: Int, prefix: String, connector: String)] = [(root, "", "")]
        while let (index, prefix, connector) = stack.popLast() {
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
            guard !repeated else { continue }
            shown.insert(index)
            var childPrefix = prefix + (connector == "├─ " ? "│  " : connector.isEmpty ? "" : "   ")
            // Indentation past the width is clipped anyway; capping it keeps deep chains linear.
            if childPrefix.count > width { childPrefix = String(childPrefix.prefix(width)) }
            for (i, input) in placed.inputs.enumerated().reversed() {
                stack.append((input, childPrefix, i == placed.inputs.count - 1 ? "└─ " : "├─ "))
            }
        }
    }
}
