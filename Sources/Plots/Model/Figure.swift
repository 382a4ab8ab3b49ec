/// A figure described as plain data: what to draw, not how.
///
/// Figures are value types so that lesson code, tests and renderers can build, compare and
/// store them freely; `renderSVG(_:)` and `renderTerminal(_:width:height:color:)` turn one
/// into output. The common labels live here; everything specific to a kind of chart lives in
/// its `Content` payload.
public struct Figure: Equatable, Sendable, Codable {
    /// The title drawn above the chart and used as the SVG's accessible name.
    public var title: String
    /// The label under the horizontal axis (ignored by kinds without axes).
    public var xLabel: String
    /// The label beside the vertical axis (ignored by kinds without axes).
    public var yLabel: String
    /// What to draw.
    public var content: Content

    /// The kinds of chart a figure can hold.
    public enum Content: Equatable, Sendable, Codable {
        /// Named series of (x, y) points joined by lines; also function plots.
        case line(LineChart)
        /// Points coloured and shaped by an integer class label.
        case scatter(ScatterPoints)
        /// The distribution of values, counted in bins.
        case histogram(Histogram)
        /// Labelled bars, optionally several series side by side.
        case bar(BarChart)
        /// A classifier's output over a rectangle with the data points on top.
        case decisionBoundary(DecisionBoundary)
        /// Iso-lines of a function sampled on a grid, with optimiser paths on top.
        case contour(ContourPlot)
        /// Receiver operating characteristic curves, one per model.
        case roc(ROCPlot)
        /// A computational graph of a scalar expression (values, operations, gradients).
        case graph(GraphFigure)
        /// A tree of boxes, e.g. a decision tree's splits and class mixes.
        case tree(TreeDiagram)
        /// Cells shaded by a value with an arrow each, e.g. a grid world's values and policy.
        case valueGrid(ValueGrid)
    }

    /// Creates a figure from its content and labels.
    public init(_ content: Content, title: String = "", xLabel: String = "", yLabel: String = "") {
        self.content = content
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

extension Figure {
    /// A line chart of named series, e.g. training and validation loss per epoch.
    public static func line(_ series: [Series], title: String = "", xLabel: String = "",
                            yLabel: String = "", logY: Bool = false) -> Figure {
        Figure(.line(LineChart(series: series, logY: logY)), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A plot of y = f(x) from points the caller has already sampled.
    ///
    /// It is a line chart without markers that also draws the lines x = 0 and y = 0 when they
    /// fall inside the plotted range, as a textbook graph of a function would.
    public static func function(_ name: String, x: [Double], y: [Double], title: String = "",
                                xLabel: String = "x", yLabel: String = "") -> Figure {
        Figure(.line(LineChart(series: [Series(name, x: x, y: y)], showsZeroLines: true)),
               title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A scatter plot of points with integer class labels.
    public static func scatter(_ points: ScatterPoints, title: String = "", xLabel: String = "",
                               yLabel: String = "") -> Figure {
        Figure(.scatter(points), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A histogram of `values`.
    public static func histogram(_ values: [Double], bins: Histogram.Bins = .count(10),
                                 title: String = "", xLabel: String = "", yLabel: String = "count") -> Figure {
        Figure(.histogram(Histogram(values: values, bins: bins)), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A bar chart with one value per label.
    public static func bar(labels: [String], values: [Double], title: String = "",
                           xLabel: String = "", yLabel: String = "") -> Figure {
        Figure(.bar(BarChart(labels: labels, groups: [BarGroup("", values: values)])),
               title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A classifier's output over a grid, shaded, with the data points on top.
    public static func decisionBoundary(_ grid: Grid, points: ScatterPoints, title: String = "",
                                        xLabel: String = "", yLabel: String = "") -> Figure {
        Figure(.decisionBoundary(DecisionBoundary(grid: grid, points: points)), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A decision boundary with extras: dashed iso-lines at `guideLevels` and ringed points.
    public static func decisionBoundary(_ boundary: DecisionBoundary, title: String = "",
                                        xLabel: String = "", yLabel: String = "") -> Figure {
        Figure(.decisionBoundary(boundary), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// Iso-lines of a gridded function with optional optimiser paths on top.
    public static func contour(_ grid: Grid, levels: ContourPlot.Levels = .count(10), paths: [PlotPath] = [],
                               title: String = "", xLabel: String = "", yLabel: String = "") -> Figure {
        Figure(.contour(ContourPlot(grid: grid, levels: levels, paths: paths)), title: title, xLabel: xLabel, yLabel: yLabel)
    }

    /// A ROC chart, false-positive rate against true-positive rate.
    public static func roc(_ curves: [ROCCurve], title: String = "ROC curve") -> Figure {
        Figure(.roc(ROCPlot(curves: curves)), title: title,
               xLabel: "false positive rate", yLabel: "true positive rate")
    }

    /// A computational graph figure.
    public static func graph(_ graph: GraphFigure, title: String = "") -> Figure {
        Figure(.graph(graph), title: title)
    }
}
