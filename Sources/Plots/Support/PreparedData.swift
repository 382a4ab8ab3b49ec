import Foundation

/// A point in data coordinates.
struct DataPoint: Equatable {
    var x: Double
    var y: Double
}

/// The finite extent of some data along one axis.
struct Extent {
    var minimum = Double.infinity
    var maximum = -Double.infinity

    var isEmpty: Bool { minimum > maximum }

    mutating func include(_ value: Double) {
        guard value.isFinite else { return }
        minimum = min(minimum, value)
        maximum = max(maximum, value)
    }

    /// A linear axis for this extent (0 … 1 when empty).
    func linearScale(targetCount: Int) -> AxisScale {
        isEmpty ? .linear(minimum: 0, maximum: 1, targetCount: targetCount)
            : .linear(minimum: minimum, maximum: maximum, targetCount: targetCount)
    }
}

/// A line chart cleaned for drawing: finite runs of points per series, extents and notes.
///
/// Shared by the SVG and terminal renderers so both skip and report the same bad values.
struct PreparedLines {
    struct Line {
        var name: String
        /// Runs of consecutive plottable points; a skipped point breaks the line.
        var runs: [[DataPoint]]
        var pointCount: Int { runs.reduce(0) { $0 + $1.count } }
    }

    var lines: [Line] = []
    var x = Extent()
    var y = Extent()
    var notes: [String] = []

    init(series: [Series], logY: Bool) {
        for series in series {
            if series.x.count != series.y.count {
                notes.append("“\(series.name)” has \(series.x.count) x values and \(series.y.count) y values; the extra values are ignored.")
            }
            var runs: [[DataPoint]] = []
            var current: [DataPoint] = []
            var skipped = 0
            for i in 0..<min(series.x.count, series.y.count) {
                let point = DataPoint(x: series.x[i], y: series.y[i])
                if point.x.isFinite && point.y.isFinite && (!logY || point.y > 0) {
                    current.append(point)
                    x.include(point.x)
                    y.include(point.y)
                } else {
                    skipped += 1
                    if !current.isEmpty { runs.append(current) }
                    current = []
                }
            }
            if !current.isEmpty { runs.append(current) }
            if skipped > 0 {
                let why = logY ? "non-finite or non-positive (log scale)" : "non-finite"
                notes.append("\(skipped) \(why) point\(skipped == 1 ? "" : "s") skipped in “\(series.name)”.")
            }
            lines.append(Line(name: series.name, runs: runs))
        }
    }
}

/// Scatter points cleaned for drawing: finite points with their classes, and class names.
struct PreparedScatter {
    struct Point {
        var x: Double
        var y: Double
        var classIndex: Int
    }

    var points: [Point] = []
    /// The classes present, ascending.
    var classes: [Int] = []
    var names: [String] = []
    var x = Extent()
    var y = Extent()
    var notes: [String] = []

    init(_ scatter: ScatterPoints) {
        let count = min(scatter.x.count, scatter.y.count, scatter.classes.count)
        if scatter.x.count != count || scatter.y.count != count || scatter.classes.count != count {
            notes.append("The point arrays differ in length (x \(scatter.x.count), y \(scatter.y.count), classes \(scatter.classes.count)); only the first \(count) points are drawn.")
        }
        var skipped = 0
        var seen = Set<Int>()
        for i in 0..<count {
            let x = scatter.x[i], y = scatter.y[i]
            guard x.isFinite && y.isFinite else {
                skipped += 1
                continue
            }
            let classIndex = scatter.classes[i] == Int.min ? 0 : abs(scatter.classes[i])
            points.append(Point(x: x, y: y, classIndex: classIndex))
            seen.insert(classIndex)
            self.x.include(x)
            self.y.include(y)
        }
        if skipped > 0 { notes.append("\(skipped) non-finite point\(skipped == 1 ? "" : "s") skipped.") }
        classes = seen.sorted()
        names = classes.map { scatter.classNames.indices.contains($0) && !scatter.classNames[$0].isEmpty ? scatter.classNames[$0] : "class \($0)" }
    }
}

/// A histogram's bins and counts.
struct PreparedHistogram {
    var edges: [Double] = []
    var counts: [Int] = []
    var notes: [String] = []
    var total: Int { counts.reduce(0, +) }

    init(_ histogram: Histogram) {
        let finite = histogram.values.filter(\.isFinite)
        let skipped = histogram.values.count - finite.count
        if skipped > 0 { notes.append("\(skipped) non-finite value\(skipped == 1 ? "" : "s") skipped.") }
        switch histogram.bins {
        case .count(let requested):
            let binCount = max(1, min(requested, 1000))
            var low = finite.min() ?? 0, high = finite.max() ?? 1
            if low == high { low -= 0.5; high += 0.5 }
            edges = (0...binCount).map { low + (high - low) * Double($0) / Double(binCount) }
            edges[binCount] = high
        case .edges(let given):
            let sorted = given.filter(\.isFinite).sorted()
            var unique: [Double] = []
            for edge in sorted where unique.last != edge { unique.append(edge) }
            if unique.count != given.count { notes.append("Bin edges were sorted and cleaned of duplicates and non-finite values.") }
            edges = unique.count >= 2 ? unique : [0, 1]
        }
        counts = Array(repeating: 0, count: edges.count - 1)
        var outside = 0
        for value in finite {
            guard let first = edges.first, let last = edges.last, value >= first, value <= last else {
                outside += 1
                continue
            }
            // Binary search for the bin [edges[i], edges[i+1]); the last bin is closed.
            var low = 0, high = edges.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if value >= edges[middle] { low = middle } else { high = middle }
            }
            counts[min(low, counts.count - 1)] += 1
        }
        if outside > 0 { notes.append("\(outside) value\(outside == 1 ? "" : "s") outside the bin edges not counted.") }
    }
}

/// A bar chart's values with the extent of the value axis (always including 0).
struct PreparedBars {
    var labels: [String]
    var groups: [BarGroup]
    var extent = Extent()
    var notes: [String] = []
    var hasLegend: Bool { groups.count > 1 || groups.contains { !$0.name.isEmpty } }

    init(_ chart: BarChart) {
        labels = chart.labels
        groups = chart.groups
        extent.include(0)
        var skipped = 0
        for group in groups {
            for (i, value) in group.values.enumerated() where i < labels.count {
                if value.isFinite { extent.include(value) } else { skipped += 1 }
            }
            if group.values.count > labels.count {
                notes.append("“\(group.name)” has \(group.values.count) values for \(labels.count) labels; the extra values are ignored.")
            }
        }
        if skipped > 0 { notes.append("\(skipped) non-finite bar value\(skipped == 1 ? "" : "s") not drawn.") }
    }
}

/// A grid's usable shape, with notes about repairs (reversed ranges, missing values).
struct PreparedGrid {
    var grid: Grid
    var notes: [String] = []
    var valueExtent = Extent()

    init(_ original: Grid) {
        var grid = original
        grid.rows = max(0, grid.rows)
        grid.columns = max(0, grid.columns)
        if !grid.x.lower.isFinite || !grid.x.upper.isFinite { grid.x = AxisRange(0, 1); notes.append("The grid's x range was not finite; 0 … 1 is used.") }
        if !grid.y.lower.isFinite || !grid.y.upper.isFinite { grid.y = AxisRange(0, 1); notes.append("The grid's y range was not finite; 0 … 1 is used.") }
        if grid.x.lower > grid.x.upper { grid.x = AxisRange(grid.x.upper, grid.x.lower) }
        if grid.y.lower > grid.y.upper { grid.y = AxisRange(grid.y.upper, grid.y.lower) }
        let expected = grid.rows.multipliedReportingOverflow(by: grid.columns)
        if expected.overflow || expected.partialValue > 4_000_000 {
            notes.append("The grid is too large to draw (\(grid.rows) × \(grid.columns)); it is left out.")
            grid.rows = 0
            grid.columns = 0
        } else if grid.values.count != expected.partialValue {
            notes.append("The grid has \(grid.values.count) values for \(grid.rows) × \(grid.columns) cells; missing values are left blank, extra ones ignored.")
        }
        let used = min(grid.values.count, grid.rows * grid.columns)
        var nonFinite = 0
        for value in grid.values.prefix(used) {
            if value.isFinite { valueExtent.include(value) } else { nonFinite += 1 }
        }
        if nonFinite > 0 { notes.append("\(nonFinite) non-finite grid value\(nonFinite == 1 ? "" : "s") left blank.") }
        self.grid = grid
    }
}

/// The finite points of a path, with a note when some are skipped.
func finitePath(x: [Double], y: [Double], name: String, notes: inout [String]) -> [DataPoint] {
    if x.count != y.count {
        notes.append("“\(name)” has \(x.count) x values and \(y.count) y values; the extra values are ignored.")
    }
    let all = (0..<min(x.count, y.count)).map { DataPoint(x: x[$0], y: y[$0]) }
    let finite = all.filter { $0.x.isFinite && $0.y.isFinite }
    if finite.count < all.count {
        let skipped = all.count - finite.count
        notes.append("\(skipped) non-finite point\(skipped == 1 ? "" : "s") skipped in “\(name)”.")
    }
    return finite
}
