/// A closed interval of one axis, `lower ... upper`.
///
/// Kept as its own type rather than `ClosedRange` so that a reversed or empty interval from
/// user code is a value the renderers can repair, not a trap at construction.
public struct AxisRange: Equatable, Sendable, Codable {
    /// The smaller end.
    public var lower: Double
    /// The larger end.
    public var upper: Double

    /// Creates an interval.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// A scalar function sampled on a regular grid over a rectangle.
///
/// `values` is row-major: `values[row * columns + column]` is the sample at
/// x = x.lower + column · (x.upper − x.lower) / (columns − 1) and
/// y = y.lower + row · (y.upper − y.lower) / (rows − 1), so row 0 is the bottom edge, as with
/// numpy's `meshgrid` over increasing `linspace`s. Missing values count as NaN.
public struct Grid: Equatable, Sendable, Codable {
    /// The horizontal extent of the samples.
    public var x: AxisRange
    /// The vertical extent of the samples.
    public var y: AxisRange
    /// Samples per row.
    public var columns: Int
    /// Number of rows.
    public var rows: Int
    /// The samples, row by row from the bottom.
    public var values: [Double]

    /// Creates a grid.
    public init(x: AxisRange, y: AxisRange, columns: Int, rows: Int, values: [Double]) {
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The sample at a row and column, NaN when missing.
    func value(row: Int, column: Int) -> Double {
        let index = row * columns + column
        guard row >= 0, column >= 0, row < rows, column < columns, index < values.count else { return .nan }
        return values[index]
    }

    /// The x coordinate of a column.
    func xCoordinate(_ column: Double) -> Double {
        columns > 1 ? x.lower + column * (x.upper - x.lower) / Double(columns - 1) : (x.lower + x.upper) / 2
    }

    /// The y coordinate of a row.
    func yCoordinate(_ row: Double) -> Double {
        rows > 1 ? y.lower + row * (y.upper - y.lower) / Double(rows - 1) : (y.lower + y.upper) / 2
    }
}
