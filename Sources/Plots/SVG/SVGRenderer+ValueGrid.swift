/// Value grids: a square per cell, tinted by its value, with the policy's arrow, the value and
/// the cell's mark; walls solid. The figure sizes itself from the number of cells.
extension SVGRenderer {
    func renderValueGrid(_ grid: ValueGrid) -> String {
        let c = NumberFormat.coordinate
        let rows = grid.drawnRows, columns = grid.drawnColumns
        let margin = 16.0
        let top = figure.title.isEmpty ? margin : 44
        let side = max(28, min(72, ((width - 2 * margin) / Double(max(columns, 1))).rounded(.down)))
        let svgWidth = max(160, 2 * margin + Double(columns) * side)
        let svgHeight = top + Double(rows) * side + margin
        let scale = grid.largestMagnitude
        let left = (svgWidth - Double(columns) * side) / 2

        let values = grid.cells.prefix(rows * columns).compactMap(\.value).filter(\.isFinite)
        var summary = "\(rows) row\(rows == 1 ? "" : "s") × \(columns) column\(columns == 1 ? "" : "s")"
        if let low = values.min(), let high = values.max() {
            summary += ", values from \(NumberFormat.compact(low)) to \(NumberFormat.compact(high))"
        }
        summary += "."
        let described = (0..<min(rows, 30)).map { row in
            "row \(row + 1): " + (0..<columns).map { column in
                let cell = grid.cell(row: row, column: column)
                if cell.isWall { return "wall" }
                return [cell.label, cell.arrow?.rawValue ?? ""].filter { !$0.isEmpty }.joined(separator: " ").nonEmpty ?? "·"
            }.joined(separator: " ")
        }
        if !described.isEmpty { summary += " " + described.joined(separator: "; ") + "." }
        var notes: [String] = []
        if rows < grid.rows || columns < grid.columns { notes.append("Only the first 100 rows and columns are drawn.") }
        let description = describe(kind: "Value grid", summary: summary, notes: notes)

        return document(width: svgWidth, height: svgHeight, kind: "Value grid", description: description) { writer in
            if !figure.title.isEmpty {
                writer.text("text", [("class", "lp-title"), ("x", c(svgWidth / 2)), ("y", "24"), ("text-anchor", "middle")], figure.title)
            }
            for row in 0..<rows {
                for column in 0..<columns {
                    let cell = grid.cell(row: row, column: column)
                    let x = left + Double(column) * side, y = top + Double(row) * side
                    writer.open("g", [("class", cell.isWall ? "lp-wall" : "lp-cell"), ("data-row", String(row)), ("data-column", String(column))])
                    if !cell.detail.isEmpty { writer.text("title", [], cell.detail) }
                    if cell.isWall {
                        writer.empty("rect", [("x", c(x)), ("y", c(y)), ("width", c(side)), ("height", c(side)),
                                              ("fill", "currentColor"), ("fill-opacity", "0.55")])
                        writer.close("g")
                        continue
                    }
                    if let value = cell.value, value.isFinite, value != 0 {
                        let opacity = 0.08 + 0.6 * min(1, abs(value) / scale)
                        writer.empty("rect", [("class", SVGStyle.fill(value > 0 ? 0 : 1)), ("fill-opacity", NumberFormat.fixed(opacity, decimals: 2)),
                                              ("x", c(x)), ("y", c(y)), ("width", c(side)), ("height", c(side))])
                    }
                    writer.empty("rect", [("class", "lp-node"), ("x", c(x)), ("y", c(y)), ("width", c(side)), ("height", c(side))])
                    if !cell.label.isEmpty {
                        writer.text("text", [("font-weight", "600"), ("font-size", "11"), ("x", c(x + 4)), ("y", c(y + 13))], cell.label)
                    }
                    if let arrow = cell.arrow {
                        writer.text("text", [("class", "lp-policy"), ("font-size", c(side * 0.4)), ("x", c(x + side / 2)), ("y", c(y + side * 0.52)),
                                             ("text-anchor", "middle")], arrow.rawValue)
                    }
                    if let value = cell.value {
                        writer.text("text", [("font-size", "11"), ("x", c(x + side / 2)), ("y", c(y + side - 7)), ("text-anchor", "middle")],
                                    NumberFormat.fixed(value, decimals: 2))
                    }
                    writer.close("g")
                }
            }
        }
    }
}

private extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
