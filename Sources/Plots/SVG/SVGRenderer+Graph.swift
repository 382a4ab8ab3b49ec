/// Computational graphs, micrograd style: a box per value, a circle per operation.
extension SVGRenderer {
    func renderGraph(_ graph: GraphFigure) -> String {
        let layout = GraphLayout(graph)
        let c = NumberFormat.coordinate
        let showsLabels = layout.placed.contains { !$0.node.label.isEmpty }
        let texts = layout.placed.map { GraphText($0.node) }
        // Labels are bold, hence a little wider than the estimate for regular text.
        let labelWidth = showsLabels ? (texts.map { estimatedTextWidth($0.label) * 1.1 }.max() ?? 0) + 16 : 0
        let dataWidth = (texts.map { estimatedTextWidth($0.data) }.max() ?? 0) + 16
        let gradWidth = (texts.map { estimatedTextWidth($0.grad) }.max() ?? 0) + 16
        let boxWidth = labelWidth + dataWidth + gradWidth
        // Circles fit the widest operation name ("tanh", "exp"); the gap between columns fits them.
        let widestOp = layout.placed.map { estimatedTextWidth($0.node.op) }.max() ?? 0
        let radius = max(15, widestOp / 2 + 5)
        let boxHeight = 30.0, rowPitch = 56.0, gap = max(96, 2 * radius + 66), margin = 16.0
        let leftGap = layout.placed.contains { $0.column == 0 && !$0.node.op.isEmpty } ? gap : 0
        let top = figure.title.isEmpty ? margin : 44
        let columns = max(layout.columnCount, 1), rows = max(layout.rowCount, 1)
        let width = margin * 2 + leftGap + Double(columns) * boxWidth + Double(columns - 1) * gap
        let positions = layout.verticalPositions()
        let rowSpan = max(Double(rows), (positions.max() ?? 0) + 1)
        let height = top + rowSpan * rowPitch - (rowPitch - boxHeight) + margin

        func boxLeft(_ placed: GraphLayout.Placed) -> Double {
            margin + leftGap + Double(placed.column) * (boxWidth + gap)
        }
        func boxMiddle(_ index: Int) -> Double {
            top + (positions.indices.contains(index) ? positions[index] : 0) * rowPitch + boxHeight / 2
        }
        func arrow(_ writer: inout SVGWriter, toX x: Double, y: Double) {
            writer.empty("path", [("class", "lp-arrow"), ("d", pathData([(x, y), (x - 7, y - 3.5), (x - 7, y + 3.5)]) + " Z")])
        }

        let operations = layout.placed.filter { !$0.node.op.isEmpty }.count
        var summary = "\(layout.placed.count) value\(layout.placed.count == 1 ? "" : "s") and \(operations) operation\(operations == 1 ? "" : "s"), inputs on the left."
        let listed = zip(layout.placed, texts).prefix(40).map { placed, text in
            let name = text.label.isEmpty ? "value \(placed.node.id)" : text.label
            let op = placed.node.op.isEmpty ? "" : " from \(placed.node.op)"
            return "\(name)\(op): \(text.data), \(text.grad)"
        }
        if !listed.isEmpty { summary += " " + listed.joined(separator: "; ") + "." }
        if layout.placed.count > 40 { summary += " (\(layout.placed.count - 40) more not listed.)" }
        let duplicates = graph.nodes.count - layout.placed.count
        let notes = duplicates > 0 ? ["\(duplicates) node\(duplicates == 1 ? "" : "s") with a repeated id ignored."] : []
        let description = describe(kind: "Computational graph", summary: summary, notes: notes)

        return document(width: width, height: height, kind: "Computational graph", description: description) { writer in
            if !figure.title.isEmpty {
                writer.text("text", [("class", "lp-title"), ("x", c(width / 2)), ("y", "24"), ("text-anchor", "middle")], figure.title)
            }
            writer.open("g", [("class", "lp-edges")])
            for (index, placed) in layout.placed.enumerated() {
                let targetX = placed.node.op.isEmpty ? boxLeft(placed) : boxLeft(placed) - gap / 2 - radius
                let targetY = boxMiddle(index)
                for input in placed.inputs {
                    let source = layout.placed[input]
                    let x0 = boxLeft(source) + boxWidth, y0 = boxMiddle(input)
                    let bend = (targetX - x0) / 2
                    let d = "M\(c(x0)) \(c(y0)) C\(c(x0 + bend)) \(c(y0)) \(c(targetX - bend)) \(c(targetY)) \(c(targetX)) \(c(targetY))"
                    writer.empty("path", [("class", "lp-edge"), ("d", d)])
                    arrow(&writer, toX: targetX, y: targetY)
                }
                if !placed.node.op.isEmpty {
                    let x0 = boxLeft(placed) - gap / 2 + radius
                    writer.empty("path", [("class", "lp-edge"), ("d", pathData([(x0, targetY), (boxLeft(placed), targetY)]))])
                    arrow(&writer, toX: boxLeft(placed), y: targetY)
                }
            }
            writer.close("g")
            for (index, (placed, text)) in zip(layout.placed, texts).enumerated() {
                let x = boxLeft(placed), middle = boxMiddle(index), y = middle - boxHeight / 2
                if !placed.node.op.isEmpty {
                    let cx = x - gap / 2
                    writer.open("g", [("class", "lp-operation"), ("data-id", String(placed.node.id))])
                    writer.empty("circle", [("class", "lp-op"), ("cx", c(cx)), ("cy", c(middle)), ("r", c(radius))])
                    writer.text("text", [("x", c(cx)), ("y", c(middle + 4)), ("text-anchor", "middle")], placed.node.op)
                    writer.close("g")
                }
                writer.open("g", [("class", "lp-value"), ("data-id", String(placed.node.id))])
                writer.empty("rect", [("class", "lp-node"), ("x", c(x)), ("y", c(y)), ("width", c(boxWidth)), ("height", c(boxHeight)), ("rx", "3")])
                var sectionX = x
                // An unnamed value in a graph with names gets no empty name box: its data takes the room.
                let sections = !showsLabels ? [(text.data, dataWidth), (text.grad, gradWidth)]
                    : text.label.isEmpty ? [(text.data, labelWidth + dataWidth), (text.grad, gradWidth)]
                    : [(text.label, labelWidth), (text.data, dataWidth), (text.grad, gradWidth)]
                for (i, section) in sections.enumerated() {
                    if i > 0 {
                        writer.empty("line", [("class", "lp-node"), ("x1", c(sectionX)), ("y1", c(y)), ("x2", c(sectionX)), ("y2", c(y + boxHeight))])
                    }
                    var attributes = [("x", c(sectionX + section.1 / 2)), ("y", c(middle + 4)), ("text-anchor", "middle")]
                    if showsLabels && !text.label.isEmpty && i == 0 { attributes.insert(("font-weight", "600"), at: 0) }
                    writer.text("text", attributes, section.0)
                    sectionX += section.1
                }
                writer.close("g")
            }
        }
    }
}

/// The three texts of a value box: "label", "data 2.0000", "grad −4.0000".
struct GraphText {
    var label: String
    var data: String
    var grad: String

    init(_ node: GraphNode) {
        label = node.label
        data = "data " + NumberFormat.fixed(node.value, decimals: 4)
        grad = "grad " + NumberFormat.fixed(node.grad, decimals: 4)
    }
}
