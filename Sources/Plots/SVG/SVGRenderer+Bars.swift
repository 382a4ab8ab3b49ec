/// Histograms and bar charts.
extension SVGRenderer {
    func histogramChart(_ histogram: Histogram) -> CartesianChart {
        let data = PreparedHistogram(histogram)
        var x = Extent()
        data.edges.forEach { x.include($0) }
        let maximum = data.counts.max() ?? 0
        let y = AxisScale.linear(minimum: 0, maximum: Double(max(maximum, 1)), targetCount: 5)
        let summary = "\(data.total) value\(data.total == 1 ? "" : "s") in \(data.counts.count) bin\(data.counts.count == 1 ? "" : "s") from "
            + "\(NumberFormat.compact(data.edges.first ?? 0)) to \(NumberFormat.compact(data.edges.last ?? 0)); the fullest bin holds \(maximum)."
        return CartesianChart(kind: "Histogram", x: x.linearScale(targetCount: 6), y: y, summary: summary, notes: data.notes) { writer, frame in
            let c = NumberFormat.coordinate
            writer.open("g", [("class", "lp-series"), ("data-name", "counts")])
            for (i, count) in data.counts.enumerated() where count > 0 {
                let x0 = frame.px(data.edges[i]), x1 = frame.px(data.edges[i + 1])
                let top = frame.py(Double(count))
                writer.empty("rect", [("class", "lp-bar \(SVGStyle.fill(0)) lp-outlined"), ("x", c(x0)), ("y", c(top)),
                                      ("width", c(max(0, x1 - x0))), ("height", c(max(0, frame.bottom - top)))])
            }
            writer.close("g")
        }
    }

    func barChart(_ chart: BarChart) -> CartesianChart {
        let data = PreparedBars(chart)
        let y = data.extent.linearScale(targetCount: 5)
        let legend = data.hasLegend ? data.groups.enumerated().map { LegendEntry(label: $0.element.name, swatch: .box($0.offset)) } : []
        let summary = "\(data.labels.count) categor\(data.labels.count == 1 ? "y" : "ies")"
            + (data.groups.count > 1 ? ", \(data.groups.count) series" : "") + ": "
            + data.labels.enumerated().map { i, label in
                "\(label) " + data.groups.map { group in
                    i < group.values.count ? NumberFormat.compact(group.values[i]) : "–"
                }.joined(separator: "/")
            }.joined(separator: ", ") + "."
        return CartesianChart(kind: "Bar chart", x: AxisScale.fixed(lower: 0, upper: 1, ticks: [], decimals: 0), y: y,
                              categories: data.labels, legend: legend, summary: summary, notes: data.notes) { writer, frame in
            let c = NumberFormat.coordinate
            let band = frame.width / Double(max(1, data.labels.count))
            let barWidth = band * 0.8 / Double(max(1, data.groups.count))
            let zero = frame.py(min(max(0, y.lower), y.upper))
            for (g, group) in data.groups.enumerated() {
                writer.open("g", [("class", "lp-series"), ("data-name", group.name)])
                for (i, value) in group.values.enumerated() where i < data.labels.count && value.isFinite {
                    let x = frame.left + band * Double(i) + band * 0.1 + barWidth * Double(g)
                    let end = frame.py(value)
                    writer.empty("rect", [("class", "lp-bar \(SVGStyle.fill(g))"), ("x", c(x)), ("y", c(min(end, zero))),
                                          ("width", c(barWidth)), ("height", c(abs(zero - end)))])
                }
                writer.close("g")
            }
        }
    }
}
