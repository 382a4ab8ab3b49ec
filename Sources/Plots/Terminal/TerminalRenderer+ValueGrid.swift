/// A value grid as a table of text cells: the arrow and the value in each ("→ 0.53"), walls as
/// █ blocks, the cell's mark in front; positive values in the first colour and negative ones in
/// the second when colour is on. Cells narrow (values first dropped) to fit the width.
extension TerminalRenderer {
    func valueGrid(_ grid: ValueGrid) -> String {
        let rows = grid.drawnRows, columns = grid.drawnColumns
        var lines: [String] = []
        if !figure.title.isEmpty { lines.append(clipped(figure.title, to: width)) }
        guard rows > 0, columns > 0 else { return lines.joined(separator: "\n") }
        let texts = (0..<rows).map { row in (0..<columns).map { column in cellText(grid.cell(row: row, column: column), values: true) } }
        var cellWidth = texts.flatMap { $0 }.map(\.count).max() ?? 1
        var showsValues = true
        if columns * (cellWidth + 1) - 1 > width {
            showsValues = false
            cellWidth = 2
        }
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let cell = grid.cell(row: row, column: column)
                var text = showsValues ? texts[row][column] : cellText(cell, values: false)
                if cell.isWall { text = String(repeating: "█", count: cellWidth) }
                text = clipped(text, to: cellWidth)
                let padded = text + String(repeating: " ", count: max(0, cellWidth - text.count))
                if column > 0 { line += " " }
                if color, !cell.isWall, let value = cell.value, value.isFinite, value != 0 {
                    line += ANSI.foreground(value > 0 ? 0 : 1) + padded + ANSI.reset
                } else {
                    line += padded
                }
            }
            lines.append(trimmedRight(line))
        }
        return lines.joined(separator: "\n")
    }

    /// "G", "→ 0.53", "S↑ −0.12": the mark, the arrow, and (if asked) the value.
    private func cellText(_ cell: ValueGrid.Cell, values: Bool) -> String {
        if cell.isWall { return "█" }
        var text = cell.label + (cell.arrow?.rawValue ?? "")
        if values, let value = cell.value { text += (text.isEmpty ? "" : " ") + NumberFormat.fixed(value, decimals: 2) }
        return text.isEmpty ? "·" : text
    }

    /// `line` without trailing spaces (after the last ANSI reset too).
    private func trimmedRight(_ line: String) -> String {
        var result = Substring(line)
        while result.hasSuffix(" ") { result = result.dropLast() }
        return String(result)
    }
}
