/// A tree diagram as indented text: one line per node, branch words on the connectors, and the
/// class mix as a ten-cell bar (in class colours, or told apart by shade without colour).
extension TerminalRenderer {
    /// Shades for classes 0, 1, 2, … when there is no colour.
    static let mixShades: [Character] = ["█", "░", "▒", "▓", "▞", "▚"]

    func treeDiagram(_ diagram: TreeDiagram) -> String {
        let layout = TreeLayout(diagram)
        var lines: [String] = []
        if !figure.title.isEmpty { lines.append(clipped(figure.title, to: width)) }
        guard !layout.placed.isEmpty else { return lines.joined(separator: "\n") }
        var stack: [(index: Int, prefix: String, connector: String)] = [(0, "", "")]
        while let (index, prefix, connector) = stack.popLast() {
            let placed = layout.placed[index]
            let node = diagram.nodes[placed.node]
            var branch = ""
            if let b = placed.branch, b < diagram.branchLabels.count { branch = diagram.branchLabels[b] + ": " }
            let text = clipped(prefix + connector + branch + node.lines.joined(separator: " · "), to: width)
            lines.append(text + mixBar(node.mix, room: width - text.count))
            var childPrefix = prefix + (connector == "├─ " ? "│  " : connector.isEmpty ? "" : "   ")
            if childPrefix.count > width { childPrefix = String(childPrefix.prefix(width)) }
            for (i, child) in placed.children.enumerated().reversed() {
                stack.append((child, childPrefix, i == placed.children.count - 1 ? "└─ " : "├─ "))
            }
        }
        if let legend = mixLegend(diagram, classCount: layout.placed.map { diagram.nodes[$0.node].mix.count }.max() ?? 0) {
            lines.append(clipped(legend, to: width))
        }
        return lines.joined(separator: "\n")
    }

    /// "  ███████░░░" for fractions, or "" when there is no mix or no room.
    private func mixBar(_ mix: [Double], room: Int) -> String {
        let cells = 10
        let total = mix.filter { $0.isFinite && $0 > 0 }.reduce(0, +)
        guard !mix.isEmpty, total > 0, room >= cells + 2 else { return "" }
        // Largest-remainder rounding, so the cells always add up to ten.
        let exact = mix.map { $0.isFinite && $0 > 0 ? $0 / total * Double(cells) : 0 }
        var counts = exact.map { Int($0) }
        let remainder = exact.indices.map { exact[$0] - Double(counts[$0]) }
        let order = exact.indices.sorted { remainder[$0] != remainder[$1] ? remainder[$0] > remainder[$1] : $0 < $1 }
        for k in order.prefix(cells - counts.reduce(0, +)) { counts[k] += 1 }
        var bar = "  "
        for (k, count) in counts.enumerated() where count > 0 {
            let shade = color ? "█" : String(Self.mixShades[k % Self.mixShades.count])
            let run = String(repeating: shade, count: count)
            bar += color ? ANSI.foreground(k) + run + ANSI.reset : run
        }
        return bar
    }

    /// "█ class 0  ░ class 1" under the tree, when any node has a mix (colour added after clipping).
    private func mixLegend(_ diagram: TreeDiagram, classCount: Int) -> String? {
        guard classCount > 0 else { return nil }
        let names = (0..<classCount).map { k in k < diagram.classNames.count ? diagram.classNames[k] : "class \(k)" }
        let shades = (0..<classCount).map { k in color ? "█" : String(Self.mixShades[k % Self.mixShades.count]) }
        let plain = zip(shades, names).map { "\($0) \($1)" }.joined(separator: "  ")
        guard color, plain.count <= width else { return clipped(plain, to: width) }
        return (0..<classCount).map { ANSI.foreground($0) + shades[$0] + ANSI.reset + " " + names[$0] }.joined(separator: "  ")
    }
}
