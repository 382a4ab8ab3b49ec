/// Renders a figure as a self-contained SVG document.
///
/// The output depends only on the figure and size: identical input gives identical bytes. It
/// carries a `<title>` and a `<desc>` (which also reports skipped or ignored data), `role="img"`,
/// and an embedded style sheet; no fonts, scripts or external files are referenced.
/// `width` and `height` are in CSS pixels (clamped to 160 … 4000); a graph figure sizes itself.
public func renderSVG(_ figure: Figure, width: Int = 640, height: Int = 400) -> String {
    SVGRenderer(figure: figure, width: width, height: height).render()
}

/// Lays out and writes one figure.
struct SVGRenderer {
    let figure: Figure
    let width: Double
    let height: Double

    init(figure: Figure, width: Int, height: Int) {
        self.figure = figure
        self.width = Double(max(160, min(width, 4000)))
        self.height = Double(max(160, min(height, 4000)))
    }

    func render() -> String {
        switch figure.content {
        case .graph(let graph):
            return renderGraph(graph)
        case .tree(let diagram):
            return renderTree(diagram)
        case .valueGrid(let grid):
            return renderValueGrid(grid)
        case .line(let chart):
            return renderCartesian(lineChart(chart))
        case .scatter(let points):
            return renderCartesian(scatterChart(points))
        case .histogram(let histogram):
            return renderCartesian(histogramChart(histogram))
        case .bar(let bars):
            return renderCartesian(barChart(bars))
        case .decisionBoundary(let boundary):
            return renderCartesian(decisionBoundaryChart(boundary))
        case .contour(let contour):
            return renderCartesian(contourChart(contour))
        case .roc(let roc):
            return renderCartesian(rocChart(roc))
        }
    }

    /// The `<svg>` root, `<title>`, `<desc>` and style sheet, then `body`.
    func document(width: Double, height: Double, kind: String, description: String,
                  body: (inout SVGWriter) -> Void) -> String {
        var writer = SVGWriter()
        let w = NumberFormat.coordinate(width), h = NumberFormat.coordinate(height)
        writer.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "lectern-plot"), ("role", "img"),
                            ("width", w), ("height", h), ("viewBox", "0 0 \(w) \(h)")])
        writer.text("title", [], figure.title.isEmpty ? kind : figure.title)
        writer.text("desc", [], description)
        writer.raw(SVGStyle.sheet)
        body(&writer)
        writer.close("svg")
        return writer.output
    }

    /// "Line chart: Loss. …" — the kind, the title, what is drawn, then any data notes.
    func describe(kind: String, summary: String, notes: [String]) -> String {
        var parts = [figure.title.isEmpty ? kind + "." : "\(kind): \(figure.title)."]
        if !summary.isEmpty { parts.append(summary) }
        parts += notes
        return parts.joined(separator: " ")
    }
}

/// A chart with x and y axes, ready to lay out: scales, legend and a drawing closure.
struct CartesianChart {
    /// "Line chart", "Scatter plot", … (the accessible name when there is no title).
    var kind: String
    var x: AxisScale
    var y: AxisScale
    /// Category names replacing the x ticks (bar charts), centred in equal bands.
    var categories: [String]? = nil
    var legend: [LegendEntry] = []
    var summary: String
    var notes: [String]
    /// Draws the data inside the plot area.
    var draw: (inout SVGWriter, PlotFrame) -> Void
}

/// One legend line: a swatch and its text.
struct LegendEntry {
    enum Swatch {
        /// A line in series colour and dash pattern, with a marker if asked.
        case line(Int, marker: Bool)
        /// A marker of class `index`.
        case marker(Int)
        /// A filled square of colour `index`.
        case box(Int)
        /// The dashed reference line.
        case reference
        /// An empty ring (support vectors, centroids).
        case ring
    }

    var label: String
    var swatch: Swatch
}

/// The plot rectangle in SVG pixels with the axes' mapping from data to pixels.
struct PlotFrame {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var x: AxisScale
    var y: AxisScale

    var right: Double { left + width }
    var bottom: Double { top + height }

    func px(_ value: Double) -> Double { left + x.fraction(value) * width }
    func py(_ value: Double) -> Double { bottom - y.fraction(value) * height }
}

/// An estimate of rendered text width at 12 px; there is no font metrics on the server side.
func estimatedTextWidth(_ text: String, fontSize: Double = 12) -> Double {
    Double(text.count) * fontSize * 0.6
}

/// SVG path data through points, "M x y L x y …".
func pathData(_ points: [(Double, Double)]) -> String {
    var parts: [String] = []
    for (i, point) in points.enumerated() {
        parts.append((i == 0 ? "M" : "L") + NumberFormat.coordinate(point.0) + " " + NumberFormat.coordinate(point.1))
    }
    return parts.joined(separator: " ")
}
