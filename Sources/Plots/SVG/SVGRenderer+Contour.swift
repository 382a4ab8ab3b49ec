/// Contour plots with optimiser paths.
extension SVGRenderer {
    func contourChart(_ contour: ContourPlot) -> CartesianChart {
        let grid = PreparedGrid(contour.grid)
        var notes = grid.notes
        let paths = contour.paths.map { (name: $0.name, points: finitePath(x: $0.x, y: $0.y, name: $0.name, notes: &notes)) }
        var x = Extent(), y = Extent()
        x.include(grid.grid.x.lower); x.include(grid.grid.x.upper)
        y.include(grid.grid.y.lower); y.include(grid.grid.y.upper)
        for path in paths {
            for point in path.points {
                x.include(point.x)
                y.include(point.y)
            }
        }
        let levels = MarchingSquares.levels(contour.levels, grid: grid.grid)
        let legend = paths.enumerated().map { LegendEntry(label: $0.element.name, swatch: .line($0.offset, marker: true)) }
        var summary = "Iso-lines at \(levels.count) level\(levels.count == 1 ? "" : "s")"
        if !levels.isEmpty { summary += " (" + levels.map { NumberFormat.compact($0, significant: 3) }.joined(separator: ", ") + ")" }
        summary += " of a \(grid.grid.columns) × \(grid.grid.rows) grid"
        if !grid.valueExtent.isEmpty {
            summary += " with values from \(NumberFormat.compact(grid.valueExtent.minimum)) to \(NumberFormat.compact(grid.valueExtent.maximum))"
        }
        summary += "."
        for path in paths {
            summary += " Path “\(path.name)”: \(path.points.count) step\(path.points.count == 1 ? "" : "s")"
            if let last = path.points.last { summary += ", ending at (\(NumberFormat.compact(last.x)), \(NumberFormat.compact(last.y)))" }
            summary += "."
        }
        return CartesianChart(kind: "Contour plot", x: x.linearScale(targetCount: 6), y: y.linearScale(targetCount: 5),
                              legend: legend, summary: summary, notes: notes) { writer, frame in
            writer.open("g", [("class", "lp-levels")])
            for (i, level) in levels.enumerated() {
                let segments = MarchingSquares.segments(of: grid.grid, level: level)
                guard !segments.isEmpty else { continue }
                let opacity = levels.count > 1 ? 0.25 + 0.6 * Double(i) / Double(levels.count - 1) : 0.6
                writer.empty("path", [("class", "lp-level"), ("stroke", "currentColor"),
                                      ("stroke-opacity", NumberFormat.trimmed(NumberFormat.fixed(opacity, decimals: 2))),
                                      ("data-level", NumberFormat.compact(level, significant: 6)),
                                      ("d", segmentPath(segments, frame: frame))])
            }
            writer.close("g")
            for (index, path) in paths.enumerated() {
                writer.open("g", [("class", "lp-series"), ("data-name", path.name)])
                let pixels = path.points.map { (frame.px($0.x), frame.py($0.y)) }
                if pixels.count > 1 { writer.empty("path", lineAttributes(index, d: pathData(pixels))) }
                for (step, pixel) in pixels.enumerated() {
                    drawMarker(&writer, index: index, x: pixel.0, y: pixel.1, size: step == pixels.count - 1 ? 5 : 2.5,
                               outlined: step == pixels.count - 1)
                }
                writer.close("g")
            }
        }
    }
}
