/// A rectangle of terminal cells, each a character with an optional palette colour.
///
/// Charts are composed on a grid and then turned into text; colour escapes are only written
/// when asked for, and a run of cells in the same colour shares one escape sequence.
struct TextGrid {
    struct Cell: Equatable {
        var character: Character = " "
        /// A palette index, or nil for the terminal's default colour.
        var color: Int? = nil
    }

    let width: Int
    private(set) var rows: [[Cell]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        rows = Array(repeating: Array(repeating: Cell(), count: max(0, width)), count: max(0, height))
    }

    var height: Int { rows.count }

    /// Sets one cell; positions outside the grid are ignored.
    mutating func set(_ column: Int, _ row: Int, _ character: Character, color: Int? = nil) {
        guard row >= 0, row < rows.count, column >= 0, column < width else { return }
        rows[row][column] = Cell(character: character, color: color)
    }

    func cell(_ column: Int, _ row: Int) -> Cell? {
        guard row >= 0, row < rows.count, column >= 0, column < width else { return nil }
        return rows[row][column]
    }

    /// Writes `text` from `column` on, clipped at the right edge.
    mutating func write(_ text: String, column: Int, row: Int, color: Int? = nil) {
        for (offset, character) in text.enumerated() { set(column + offset, row, character, color: color) }
    }

    /// Appends a row of cells (padded or clipped to the width).
    mutating func appendRow(_ cells: [Cell] = []) {
        var row = Array(cells.prefix(width))
        if row.count < width { row += Array(repeating: Cell(), count: width - row.count) }
        rows.append(row)
    }

    /// The text, one line per row, trailing spaces removed, colour escapes only if `color`.
    func render(color: Bool) -> String {
        rows.map { row -> String in
            var line = ""
            var current: Int? = nil
            var end = row.count
            while end > 0 && row[end - 1].character == " " { end -= 1 }
            for cell in row.prefix(end) {
                let wanted = color && cell.character != " " ? cell.color : (color ? current : nil)
                if color && wanted != current {
                    if current != nil { line += ANSI.reset }
                    if let wanted { line += ANSI.foreground(wanted) }
                    current = wanted
                }
                line.append(cell.character)
            }
            if color && current != nil { line += ANSI.reset }
            return line
        }.joined(separator: "\n")
    }
}

/// ANSI escape sequences for the few colours the terminal charts use.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static func foreground(_ paletteIndex: Int) -> String { "\u{1B}[\(Palette.ansi(paletteIndex))m" }
}
