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
    /// grows to contain every path's starting point (out to round axis ticks). A path that leaves the window is cut where
    /// it crosses the border and its name gets " (leaves the window)", so a diverging optimiser
    /// cannot shrink the surface to a dot; give `xRange`/`yRange` to see further.
    public static func contour(_ function: TestFunction, paths: [OptimizationPath] = [], names: [String] = [],
                               xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                               resolution: Int = 101, title: String? = nil) throws -> Figure {
        try requireCount(resolution, in: 2...400, name: "resolution")
        let labels = try seriesNames(names, count: paths.count, prefix: "path", what: "paths")
        var window = function.defaultWindow
        if let xRange { try requireDrawable(xRange, name: "xRange"); window.x = xRange }
        if let yRange { try requireDrawable(yRange, name: "yRange"); window.y = yRange }
        for path in paths {
            guard let x = path.xs.first, let y = path.ys.first, x.isFinite, y.isFinite else { continue }
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
        let grid = Grid(x: AxisRange(window.x.lowerBound, window.x.upperBound),
                        y: AxisRange(window.y.lowerBound, window.y.upperBound),
                        columns: resolution, rows: resolution, values: values)
        let plotted = zip(labels, paths).map { name, path in
            clipped(path, name: name, to: window)
        }
        return .contour(grid, levels: function.defaultLevels, paths: plotted,
                        title: title ?? function.formula, xLabel: "x", yLabel: "y")
    }
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
private func clipped(_ path: OptimizationPath, name: String,
                     to window: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> PlotPath {
    func inside(_ x: Double, _ y: Double) -> Bool { window.x.contains(x) && window.y.contains(y) }
    let count = min(path.xs.count, path.ys.count)
    var xs: [Double] = [], ys: [Double] = []
    for i in 0..<count {
        let (x, y) = (path.xs[i], path.ys[i])
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
