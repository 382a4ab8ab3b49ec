/// Histograms (vertical block columns) and bar charts (horizontal bars).
extension TerminalRenderer {
    /// Eighth blocks, from empty to full.
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Horizontal eighth blocks, from empty to full.
    static let horizontalEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    func histogramChart(_ histogram: Histogram) -> String {
        let data = PreparedHistogram(histogram)
        var x = Extent()
        data.edges.forEach { x.include($0) }
        let maximum = Double(max(data.counts.max() ?? 0, 1))
        let text = framedChart(x: { x.linearScale(targetCount: $0) },
                               y: { AxisScale.linear(minimum: 0, maximum: maximum, targetCount: $0) }, legend: []) { plot, area in
            for column in 0..<area.columns {
                // The bin under the middle of this column.
                let centre = area.x.lower + (Double(column) + 0.5) / Double(area.columns) * (area.x.upper - area.x.lower)
                guard let bin = data.edges.indices.dropLast().last(where: { data.edges[$0] <= centre }),
                      bin < data.counts.count, centre <= data.edges[bin + 1] else { continue }
                let eighths = Int((Double(data.counts[bin]) / area.y.upper * Double(area.rows * 8)).rounded())
                for row in 0..<area.rows {
                    let filled = eighths - (area.rows - 1 - row) * 8
                    guard filled > 0 else { continue }
                    plot.set(column, row, Self.eighths[min(8, filled)], color: colorIndex(0))
                }
            }
        }
        return withNotes(text, data.notes)
    }

    func barChart(_ chart: BarChart) -> String {
        let data = PreparedBars(chart)
        var grid = TextGrid(width: width, height: 0)
        if !figure.title.isEmpty {
            grid.appendRow()
            let title = clipped(figure.title, to: width)
            grid.write(title, column: max(0, (width - title.count) / 2), row: 0)
        }
        let labelWidth = min(width / 3, data.labels.map(\.count).max() ?? 0)
        let values = data.groups.map { group in data.labels.indices.map { $0 < group.values.count ? group.values[$0] : .nan } }
        let valueTexts = values.map { $0.map { $0.isFinite ? NumberFormat.compact($0) : "–" } }
        let valueWidth = valueTexts.flatMap { $0 }.map(\.count).max() ?? 1
        let barSpace = max(1, width - labelWidth - 3 - valueWidth)
        let largest = max(abs(data.extent.minimum), abs(data.extent.maximum), 1e-300)
        for (i, label) in data.labels.enumerated() {
            for (g, _) in data.groups.enumerated() {
                let row = grid.height
                grid.appendRow()
                if g == 0 { grid.write(clipped(label, to: labelWidth), column: 0, row: row) }
                grid.set(labelWidth + 1, row, "│")
                let value = values[g][i]
                var column = labelWidth + 2
                if value.isFinite && !color && g > 0 {
                    // Without colour, later series are told apart by a shade and drawn in whole cells.
                    let shade: Character = ["▓", "▒", "░"][(g - 1) % 3]
                    for _ in 0..<Int((abs(value) / largest * Double(barSpace)).rounded()) {
                        grid.set(column, row, shade)
                        column += 1
                    }
                } else if value.isFinite {
                    let eighths = Int((abs(value) / largest * Double(barSpace * 8)).rounded())
                    for _ in 0..<(eighths / 8) {
                        grid.set(column, row, "█", color: colorIndex(g))
                        column += 1
                    }
                    if eighths % 8 > 0 {
                        grid.set(column, row, Self.horizontalEighths[eighths % 8], color: colorIndex(g))
                        column += 1
                    }
                }
                grid.write(valueTexts[g][i], column: column + 1, row: row)
            }
        }
        if data.hasLegend {
            grid.appendRow()
            writeLegend(&grid, data.groups.enumerated().map {
                TerminalLegendItem(swatch: color || $0.offset == 0 ? "█" : String(["▓", "▒", "░"][($0.offset - 1) % 3]), label: $0.element.name, color: colorIndex($0.offset))
            }, row: grid.height - 1)
        }
        if !figure.yLabel.isEmpty {
            grid.appendRow()
            grid.write(clipped("bars: " + figure.yLabel, to: width), column: 0, row: grid.height - 1)
        }
        return withNotes(grid.render(color: color), data.notes)
    }
}
