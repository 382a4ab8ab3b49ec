/// Line charts, function plots and ROC curves.
extension SVGRenderer {
    func lineChart(_ chart: LineChart) -> CartesianChart {
        let data = PreparedLines(series: chart.series, logY: chart.logY)
        let x = data.x.linearScale(targetCount: 6)
        let y = chart.logY
            ? (data.y.isEmpty ? AxisScale.logarithmic(minimum: 0.1, maximum: 1) : .logarithmic(minimum: data.y.minimum, maximum: data.y.maximum))
            : data.y.linearScale(targetCount: 5)
        let showsLegend = data.lines.count > 1 || data.lines.contains { !$0.name.isEmpty }
        let legend = showsLegend
            ? data.lines.enumerated().map { LegendEntry(label: $0.element.name, swatch: .line($0.offset, marker: chart.showsMarkers)) }
            : []
        let counts = data.lines.map { "“\($0.name)” (\($0.pointCount) point\($0.pointCount == 1 ? "" : "s"))" }
        var summary = data.lines.isEmpty ? "No data."
            : "\(data.lines.count) series: \(counts.joined(separator: ", "))."
        summary += " " + axisSummary(data.x, data.y, logY: chart.logY)
        return CartesianChart(kind: "Line chart", x: x, y: y, legend: legend, summary: summary, notes: data.notes) { writer, frame in
            let c = NumberFormat.coordinate
            if chart.showsZeroLines {
                if x.lower < 0 && x.upper > 0 {
                    writer.empty("line", [("class", "lp-zero"), ("x1", c(frame.px(0))), ("y1", c(frame.top)), ("x2", c(frame.px(0))), ("y2", c(frame.bottom))])
                }
                if !y.isLogarithmic && y.lower < 0 && y.upper > 0 {
                    writer.empty("line", [("class", "lp-zero"), ("x1", c(frame.left)), ("y1", c(frame.py(0))), ("x2", c(frame.right)), ("y2", c(frame.py(0)))])
                }
            }
            for (index, line) in data.lines.enumerated() {
                writer.open("g", [("class", "lp-series"), ("data-name", line.name)])
                for run in line.runs {
                    let pixels = run.map { (frame.px($0.x), frame.py($0.y)) }
                    if pixels.count > 1 { writer.empty("path", lineAttributes(index, d: pathData(pixels))) }
                    if chart.showsMarkers || pixels.count == 1 {
                        for pixel in pixels { drawMarker(&writer, index: index, x: pixel.0, y: pixel.1, size: 3.5) }
                    }
                }
                writer.close("g")
            }
        }
    }

    func rocChart(_ roc: ROCPlot) -> CartesianChart {
        let unit = AxisScale.fixed(lower: 0, upper: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1)
        var notes: [String] = []
        let curves = roc.curves.map { curve -> (name: String, points: [DataPoint], auc: Double) in
            // finitePath only reports what is skipped; the curve itself is drawn in rate order.
            _ = finitePath(x: curve.falsePositiveRate, y: curve.truePositiveRate, name: curve.name, notes: &notes)
            return (curve.name, curve.sortedPoints.map { DataPoint(x: $0.x, y: $0.y) }, curve.area)
        }
        var legend = curves.enumerated().map {
            LegendEntry(label: "\($0.element.name) (AUC = \(NumberFormat.fixed($0.element.auc, decimals: 3)))", swatch: .line($0.offset, marker: false))
        }
        legend.append(LegendEntry(label: "chance", swatch: .reference))
        let summary = curves.isEmpty ? "No curves."
            : "\(curves.count) curve\(curves.count == 1 ? "" : "s"): " + curves.map { "“\($0.name)” AUC \(NumberFormat.fixed($0.auc, decimals: 3))" }.joined(separator: ", ") + "."
        return CartesianChart(kind: "ROC curve", x: unit, y: unit, legend: legend, summary: summary, notes: notes) { writer, frame in
            writer.empty("path", [("class", "lp-reference"), ("d", pathData([(frame.px(0), frame.py(0)), (frame.px(1), frame.py(1))]))])
            for (index, curve) in curves.enumerated() {
                writer.open("g", [("class", "lp-series"), ("data-name", curve.name)])
                let pixels = curve.points.map { (frame.px(min(max($0.x, 0), 1)), frame.py(min(max($0.y, 0), 1))) }
                if pixels.count > 1 { writer.empty("path", lineAttributes(index, d: pathData(pixels))) }
                if pixels.count == 1, let only = pixels.first { drawMarker(&writer, index: index, x: only.0, y: only.1, size: 3.5) }
                writer.close("g")
            }
        }
    }

    /// "x from 1 to 10; y from 0.1 to 0.9 (log scale)." for the description.
    func axisSummary(_ x: Extent, _ y: Extent, logY: Bool = false) -> String {
        func range(_ extent: Extent, _ name: String, _ label: String) -> String {
            let labelled = label.isEmpty ? name : "\(name) (\(label))"
            if extent.isEmpty { return "\(labelled) has no data" }
            return "\(labelled) from \(NumberFormat.compact(extent.minimum)) to \(NumberFormat.compact(extent.maximum))"
        }
        return range(x, "x", figure.xLabel) + "; " + range(y, "y", figure.yLabel) + (logY ? " (log scale)." : ".")
    }
}
