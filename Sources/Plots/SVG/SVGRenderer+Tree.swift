/// Tree diagrams: a box per node (text lines, a class-mix bar), curved edges labelled yes / no.
extension SVGRenderer {
    func renderTree(_ diagram: TreeDiagram) -> String {
        let layout = TreeLayout(diagram)
        let c = NumberFormat.coordinate
        let nodes = layout.placed.map { diagram.nodes[$0.node] }
        let lineCount = max(1, nodes.map(\.lines.count).max() ?? 1)
        let showsMix = nodes.contains { !$0.mix.isEmpty }
        let boxWidth = max(60, (nodes.flatMap(\.lines).map { estimatedTextWidth($0) }.max() ?? 0) + 16)
        let lineHeight = 15.0, mixHeight = showsMix ? 8.0 : 0
        let boxHeight = Double(lineCount) * lineHeight + 10 + mixHeight
        let columnPitch = boxWidth + 14, rowPitch = boxHeight + 42, margin = 16.0
        let top = figure.title.isEmpty ? margin : 44
        let classCount = nodes.map(\.mix.count).max() ?? 0
        let legendHeight = showsMix && classCount > 0 ? 28.0 : 0
        let width = max(200, margin * 2 + Double(max(layout.leafCount, 1)) * columnPitch - 14)
        let height = top + Double(max(layout.depthCount, 1)) * rowPitch - 42 + margin + legendHeight

        func left(_ p: TreeLayout.Placed) -> Double { margin + p.x * columnPitch }
        func boxTop(_ p: TreeLayout.Placed) -> Double { top + Double(p.depth) * rowPitch }

        let leaves = layout.placed.filter(\.children.isEmpty).count
        var summary = "\(layout.placed.count) node\(layout.placed.count == 1 ? "" : "s"), \(leaves) lea\(leaves == 1 ? "f" : "ves"), \(layout.depthCount) level\(layout.depthCount == 1 ? "" : "s"), root at the top."
        let listed = nodes.prefix(30).map { $0.lines.joined(separator: ", ") }
        if !listed.isEmpty { summary += " " + listed.joined(separator: "; ") + "." }
        if nodes.count > 30 { summary += " (\(nodes.count - 30) more not listed.)" }
        let ignored = diagram.nodes.count - layout.placed.count
        let notes = ignored > 0 ? ["\(ignored) node\(ignored == 1 ? "" : "s") not reachable from the root ignored."] : []
        let description = describe(kind: "Tree diagram", summary: summary, notes: notes)

        return document(width: width, height: height, kind: "Tree diagram", description: description) { writer in
            if !figure.title.isEmpty {
                writer.text("text", [("class", "lp-title"), ("x", c(width / 2)), ("y", "24"), ("text-anchor", "middle")], figure.title)
            }
            writer.open("g", [("class", "lp-edges")])
            for parent in layout.placed {
                let x0 = left(parent) + boxWidth / 2, y0 = boxTop(parent) + boxHeight
                for child in parent.children.map({ layout.placed[$0] }) {
                    let x1 = left(child) + boxWidth / 2, y1 = boxTop(child)
                    let bend = (y1 - y0) / 2
                    writer.empty("path", [("class", "lp-edge"),
                                          ("d", "M\(c(x0)) \(c(y0)) C\(c(x0)) \(c(y0 + bend)) \(c(x1)) \(c(y1 - bend)) \(c(x1)) \(c(y1))")])
                    if let branch = child.branch, branch < diagram.branchLabels.count {
                        let labelX = (x0 + x1) / 2 + (x1 < x0 ? -6 : x1 > x0 ? 6 : 8)
                        writer.text("text", [("x", c(labelX)), ("y", c(y0 + bend + 4)), ("text-anchor", x1 < x0 ? "end" : "start"),
                                             ("font-size", "11")], diagram.branchLabels[branch])
                    }
                }
            }
            writer.close("g")
            for (p, node) in zip(layout.placed, nodes) {
                let x = left(p), y = boxTop(p)
                writer.open("g", [("class", p.children.isEmpty ? "lp-leaf" : "lp-split"), ("data-node", String(p.node))])
                if p.children.isEmpty, let majority = node.mix.indices.max(by: { node.mix[$0] < node.mix[$1] }) {
                    writer.empty("rect", [("class", SVGStyle.fill(majority)), ("fill-opacity", "0.14"), ("x", c(x)), ("y", c(y)),
                                          ("width", c(boxWidth)), ("height", c(boxHeight)), ("rx", "4")])
                }
                writer.empty("rect", [("class", "lp-node"), ("x", c(x)), ("y", c(y)), ("width", c(boxWidth)), ("height", c(boxHeight)), ("rx", "4")])
                for (i, line) in node.lines.enumerated() {
                    var attributes = [("x", c(x + boxWidth / 2)), ("y", c(y + 17 + Double(i) * lineHeight)), ("text-anchor", "middle")]
                    if i == 0 { attributes.insert(("font-weight", "600"), at: 0) }
                    writer.text("text", attributes, line)
                }
                if !node.mix.isEmpty {
                    let total = node.mix.filter { $0.isFinite && $0 > 0 }.reduce(0, +)
                    var barX = x + 6
                    let barWidth = boxWidth - 12, barY = y + boxHeight - mixHeight - 4
                    for (k, share) in node.mix.enumerated() where share.isFinite && share > 0 && total > 0 {
                        let w = barWidth * share / total
                        writer.empty("rect", [("class", SVGStyle.fill(k)), ("x", c(barX)), ("y", c(barY)), ("width", c(w)), ("height", c(mixHeight))])
                        barX += w
                    }
                }
                writer.close("g")
            }
            if legendHeight > 0 {
                var legendX = margin
                let legendY = height - margin - 6
                for k in 0..<classCount {
                    let name = k < diagram.classNames.count ? diagram.classNames[k] : "class \(k)"
                    writer.empty("rect", [("class", SVGStyle.fill(k)), ("x", c(legendX)), ("y", c(legendY - 9)), ("width", "10"), ("height", "10")])
                    writer.text("text", [("x", c(legendX + 14)), ("y", c(legendY))], name)
                    legendX += 28 + estimatedTextWidth(name)
                }
            }
        }
    }
}
