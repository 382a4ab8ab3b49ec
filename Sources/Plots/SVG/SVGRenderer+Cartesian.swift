import Foundation

/// Axes, ticks, labels and legend shared by every chart with x and y axes.
extension SVGRenderer {
    func renderCartesian(_ chart: CartesianChart) -> String {
        let titleHeight = figure.title.isEmpty ? 12.0 : 34.0
        let yTickWidth = chart.y.labels.map { estimatedTextWidth($0) }.max() ?? 0
        let left: Double = 12 + (figure.yLabel.isEmpty ? 0 : 20) + yTickWidth + 10
        let bottomMargin: Double = 10 + 18 + (figure.xLabel.isEmpty ? 0 : 20) + 4
        let legendWidth: Double = chart.legend.isEmpty ? 0
            : 34 + (chart.legend.map { estimatedTextWidth($0.label) }.max() ?? 0) + 12
        // Room for half of the last x tick label, which is centred on the plot's right edge.
        let lastLabel = chart.categories == nil ? (chart.x.labels.last.map { estimatedTextWidth($0) / 2 + 4 } ?? 0) : 0
        let right = max(16, lastLabel) + min(legendWidth, width * 0.4)
        let frame = PlotFrame(left: left, top: titleHeight, width: max(20, width - left - right),
                              height: max(20, height - titleHeight - bottomMargin), x: chart.x, y: chart.y)
        let description = describe(kind: chart.kind, summary: chart.summary, notes: chart.notes)
        return document(width: width, height: height, kind: chart.kind, description: description) { writer in
            if !figure.title.isEmpty {
                writer.text("text", [("class", "lp-title"), ("x", NumberFormat.coordinate(width / 2)), ("y", "22"),
                                     ("text-anchor", "middle")], figure.title)
            }
            drawGridAndAxes(&writer, frame: frame, chart: chart)
            writer.open("g", [("class", "lp-data")])
            chart.draw(&writer, frame)
            writer.close("g")
            if !chart.legend.isEmpty { drawLegend(&writer, entries: chart.legend, x: frame.right + 16, y: frame.top + 4) }
        }
    }

    private func drawGridAndAxes(_ writer: inout SVGWriter, frame: PlotFrame, chart: CartesianChart) {
        let c = NumberFormat.coordinate
        writer.open("g", [("class", "lp-grid")])
        for tick in chart.y.ticks {
            let y = frame.py(tick)
            writer.empty("line", [("x1", c(frame.left)), ("y1", c(y)), ("x2", c(frame.right)), ("y2", c(y))])
        }
        if chart.categories == nil {
            for tick in chart.x.ticks {
                let x = frame.px(tick)
                writer.empty("line", [("x1", c(x)), ("y1", c(frame.top)), ("x2", c(x)), ("y2", c(frame.bottom))])
            }
        }
        writer.close("g")
        writer.open("g", [("class", "lp-axes")])
        writer.empty("line", [("class", "lp-axis lp-x-axis"), ("x1", c(frame.left)), ("y1", c(frame.bottom)),
                              ("x2", c(frame.right)), ("y2", c(frame.bottom))])
        writer.empty("line", [("class", "lp-axis lp-y-axis"), ("x1", c(frame.left)), ("y1", c(frame.top)),
                              ("x2", c(frame.left)), ("y2", c(frame.bottom))])
        writer.close("g")

        writer.open("g", [("class", "lp-xticks"), ("text-anchor", "middle")])
        if let categories = chart.categories {
            let band = frame.width / Double(max(1, categories.count))
            for (i, name) in categories.enumerated() {
                let x = frame.left + band * (Double(i) + 0.5)
                writer.empty("line", [("class", "lp-axis"), ("x1", c(x)), ("y1", c(frame.bottom)), ("x2", c(x)), ("y2", c(frame.bottom + 5))])
                writer.text("text", [("x", c(x)), ("y", c(frame.bottom + 18))], name)
            }
        } else {
            for (tick, label) in zip(chart.x.ticks, chart.x.labels) {
                let x = frame.px(tick)
                writer.empty("line", [("class", "lp-axis"), ("x1", c(x)), ("y1", c(frame.bottom)), ("x2", c(x)), ("y2", c(frame.bottom + 5))])
                writer.text("text", [("x", c(x)), ("y", c(frame.bottom + 18))], label)
            }
        }
        writer.close("g")
        writer.open("g", [("class", "lp-yticks"), ("text-anchor", "end")])
        for (tick, label) in zip(chart.y.ticks, chart.y.labels) {
            let y = frame.py(tick)
            writer.empty("line", [("class", "lp-axis"), ("x1", c(frame.left - 5)), ("y1", c(y)), ("x2", c(frame.left)), ("y2", c(y))])
            writer.text("text", [("x", c(frame.left - 8)), ("y", c(y + 4))], label)
        }
        writer.close("g")
        if !figure.xLabel.isEmpty {
            writer.text("text", [("class", "lp-xlabel"), ("x", c(frame.left + frame.width / 2)), ("y", c(frame.bottom + 38)),
                                 ("text-anchor", "middle")], figure.xLabel)
        }
        if !figure.yLabel.isEmpty {
            let x = 18.0, y = frame.top + frame.height / 2
            writer.text("text", [("class", "lp-ylabel"), ("x", c(x)), ("y", c(y)), ("text-anchor", "middle"),
                                 ("transform", "rotate(-90 \(c(x)) \(c(y)))")], figure.yLabel)
        }
    }

    private func drawLegend(_ writer: inout SVGWriter, entries: [LegendEntry], x: Double, y: Double) {
        let c = NumberFormat.coordinate
        writer.open("g", [("class", "lp-legend")])
        for (i, entry) in entries.enumerated() {
            let rowY = y + 18 * Double(i) + 8
            writer.open("g", [("class", "lp-legend-entry")])
            switch entry.swatch {
            case .line(let index, let marker):
                writer.empty("path", lineAttributes(index, d: "M\(c(x)) \(c(rowY)) L\(c(x + 24)) \(c(rowY))"))
                if marker { drawMarker(&writer, index: index, x: x + 12, y: rowY, size: 4) }
            case .marker(let index):
                drawMarker(&writer, index: index, x: x + 12, y: rowY, size: 4)
            case .box(let index):
                writer.empty("rect", [("class", "lp-bar \(SVGStyle.fill(index))"), ("x", c(x + 6)), ("y", c(rowY - 6)),
                                      ("width", "12"), ("height", "12")])
            case .reference:
                writer.empty("path", [("class", "lp-reference"), ("d", "M\(c(x)) \(c(rowY)) L\(c(x + 24)) \(c(rowY))")])
            case .ring:
                drawRing(&writer, x: x + 12, y: rowY)
            }
            writer.text("text", [("x", c(x + 30)), ("y", c(rowY + 4))], entry.label)
            writer.close("g")
        }
        writer.close("g")
    }

    /// An empty ring around a point (a support vector, a centroid).
    func drawRing(_ writer: inout SVGWriter, x: Double, y: Double) {
        let c = NumberFormat.coordinate
        writer.empty("circle", [("class", "lp-ring"), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.4"),
                                ("cx", c(x)), ("cy", c(y)), ("r", "6.5")])
    }

    /// Attributes of a series line in colour and dash pattern `index`.
    func lineAttributes(_ index: Int, d: String) -> [(String, String)] {
        var attributes = [("class", "lp-line \(SVGStyle.stroke(index))")]
        let dash = Palette.dash(index)
        if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        attributes.append(("d", d))
        return attributes
    }

    /// A filled marker of shape and colour `index` centred on (x, y); `size` is its half-width.
    func drawMarker(_ writer: inout SVGWriter, index: Int, x: Double, y: Double, size: Double, outlined: Bool = false) {
        let c = NumberFormat.coordinate
        let classes = "lp-marker \(SVGStyle.fill(index))" + (outlined ? " lp-outlined" : "")
        let s = size
        let polygon: [(Double, Double)]
        switch Palette.marker(index) {
        case .circle:
            writer.empty("circle", [("class", classes), ("cx", c(x)), ("cy", c(y)), ("r", c(s))])
            return
        case .square:
            let h = s * 0.9
            writer.empty("rect", [("class", classes), ("x", c(x - h)), ("y", c(y - h)), ("width", c(2 * h)), ("height", c(2 * h))])
            return
        case .triangle:
            polygon = [(x, y - s * 1.15), (x + s * 1.1, y + s * 0.8), (x - s * 1.1, y + s * 0.8)]
        case .triangleDown:
            polygon = [(x, y + s * 1.15), (x + s * 1.1, y - s * 0.8), (x - s * 1.1, y - s * 0.8)]
        case .diamond:
            polygon = [(x, y - s * 1.25), (x + s * 1.05, y), (x, y + s * 1.25), (x - s * 1.05, y)]
        case .plus, .cross:
            // A plus of arm half-width w; the cross is the same shape turned 45°.
            let w = s * 0.38, r = s * 1.15
            let outline: [(Double, Double)] = [(-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w),
                                               (w, r), (-w, r), (-w, w), (-r, w), (-r, -w), (-w, -w)]
            let turn = Palette.marker(index) == .cross ? Double.pi / 4 : 0
            polygon = outline.map { point in
                (x + point.0 * cos(turn) - point.1 * sin(turn), y + point.0 * sin(turn) + point.1 * cos(turn))
            }
        }
        writer.empty("path", [("class", classes), ("d", pathData(polygon) + " Z")])
    }
}
