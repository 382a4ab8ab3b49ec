/// One named sequence of (x, y) points in a line chart.
///
/// When `x` and `y` differ in length the extra values of the longer array are ignored (and the
/// SVG's description says so); non-finite points are skipped and break the line.
public struct Series: Equatable, Sendable, Codable {
    /// The name shown in the legend.
    public var name: String
    /// Horizontal coordinates.
    public var x: [Double]
    /// Vertical coordinates.
    public var y: [Double]

    /// Creates a series from paired coordinates.
    public init(_ name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }

    /// Creates a series whose x coordinates are 1, 2, 3, … (e.g. a value per epoch).
    public init(_ name: String, y: [Double]) {
        self.init(name, x: y.indices.map { Double($0 + 1) }, y: y)
    }
}

/// Several named series drawn as lines over shared axes.
public struct LineChart: Equatable, Sendable, Codable {
    /// The series, drawn in order, each with its own colour and dash pattern.
    public var series: [Series]
    /// Whether the vertical axis is logarithmic (non-positive values are then skipped).
    public var logY: Bool
    /// Whether each point also gets a marker.
    public var showsMarkers: Bool
    /// Whether to draw the lines x = 0 and y = 0 when they fall inside the axes.
    public var showsZeroLines: Bool

    /// Creates a line chart.
    public init(series: [Series], logY: Bool = false, showsMarkers: Bool = false, showsZeroLines: Bool = false) {
        self.series = series
        self.logY = logY
        self.showsMarkers = showsMarkers
        self.showsZeroLines = showsZeroLines
    }
}
