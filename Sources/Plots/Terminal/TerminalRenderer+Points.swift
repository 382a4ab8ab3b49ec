/// Scatter plots and decision boundaries with marker characters.
extension TerminalRenderer {
    func scatter(_ points: ScatterPoints) -> String {
        let data = PreparedScatter(points)
        let text = framedChart(x: { data.x.linearScale(targetCount: $0) }, y: { data.y.linearScale(targetCount: $0) },
                               legend: classLegend(data)) { plot, area in
            drawPoints(&plot, data, area: area)
        }
        return withNotes(text, data.notes)
    }

    func decisionBoundary(_ boundary: DecisionBoundary) -> String {
        let prepared = PreparedGrid(boundary.grid)
        let grid = prepared.grid
        let data = PreparedScatter(boundary.points)
        var x = data.x, y = data.y
        x.include(grid.x.lower); x.include(grid.x.upper)
        y.include(grid.y.lower); y.include(grid.y.upper)
        let classLabels = boundary.holdsClassLabels
        var legend = classLegend(data)
        if !classLabels { legend.append(TerminalLegendItem(swatch: "░▒▓", label: "P(class 1) ↑", color: nil)) }
        if !boundary.guideLevels.isEmpty, !boundary.guideName.isEmpty { legend.append(TerminalLegendItem(swatch: "·", label: boundary.guideName, color: nil)) }
        if !boundary.ringed.isEmpty, !boundary.ringedName.isEmpty { legend.append(TerminalLegendItem(swatch: "◎", label: boundary.ringedName, color: nil)) }
        let text = framedChart(x: { x.linearScale(targetCount: $0) }, y: { y.linearScale(targetCount: $0) }, legend: legend) { plot, area in
            for row in 0..<area.rows {
                for column in 0..<area.columns {
                    let point = area.centre(column: column, row: row)
                    guard let value = nearestSample(grid, at: point), value.isFinite else { continue }
                    if classLabels {
                        let label = abs(max(-1_000_000, min(1_000_000, Int(value))))
                        let shade: Character = [" ", "░", "▒", "▓"][label % 4]
                        // With colour every class is a light shade in its own colour; without, the shade itself differs.
                        if color {
                            plot.set(column, row, "░", color: label)
                        } else if shade != " " {
                            plot.set(column, row, shade)
                        }
                    } else {
                        let shades: [Character] = [" ", "░", "▒", "▓"]
                        let band = max(0, min(3, Int((value * 4).rounded(.down))))
                        if shades[band] != " " { plot.set(column, row, shades[band], color: colorIndex(band < 2 ? 0 : 1)) }
                    }
                }
            }
            // Guide lines: a dot in each cell whose sample lies on another side of a level than
            // the sample of the cell to its right or above.
            if !boundary.guideLevels.isEmpty {
                for row in 0..<area.rows {
                    for column in 0..<area.columns {
                        guard let value = nearestSample(grid, at: area.centre(column: column, row: row)), value.isFinite else { continue }
                        let neighbours = [column + 1 < area.columns ? nearestSample(grid, at: area.centre(column: column + 1, row: row)) : nil,
                                          row + 1 < area.rows ? nearestSample(grid, at: area.centre(column: column, row: row + 1)) : nil]
                        let crosses = boundary.guideLevels.contains { level in
                            neighbours.contains { neighbour in
                                guard let neighbour, neighbour.isFinite else { return false }
                                return (value < level) != (neighbour < level)
                            }
                        }
                        if crosses { plot.set(column, row, "·") }
                    }
                }
            }
            drawPoints(&plot, data, area: area)
            for point in boundary.ringed {
                guard let (column, row) = area.cell(DataPoint(x: point.x, y: point.y)) else { continue }
                plot.set(column, row, "◎")
            }
        }
        return withNotes(text, prepared.notes + data.notes)
    }

    /// The grid sample nearest to a point, nil outside the grid.
    private func nearestSample(_ grid: Grid, at point: DataPoint) -> Double? {
        guard grid.rows > 0, grid.columns > 0,
              point.x >= grid.x.lower, point.x <= grid.x.upper, point.y >= grid.y.lower, point.y <= grid.y.upper else { return nil }
        let fx = grid.x.upper > grid.x.lower ? (point.x - grid.x.lower) / (grid.x.upper - grid.x.lower) : 0
        let fy = grid.y.upper > grid.y.lower ? (point.y - grid.y.lower) / (grid.y.upper - grid.y.lower) : 0
        let column = Int((fx * Double(grid.columns - 1)).rounded()), row = Int((fy * Double(grid.rows - 1)).rounded())
        return grid.value(row: row, column: column)
    }

    private func classLegend(_ data: PreparedScatter) -> [TerminalLegendItem] {
        zip(data.classes, data.names).map {
            TerminalLegendItem(swatch: String(Palette.markerCharacter($0.0)), label: $0.1, color: colorIndex($0.0))
        }
    }

    private func drawPoints(_ plot: inout TextGrid, _ data: PreparedScatter, area: TerminalPlotArea) {
        for point in data.points {
            guard let (column, row) = area.cell(DataPoint(x: point.x, y: point.y)) else { continue }
            plot.set(column, row, Palette.markerCharacter(point.classIndex), color: colorIndex(point.classIndex))
        }
    }
}
