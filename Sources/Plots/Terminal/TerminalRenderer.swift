/// Renders a figure as Unicode text for a terminal, `width` × `height` characters.
///
/// Lines and curves are drawn in braille, points as class markers (o x + * …), histograms and
/// bars with block characters, decision boundaries shaded with ░▒▓, and a computational graph
/// as an indented tree (which ignores `height`). ANSI colour is written only when `color` is
/// true: the caller decides from the TTY and `NO_COLOR`. Without colour, series still differ by
/// dash pattern or marker character. Lines carry no trailing spaces; there is no final newline.
/// Sizes are clamped to at least 20 × 6.
public func renderTerminal(_ figure: Figure, width: Int = 80, height: Int = 24, color: Bool = false) -> String {
    TerminalRenderer(figure: figure, width: max(20, min(width, 1000)), height: max(6, min(height, 500)), color: color).render()
}

/// Lays out and draws one figure as text.
struct TerminalRenderer {
    let figure: Figure
    let width: Int
    let height: Int
    let color: Bool

    func render() -> String {
        switch figure.content {
        case .line(let chart): return lineChart(chart)
        case .scatter(let points): return scatter(points)
        case .histogram(let histogram): return histogramChart(histogram)
        case .bar(let chart): return barChart(chart)
        case .decisionBoundary(let boundary): return decisionBoundary(boundary)
        case .contour(let contour): return contourChart(contour)
        case .roc(let roc): return rocChart(roc)
        case .graph(let graph): return graphTree(graph)
        case .tree(let diagram): return treeDiagram(diagram)
        case .valueGrid(let grid): return valueGrid(grid)
        }
    }
}

/// A legend item: a short swatch and a label, in a colour.
struct TerminalLegendItem {
    var swatch: String
    var label: String
    var color: Int?
}

/// The plot area of a terminal chart and how data maps onto its cells.
struct TerminalPlotArea {
    /// Column of the first plot cell in the final grid.
    var left: Int
    /// Row of the first plot cell in the final grid.
    var top: Int
    var columns: Int
    var rows: Int
    var x: AxisScale
    var y: AxisScale

    /// Dot coordinates on a braille canvas of this area (y from the top), nil if unplottable.
    func dot(_ point: DataPoint) -> (Int, Int)? {
        let fx = x.fraction(point.x), fy = y.fraction(point.y)
        guard fx.isFinite, fy.isFinite else { return nil }
        let dx = (fx * Double(columns * 2 - 1)).rounded()
        let dy = ((1 - fy) * Double(rows * 4 - 1)).rounded()
        return (Int(max(-1e6, min(1e6, dx))), Int(max(-1e6, min(1e6, dy))))
    }

    /// The plot cell (column, row) holding a data point, nil if unplottable.
    func cell(_ point: DataPoint) -> (Int, Int)? {
        let fx = x.fraction(point.x), fy = y.fraction(point.y)
        guard fx.isFinite, fy.isFinite else { return nil }
        let column = (fx * Double(columns - 1)).rounded(), row = ((1 - fy) * Double(rows - 1)).rounded()
        return (Int(max(-1e6, min(1e6, column))), Int(max(-1e6, min(1e6, row))))
    }

    /// The data point at the centre of a plot cell.
    func centre(column: Int, row: Int) -> DataPoint {
        let fx = columns > 1 ? Double(column) / Double(columns - 1) : 0.5
        let fy = rows > 1 ? 1 - Double(row) / Double(rows - 1) : 0.5
        return DataPoint(x: x.lower + fx * (x.upper - x.lower), y: y.lower + fy * (y.upper - y.lower))
    }
}

extension TerminalRenderer {
    /// Draws a chart with axes: computes the layout, lets `draw` fill the plot cells, then adds
    /// title, y label, tick labels, axes, x label and legend around them.
    func framedChart(x: (Int) -> AxisScale, y: (Int) -> AxisScale, categories: [String]? = nil,
                     legend: [TerminalLegendItem], draw: (inout TextGrid, TerminalPlotArea) -> Void) -> String {
        let titleRows = figure.title.isEmpty ? 0 : 1
        let yLabelRows = figure.yLabel.isEmpty ? 0 : 1
        let xLabelRows = figure.xLabel.isEmpty ? 0 : 1
        let legendRows = legend.isEmpty ? 0 : 1
        let plotRows = max(2, height - titleRows - yLabelRows - 2 - xLabelRows - legendRows)
        let yScale = y(max(3, min(6, plotRows / 3 + 1)))
        let margin = (yScale.labels.map(\.count).max() ?? 1) + 1
        let plotColumns = max(4, width - margin - 1)
        let xScale = x(max(3, min(8, plotColumns / 12 + 1)))
        let area = TerminalPlotArea(left: margin + 1, top: titleRows + yLabelRows, columns: plotColumns, rows: plotRows, x: xScale, y: yScale)

        var grid = TextGrid(width: width, height: titleRows + yLabelRows + plotRows + 2 + xLabelRows + legendRows)
        if titleRows > 0 {
            let title = clipped(figure.title, to: width)
            grid.write(title, column: max(0, (width - title.count) / 2), row: 0)
        }
        if yLabelRows > 0 { grid.write(clipped(figure.yLabel, to: width), column: 0, row: titleRows) }
        var plot = TextGrid(width: plotColumns, height: plotRows)
        draw(&plot, area)
        for row in 0..<plotRows {
            for column in 0..<plotColumns {
                if let cell = plot.cell(column, row), cell.character != " " {
                    grid.set(area.left + column, area.top + row, cell.character, color: cell.color)
                }
            }
        }
        // The y axis with its tick labels.
        var tickRows = Set<Int>()
        for (tick, label) in zip(yScale.ticks, yScale.labels) {
            let fraction = yScale.fraction(tick)
            guard fraction.isFinite else { continue }
            let row = area.top + Int(((1 - fraction) * Double(plotRows - 1)).rounded())
            tickRows.insert(row)
            grid.write(label, column: margin - 1 - label.count, row: row)
        }
        for row in area.top..<(area.top + plotRows) { grid.set(margin, row, tickRows.contains(row) ? "┤" : "│") }
        // The x axis with its tick labels.
        let axisRow = area.top + plotRows
        grid.set(margin, axisRow, "└")
        for column in area.left..<(area.left + plotColumns) { grid.set(column, axisRow, "─") }
        var ticks: [(column: Int, label: String)] = []
        if let categories {
            let band = Double(plotColumns) / Double(max(1, categories.count))
            ticks = categories.enumerated().map { (area.left + Int(band * (Double($0.offset) + 0.5)), $0.element) }
        } else {
            for (tick, label) in zip(xScale.ticks, xScale.labels) {
                let fraction = xScale.fraction(tick)
                guard fraction.isFinite else { continue }
                ticks.append((area.left + Int((fraction * Double(plotColumns - 1)).rounded()), label))
            }
        }
        var nextFree = 0
        for tick in ticks {
            grid.set(tick.column, axisRow, "┬")
            var start = tick.column - tick.label.count / 2
            start = min(start, width - tick.label.count)
            guard start >= nextFree, start >= 0 else { continue }
            grid.write(tick.label, column: start, row: axisRow + 1)
            nextFree = start + tick.label.count + 1
        }
        var row = axisRow + 2
        if xLabelRows > 0 {
            let label = clipped(figure.xLabel, to: plotColumns)
            grid.write(label, column: area.left + max(0, (plotColumns - label.count) / 2), row: row)
            row += 1
        }
        if legendRows > 0 { writeLegend(&grid, legend, row: row) }
        return grid.render(color: color)
    }

    /// "── train  ╌╌ validation" on one row, clipped to the width.
    func writeLegend(_ grid: inout TextGrid, _ items: [TerminalLegendItem], row: Int) {
        var column = 0
        for (i, item) in items.enumerated() {
            if i > 0 { column += 2 }
            grid.write(item.swatch, column: column, row: row, color: item.color)
            column += item.swatch.count + 1
            grid.write(item.label, column: column, row: row)
            column += item.label.count
        }
    }

    /// The swatch for series `index`: a coloured solid line, or a dash pattern without colour.
    func lineSwatch(_ index: Int) -> String {
        color ? "──" : ["──", "╌╌", "┄┄", "┈┈"][abs(index) % 4]
    }

    /// The dash pattern (dots on, dots off) for series `index` when colour is off.
    func dash(_ index: Int) -> (on: Int, off: Int)? {
        if color { return nil }
        return [nil, (on: 4, off: 3), (on: 1, off: 2), (on: 2, off: 5)][abs(index) % 4]
    }

    func colorIndex(_ index: Int) -> Int? { color ? index : nil }

    /// Draws polylines in braille onto the empty plot cells (characters already there stay).
    func drawBraille(_ plot: inout TextGrid, area: TerminalPlotArea, lines: [BrailleLine]) {
        var canvas = BrailleCanvas(columns: area.columns, rows: area.rows)
        for line in lines {
            var phase = 0
            for run in line.runs {
                let dots = run.compactMap { area.dot($0) }
                if dots.count == 1, let only = dots.first { canvas.set(only.0, only.1, color: line.color) }
                for (a, b) in zip(dots, dots.dropFirst()) {
                    canvas.line(a.0, a.1, b.0, b.1, color: line.color, dash: line.dash, phase: &phase)
                }
            }
        }
        for row in 0..<area.rows {
            for column in 0..<area.columns {
                guard let (character, index) = canvas.character(column, row), plot.cell(column, row)?.character == " " else { continue }
                plot.set(column, row, character, color: color ? index : nil)
            }
        }
    }

    /// The chart followed by its data notes, one "note:" line each.
    func withNotes(_ chart: String, _ notes: [String]) -> String {
        ([chart] + notes.map { "note: " + $0 }).joined(separator: "\n")
    }
}

/// A polyline for the braille canvas: runs of points, a colour and an optional dash pattern.
struct BrailleLine {
    var runs: [[DataPoint]]
    var color: Int?
    var dash: (on: Int, off: Int)?
}

/// `text` cut to `width` characters, ending in "…" when cut.
func clipped(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    return width <= 1 ? String(text.prefix(max(0, width))) : String(text.prefix(width - 1)) + "…"
}
