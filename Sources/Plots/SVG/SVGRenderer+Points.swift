/// Scatter plots and decision boundaries.
extension SVGRenderer {
    func scatterChart(_ scatter: ScatterPoints) -> CartesianChart {
        let data = PreparedScatter(scatter)
        let legend = zip(data.classes, data.names).map { LegendEntry(label: $0.1, swatch: .marker($0.0)) }
        return CartesianChart(kind: "Scatter plot", x: data.x.linearScale(targetCount: 6), y: data.y.linearScale(targetCount: 5),
                              legend: legend, summary: scatterSummary(data), notes: data.notes) { writer, frame in
            drawPoints(&writer, data, frame: frame, outlined: false)
        }
    }

    func decisionBoundaryChart(_ boundary: DecisionBoundary) -> CartesianChart {
        let grid = PreparedGrid(boundary.grid)
        let data = PreparedScatter(boundary.points)
        var x = data.x, y = data.y
        x.include(grid.grid.x.lower); x.include(grid.grid.x.upper)
        y.include(grid.grid.y.lower); y.include(grid.grid.y.upper)
        let classLabels = boundary.holdsClassLabels
        var legend = zip(data.classes, data.names).map { LegendEntry(label: $0.1, swatch: .marker($0.0)) }
        let ringed = boundary.ringed.filter { $0.x.isFinite && $0.y.isFinite }
        if !boundary.guideName.isEmpty, !boundary.guideLevels.isEmpty { legend.append(LegendEntry(label: boundary.guideName, swatch: .reference)) }
        if !boundary.ringedName.isEmpty, !ringed.isEmpty { legend.append(LegendEntry(label: boundary.ringedName, swatch: .ring)) }
        var extras = ""
        if !boundary.guideLevels.isEmpty { extras += " Dashed lines at \(boundary.guideName.isEmpty ? "levels" : boundary.guideName) (" + boundary.guideLevels.map { NumberFormat.compact($0, significant: 3) }.joined(separator: ", ") + ")." }
        if !ringed.isEmpty { extras += " \(ringed.count) ringed point\(ringed.count == 1 ? "" : "s")\(boundary.ringedName.isEmpty ? "" : " (\(boundary.ringedName))")." }
        let summary = "A \(grid.grid.columns) × \(grid.grid.rows) grid of classifier "
            + (classLabels ? "classes" : "probabilities, with the 0.5 boundary drawn")
            + " over x \(NumberFormat.compact(grid.grid.x.lower)) … \(NumberFormat.compact(grid.grid.x.upper)), y \(NumberFormat.compact(grid.grid.y.lower)) … \(NumberFormat.compact(grid.grid.y.upper)). "
            + scatterSummary(data) + extras
        return CartesianChart(kind: "Decision boundary", x: x.linearScale(targetCount: 6), y: y.linearScale(targetCount: 5),
                              legend: legend, summary: summary, notes: grid.notes + data.notes) { writer, frame in
            drawCells(&writer, grid.grid, classLabels: classLabels, frame: frame)
            if !classLabels {
                let segments = MarchingSquares.segments(of: grid.grid, level: 0.5)
                if !segments.isEmpty { writer.empty("path", [("class", "lp-boundary"), ("d", segmentPath(segments, frame: frame))]) }
            }
            for level in boundary.guideLevels {
                let segments = MarchingSquares.segments(of: grid.grid, level: level)
                if !segments.isEmpty { writer.empty("path", [("class", "lp-reference"), ("d", segmentPath(segments, frame: frame))]) }
            }
            drawPoints(&writer, data, frame: frame, outlined: true)
            for point in ringed { drawRing(&writer, x: frame.px(point.x), y: frame.py(point.y)) }
        }
    }

    private func scatterSummary(_ data: PreparedScatter) -> String {
        if data.points.isEmpty { return "No points." }
        let perClass = zip(data.classes, data.names).map { pair in
            "“\(pair.1)” \(data.points.filter { $0.classIndex == pair.0 }.count)"
        }
        return "\(data.points.count) point\(data.points.count == 1 ? "" : "s") in \(data.classes.count) class\(data.classes.count == 1 ? "" : "es"): "
            + perClass.joined(separator: ", ") + ". " + axisSummary(data.x, data.y)
    }

    private func drawPoints(_ writer: inout SVGWriter, _ data: PreparedScatter, frame: PlotFrame, outlined: Bool) {
        for classIndex in data.classes {
            writer.open("g", [("class", "lp-class"), ("data-class", String(classIndex))])
            for point in data.points where point.classIndex == classIndex {
                drawMarker(&writer, index: classIndex, x: frame.px(point.x), y: frame.py(point.y), size: 3.5, outlined: outlined)
            }
            writer.close("g")
        }
    }

    /// Tinted cells, each row's equal neighbours merged into one rectangle to keep files small.
    private func drawCells(_ writer: inout SVGWriter, _ grid: Grid, classLabels: Bool, frame: PlotFrame) {
        let c = NumberFormat.coordinate
        /// The colour index and opacity band of a value, nil for a blank cell.
        func key(_ value: Double) -> (color: Int, opacity: Double)? {
            guard value.isFinite else { return nil }
            if classLabels {
                let label = max(-1_000_000, min(1_000_000, Int(value)))
                return (abs(label), 0.25)
            }
            let band = Double(max(0, min(9, Int((value * 10).rounded(.down))))) // ten bands of 0.1
            let centre = (band + 0.5) / 10
            return (centre < 0.5 ? 0 : 1, (abs(centre - 0.5) * 0.9 * 100).rounded() / 100)
        }
        writer.open("g", [("class", "lp-cells"), ("shape-rendering", "crispEdges")])
        guard grid.rows > 0, grid.columns > 0 else {
            writer.close("g")
            return
        }
        func xEdge(_ column: Double) -> Double { frame.px(min(max(grid.xCoordinate(column), grid.x.lower), grid.x.upper)) }
        func yEdge(_ row: Double) -> Double { frame.py(min(max(grid.yCoordinate(row), grid.y.lower), grid.y.upper)) }
        for row in 0..<grid.rows {
            var column = 0
            while column < grid.columns {
                let current = key(grid.value(row: row, column: column))
                var end = column + 1
                while end < grid.columns, let next = key(grid.value(row: row, column: end)), let current,
                      next.color == current.color, next.opacity == current.opacity {
                    end += 1
                }
                if let current, current.opacity > 0 {
                    let x0 = grid.columns > 1 ? xEdge(Double(column) - 0.5) : frame.px(grid.x.lower)
                    let x1 = grid.columns > 1 ? xEdge(Double(end - 1) + 0.5) : frame.px(grid.x.upper)
                    let yTop = grid.rows > 1 ? yEdge(Double(row) + 0.5) : frame.py(grid.y.upper)
                    let yBottom = grid.rows > 1 ? yEdge(Double(row) - 0.5) : frame.py(grid.y.lower)
                    writer.empty("rect", [("class", SVGStyle.fill(current.color)), ("fill-opacity", NumberFormat.trimmed(NumberFormat.fixed(current.opacity, decimals: 2))),
                                          ("x", c(x0)), ("y", c(yTop)), ("width", c(max(0, x1 - x0))), ("height", c(max(0, yBottom - yTop)))])
                }
                column = end
            }
        }
        writer.close("g")
    }

    /// Path data for iso-line segments, one "M … L …" pair each.
    func segmentPath(_ segments: [MarchingSquares.Segment], frame: PlotFrame) -> String {
        let c = NumberFormat.coordinate
        return segments.map { s in
            "M\(c(frame.px(s.x0))) \(c(frame.py(s.y0))) L\(c(frame.px(s.x1))) \(c(frame.py(s.y1)))"
        }.joined(separator: " ")
    }
}
