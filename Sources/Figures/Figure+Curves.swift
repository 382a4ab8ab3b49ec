import Plots

/// Named series of numbers as lines, and y = f(x) from samples: the figures for anything a lesson
/// computed itself (a hand-written training loop's losses, a schedule's learning rates, a loss
/// function against the margin).
extension Figure {
    /// Named series of values on one chart, against epochs 1, 2, 3, … or against the given `x`.
    ///
    /// Each series must be non-empty; with `x` given, each must have exactly one value per x, and
    /// the lines x = 0 and y = 0 are drawn as for a function plot. `xLabel` defaults to "epoch"
    /// without `x` and "x" with it.
    public static func curves(_ values: [[Double]], names: [String] = [], x: [Double]? = nil, logY: Bool = false,
                              title: String = "", xLabel: String? = nil, yLabel: String = "") throws -> Figure {
        try require(!values.isEmpty, "a line chart needs at least one series of values, got none")
        let labels = try seriesNames(names, count: values.count, prefix: "series", what: "series")
        var series: [Series] = []
        for (name, ys) in zip(labels, values) {
            try require(!ys.isEmpty, "the series “\(name)” has no values")
            if let x {
                try require(ys.count == x.count, "the series “\(name)” has \(ys.count) values but there are \(x.count) x values; give one value per x")
                series.append(Series(name, x: x, y: ys))
            } else {
                series.append(Series(name, y: ys))
            }
        }
        let chart = LineChart(series: series, logY: logY, showsZeroLines: x != nil)
        return Figure(.line(chart), title: title, xLabel: xLabel ?? (x == nil ? "epoch" : "x"), yLabel: yLabel)
    }

    /// A plot of y = f(x) from samples the lesson computed, with the axes' zero lines drawn.
    ///
    /// `x` and `y` must be non-empty and of equal length; this is Plots' `function` figure with
    /// those checks, so a lesson learns of a mismatch instead of seeing a silently shortened line.
    public static func function(x: [Double], y: [Double], name: String = "f(x)", title: String = "",
                                xLabel: String = "x", yLabel: String = "") throws -> Figure {
        try require(!x.isEmpty, "a function plot needs at least one sample, got none")
        try require(x.count == y.count, "a function plot needs one y per x, got \(x.count) x values and \(y.count) y values")
        return .function(name, x: x, y: y, title: title, xLabel: xLabel, yLabel: yLabel)
    }
}
