/// Line charts, function plots and ROC curves in braille.
extension TerminalRenderer {
    func lineChart(_ chart: LineChart) -> String {
        let data = PreparedLines(series: chart.series, logY: chart.logY)
        let showsLegend = data.lines.count > 1 || data.lines.contains { !$0.name.isEmpty }
        let legend = showsLegend
            ? data.lines.enumerated().map { TerminalLegendItem(swatch: lineSwatch($0.offset), label: $0.element.name, color: colorIndex($0.offset)) }
            : []
        let yScale: (Int) -> AxisScale = { count in
            if chart.logY {
                return data.y.isEmpty ? .logarithmic(minimum: 0.1, maximum: 1) : .logarithmic(minimum: data.y.minimum, maximum: data.y.maximum)
            }
            return data.y.linearScale(targetCount: count)
        }
        let text = framedChart(x: { data.x.linearScale(targetCount: $0) }, y: yScale, legend: legend) { plot, area in
            drawBraille(&plot, area: area, lines: data.lines.enumerated().map {
                BrailleLine(runs: $0.element.runs, color: $0.offset, dash: dash($0.offset))
            })
        }
        return withNotes(text, data.notes)
    }

    func rocChart(_ roc: ROCPlot) -> String {
        let unit = AxisScale.fixed(lower: 0, upper: 1, ticks: [0, 0.5, 1], decimals: 1)
        var notes: [String] = []
        for curve in roc.curves {
            _ = finitePath(x: curve.falsePositiveRate, y: curve.truePositiveRate, name: curve.name, notes: &notes)
        }
        var legend = roc.curves.enumerated().map {
            TerminalLegendItem(swatch: lineSwatch($0.offset), label: "\($0.element.name) (AUC = \(NumberFormat.fixed($0.element.area, decimals: 3)))",
                               color: colorIndex($0.offset))
        }
        legend.append(TerminalLegendItem(swatch: "⠁⠂", label: "chance", color: nil))
        let text = framedChart(x: { _ in unit }, y: { _ in unit }, legend: legend) { plot, area in
            var lines = roc.curves.enumerated().map { index, curve in
                BrailleLine(runs: [curve.sortedPoints.map { DataPoint(x: min(max($0.x, 0), 1), y: min(max($0.y, 0), 1)) }],
                            color: index, dash: dash(index))
            }
            lines.append(BrailleLine(runs: [[DataPoint(x: 0, y: 0), DataPoint(x: 1, y: 1)]], color: nil, dash: (on: 1, off: 3)))
            drawBraille(&plot, area: area, lines: lines)
        }
        return withNotes(text, notes)
    }
}
