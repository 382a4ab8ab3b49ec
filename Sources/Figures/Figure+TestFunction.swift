import MLCore
import Plots

/// A test surface's contour lines with the paths optimisers took across it.
extension Figure {
    /// Contour lines of `function` over its default window (or the ranges given), with each
    /// `OptimizationPath` drawn on top as a named line of steps.
    ///
    /// Default windows frame each surface's interesting part: the bowl and the saddle on
    /// [−2, 2]², the ravine on [−10, 10] × [−2, 2] (as elongated as the function),
    /// Rosenbrock's valley on [−2, 2] × [−1, 3] with log-spaced levels. A default window also
    /// grows to contain every path's starting point (out to round axis ticks). A path that leaves
    /// the window is cut where it crosses the border and its name gets " (leaves the window)", so
    /// a diverging optimiser cannot shrink the surface to a dot; give `xRange`/`yRange` to see
    /// further.
    public static func contour(_ function: TestFunction, paths: [OptimizationPath] = [], names: [String] = [],
                               xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                               resolution: Int = 101, title: String? = nil) throws -> Figure {
        try contour(function, x: paths.map(\.xs), y: paths.map(\.ys), names: names,
                    xRange: xRange, yRange: yRange, resolution: resolution, title: title)
    }

    /// Contour lines of `function` with paths a lesson traced itself: path i visits the points
    /// (x[i][k], y[i][k]). Everything else is as for the `OptimizationPath` version.
    public static func contour(_ function: TestFunction, x: [[Double]], y: [[Double]], names: [String] = [],
                               xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                               resolution: Int = 101, title: String? = nil) throws -> Figure {
        try requireCount(resolution, in: 2...400, name: "resolution")
        let paths = try plotPaths(x: x, y: y, names: names)
        var window = function.defaultWindow
        if let xRange { try requireDrawable(xRange, name: "xRange"); window.x = xRange }
        if let yRange { try requireDrawable(yRange, name: "yRange"); window.y = yRange }
        for path in paths {
            guard let x = path.x.first, let y = path.y.first, x.isFinite, y.isFinite else { continue }
            if xRange == nil { window.x = niceRange(extended(window.x, toInclude: x), ticks: 6) }
            if yRange == nil { window.y = niceRange(extended(window.y, toInclude: y), ticks: 5) }
        }
        let xs = evenlySpaced(window.x, count: resolution)
        let ys = evenlySpaced(window.y, count: resolution)
        var values: [Double] = []
        values.reserveCapacity(resolution * resolution)
        for y in ys {
            for x in xs { values.append(function.value(x: x, y: y)) }
        }
        return contourFigure(values: values, columns: resolution, rows: resolution, window: window, paths: paths,
                             levels: function.defaultLevels, title: title ?? function.formula)
    }

    /// Contour lines of a surface a lesson sampled itself, e.g. a loss over (w, b), with paths.
    ///
    /// `values[i][j]` is the value at the j-th of evenly spaced x across `xRange` and the i-th of
    /// evenly spaced y across `yRange`, so row 0 is the bottom edge — the order of
    /// `for b in bs { rows.append(ws.map { w in loss(w, b) }) }`. Rows must be of equal length,
    /// at least 2 × 2. Paths are given as for the test-function version and cut at the window's
    /// border. `logLevels` spaces the levels evenly in log10, for surfaces whose values span
    /// orders of magnitude.
    public static func contour(values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                               x: [[Double]] = [], y: [[Double]] = [], names: [String] = [], logLevels: Bool = false,
                               title: String = "", xLabel: String = "x", yLabel: String = "y") throws -> Figure {
        try requireDrawable(xRange, name: "xRange")
        try requireDrawable(yRange, name: "yRange")
        let columns = values.first?.count ?? 0
        try require(values.count >= 2 && columns >= 2,
                    "a contour plot needs a grid of at least 2 × 2 values, got \(values.count) row\(values.count == 1 ? "" : "s") of \(columns)")
        for (index, row) in values.enumerated() where row.count != columns {
            throw FigureError("every row of a contour grid needs the same number of values: row 0 has \(columns), row \(index) has \(row.count)")
        }
        try require(values.count * columns <= 1_000_000, "a contour grid may hold at most 1,000,000 values, got \(values.count * columns)")
        let paths = try plotPaths(x: x, y: y, names: names)
        let figure = contourFigure(values: values.flatMap { $0 }, columns: columns, rows: values.count,
                                   window: (xRange, yRange), paths: paths,
                                   levels: logLevels ? .logarithmic(12) : .count(12), title: title)
        return Figure(figure.content, title: title, xLabel: xLabel, yLabel: yLabel)
    }
}

/// Named paths from paired coordinate lists, checked for matching lengths.
private func plotPaths(x: [[Double]], y: [[Double]], names: [String]) throws -> [PlotPath] {
    try require(x.count == y.count, "paths need as many x lists as y lists, got \(x.count) and \(y.count)")
    let labels = try seriesNames(names, count: x.count, prefix: "path", what: "paths")
    return try zip(labels, zip(x, y)).map { name, coordinates in
        try require(coordinates.0.count == coordinates.1.count,
                    "the path “\(name)” has \(coordinates.0.count) x values and \(coordinates.1.count) y values; give one y per x")
        return PlotPath(name, x: coordinates.0, y: coordinates.1)
    }
}

/// The contour figure of sampled `values` over `window`, paths clipped to it.
private func contourFigure(values: [Double], columns: Int, rows: Int,
                           window: (x: ClosedRange<Double>, y: ClosedRange<Double>), paths: [PlotPath],
                           levels: ContourPlot.Levels, title: String) -> Figure {
    let grid = Grid(x: AxisRange(window.x.lowerBound, window.x.upperBound),
                    y: AxisRange(window.y.lowerBound, window.y.upperBound),
                    columns: columns, rows: rows, values: values)
    return .contour(grid, levels: levels, paths: paths.map { clipped($0, to: window) },
                    title: title, xLabel: "x", yLabel: "y")
}

extension TestFunction {
    /// The region each surface is drawn over unless the lesson asks for another.
    var defaultWindow: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        switch self {
        case .bowl, .saddle: return (-2...2, -2...2)
        case .ravine: return (-10...10, -2...2)
        case .rosenbrock: return (-2...2, -1...3)
        }
    }

    /// Contour levels: even steps, except Rosenbrock, whose values span five orders of magnitude
    /// and whose narrow valley only shows with log-spaced levels.
    var defaultLevels: ContourPlot.Levels {
        self == .rosenbrock ? .logarithmic(12) : .count(12)
    }

    /// The surface's formula, the figure's default title.
    var formula: String {
        switch self {
        case .bowl: return "bowl: f(x, y) = x² + y²"
        case .ravine: return "ravine: f(x, y) = 0.1·x² + 10·y²"
        case .saddle: return "saddle: f(x, y) = x² − y²"
        case .rosenbrock: return "Rosenbrock: f(x, y) = (1 − x)² + 100·(y − x²)²"
        }
    }
}

/// `range` stretched to contain `value` with a 10 % margin beyond it.
private func extended(_ range: ClosedRange<Double>, toInclude value: Double) -> ClosedRange<Double> {
    let span = range.upperBound - range.lowerBound
    if value < range.lowerBound { return (value - 0.1 * span)...range.upperBound }
    if value > range.upperBound { return range.lowerBound...(value + 0.1 * span) }
    return range
}

/// The part of `path` before it first leaves `window` (or becomes NaN/infinite), ending on the
/// border where it crossed; the name says so when anything was cut.
private func clipped(_ path: PlotPath, to window: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> PlotPath {
    func inside(_ x: Double, _ y: Double) -> Bool { window.x.contains(x) && window.y.contains(y) }
    let name = path.name
    let count = min(path.x.count, path.y.count)
    var xs: [Double] = [], ys: [Double] = []
    for i in 0..<count {
        let (x, y) = (path.x[i], path.y[i])
        if inside(x, y) {
            xs.append(x); ys.append(y)
            continue
        }
        if let lastX = xs.last, let lastY = ys.last, x.isFinite, y.isFinite {
            let exit = borderCrossing(from: (lastX, lastY), to: (x, y), window: window)
            xs.append(exit.x); ys.append(exit.y)
        }
        return PlotPath(name + (i == 0 ? " (starts outside the window)" : " (leaves the window)"), x: xs, y: ys)
    }
    return PlotPath(name, x: xs, y: ys)
}

/// Where the segment from `a` (inside the window) to `b` (outside) first meets the border.
private func borderCrossing(from a: (x: Double, y: Double), to b: (x: Double, y: Double),
                            window: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> (x: Double, y: Double) {
    var t = 1.0
    let dx = b.x - a.x, dy = b.y - a.y
    if b.x > window.x.upperBound { t = min(t, (window.x.upperBound - a.x) / dx) }
    if b.x < window.x.lowerBound { t = min(t, (window.x.lowerBound - a.x) / dx) }
    if b.y > window.y.upperBound { t = min(t, (window.y.upperBound - a.y) / dy) }
    if b.y < window.y.lowerBound { t = min(t, (window.y.lowerBound - a.y) / dy) }
    let x = min(max(a.x + t * dx, window.x.lowerBound), window.x.upperBound)
    let y = min(max(a.y + t * dy, window.y.lowerBound), window.y.upperBound)
    return (x, y)
}
