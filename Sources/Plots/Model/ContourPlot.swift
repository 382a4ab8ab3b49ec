/// A named polyline drawn over a contour plot, e.g. the steps an optimiser took.
public struct PlotPath: Equatable, Sendable, Codable {
    /// The legend name.
    public var name: String
    /// Horizontal coordinates of the steps.
    public var x: [Double]
    /// Vertical coordinates of the steps.
    public var y: [Double]

    /// Creates a path.
    public init(_ name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }
}

/// Iso-lines of a function sampled on a grid (computed with marching squares), with paths on top.
public struct ContourPlot: Equatable, Sendable, Codable {
    /// Which function values get an iso-line.
    public enum Levels: Equatable, Sendable, Codable {
        /// About this many levels at round numbers between the smallest and largest value.
        case count(Int)
        /// About this many levels spaced evenly in log10 between the smallest positive value and
        /// the largest value: suited to loss surfaces such as Rosenbrock's.
        case logarithmic(Int)
        /// Exactly these levels.
        case values([Double])
    }

    /// The sampled function.
    public var grid: Grid
    /// The iso-line levels.
    public var levels: Levels
    /// Paths drawn over the iso-lines.
    public var paths: [PlotPath]

    /// Creates a contour plot.
    public init(grid: Grid, levels: Levels = .count(10), paths: [PlotPath] = []) {
        self.grid = grid
        self.levels = levels
        self.paths = paths
    }
}
