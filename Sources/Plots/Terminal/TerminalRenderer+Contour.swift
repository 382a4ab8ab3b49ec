/// Contour plots: iso-lines in dotted braille, optimiser paths on top.
extension TerminalRenderer {
    func contourChart(_ contour: ContourPlot) -> String {
        let prepared = PreparedGrid(contour.grid)
        let grid = prepared.grid
        var notes = prepared.notes
        let paths = contour.paths.map { (name: $0.name, points: finitePath(x: $0.x, y: $0.y, name: $0.name, notes: &notes)) }
        var x = Extent(), y = Extent()
        x.include(grid.x.lower); x.include(grid.x.upper)
        y.include(grid.y.lower); y.include(grid.y.upper)
        for path in paths {
            path.points.forEach { x.include($0.x); y.include($0.y) }
        }
        let levels = MarchingSquares.levels(contour.levels, grid: grid)
        let legend = paths.enumerated().map {
            TerminalLegendItem(swatch: lineSwatch($0.offset) + String(Palette.markerCharacter($0.offset)), label: $0.element.name, color: colorIndex($0.offset))
        }
        let text = framedChart(x: { x.linearScale(targetCount: $0) }, y: { y.linearScale(targetCount: $0) }, legend: legend) { plot, area in
            // Each path ends in its marker character, so a reader sees where the optimiser stopped.
            for (index, path) in paths.enumerated() {
                if let last = path.points.last, let (column, row) = area.cell(last) {
                    plot.set(column, row, Palette.markerCharacter(index), color: colorIndex(index))
                }
            }
            drawBraille(&plot, area: area, lines: paths.enumerated().map {
                BrailleLine(runs: [$0.element.points], color: $0.offset, dash: dash($0.offset))
            })
            // Iso-lines go last and only fill cells still empty, so paths stay on top.
            var isoLines: [BrailleLine] = []
            for level in levels {
                let segments = MarchingSquares.segments(of: grid, level: level)
                isoLines.append(BrailleLine(runs: segments.map { [DataPoint(x: $0.x0, y: $0.y0), DataPoint(x: $0.x1, y: $0.y1)] },
                                            color: nil, dash: color ? nil : (on: 1, off: 1)))
            }
            drawBraille(&plot, area: area, lines: isoLines)
        }
        return withNotes(text, notes)
    }
}
