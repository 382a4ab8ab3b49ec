/// A grid of cells, each shaded by a value, with an arrow and a label: the values of a grid
/// world's states and the greedy policy's move in each.
///
/// Cells are row-major with the top row first, as a maze is written. Positive values are tinted
/// in the first palette colour, negative ones in the second, more strongly the larger their
/// magnitude, so the tint alone shows where the agent expects to gain and where to lose.
public struct ValueGrid: Equatable, Sendable, Codable {
    /// A move drawn as an arrow.
    public enum Arrow: String, Equatable, Sendable, CaseIterable, Codable {
        case up = "↑", right = "→", down = "↓", left = "←"
    }

    /// One cell of the grid.
    public struct Cell: Equatable, Sendable, Codable {
        /// The value shown and shaded; nil leaves the cell blank (a terminal state).
        public var value: Double?
        /// The policy's move, if any.
        public var arrow: Arrow?
        /// A short mark drawn in the corner ("S", "G", "P"); empty for none.
        public var label: String
        /// A wall: drawn solid, without value or arrow.
        public var isWall: Bool
        /// More about the cell for the SVG's tooltip (e.g. every action's value).
        public var detail: String

        public init(value: Double? = nil, arrow: Arrow? = nil, label: String = "", isWall: Bool = false, detail: String = "") {
            self.value = value
            self.arrow = arrow
            self.label = label
            self.isWall = isWall
            self.detail = detail
        }

        /// A wall cell.
        public static let wall = Cell(isWall: true)
    }

    public var rows: Int
    public var columns: Int
    /// `rows × columns` cells, top row first; missing cells draw as blank.
    public var cells: [Cell]

    public init(rows: Int, columns: Int, cells: [Cell]) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    /// The cell at (row, column), blank when missing.
    func cell(row: Int, column: Int) -> Cell {
        let index = row * columns + column
        guard row >= 0, column >= 0, row < rows, column < columns, index < cells.count else { return Cell() }
        return cells[index]
    }

    /// The largest |value| of any cell (1 when there is none), the scale of the tint.
    var largestMagnitude: Double {
        let magnitudes = cells.compactMap(\.value).filter(\.isFinite).map(abs)
        return magnitudes.max().map { $0 > 0 ? $0 : 1 } ?? 1
    }

    /// Rows and columns clamped to what can be drawn (at most 100 × 100).
    var drawnRows: Int { max(0, min(rows, 100)) }
    var drawnColumns: Int { max(0, min(columns, 100)) }
}

extension Figure {
    /// A value grid figure.
    public static func valueGrid(_ grid: ValueGrid, title: String = "") -> Figure {
        Figure(.valueGrid(grid), title: title)
    }
}
