import Figures
import MLCore
import Plots
import XCTest

/// Histograms of values (e.g. weights) and bar charts.
final class DistributionFigureTests: XCTestCase {
    func testHistogramOfValues() throws {
        let figure = try Figure.histogram(of: [1, 2, 2, 3], bins: 3, title: "Weights")
        XCTAssertEqual(figure.content, .histogram(Histogram(values: [1, 2, 2, 3], bins: .count(3))))
        XCTAssertEqual(figure.title, "Weights")
        XCTAssertEqual(figure.xLabel, "value")
        XCTAssertEqual(figure.yLabel, "count")
        let bars = renderedSVG(figure).elements.filter { $0.name == "rect" && $0.ancestorClasses.contains("lp-series") }
        XCTAssertEqual(bars.count, 3)
    }

    func testHistogramOfATensorUsesEveryElement() throws {
        let layer = try Dense(3, 4, seed: 1)
        let figure = try Figure.histogram(of: layer.weights)
        XCTAssertEqual(figure.content, .histogram(Histogram(values: layer.weights.scalars, bins: .count(20))))
    }

    func testBarsAndGroupedBars() throws {
        let single = try Figure.bars([0.9, 0.7], labels: ["net", "tree"], title: "Accuracy", yLabel: "accuracy")
        XCTAssertEqual(single.content, .bar(BarChart(labels: ["net", "tree"], groups: [BarGroup("", values: [0.9, 0.7])])))
        XCTAssertEqual(single.yLabel, "accuracy")

        let grouped = try Figure.bars([[0.99, 0.95], [0.85, 0.9]], names: ["training", "validation"], labels: ["net", "tree"])
        XCTAssertEqual(grouped.content, .bar(BarChart(labels: ["net", "tree"],
                                                      groups: [BarGroup("training", values: [0.99, 0.95]),
                                                               BarGroup("validation", values: [0.85, 0.9])])))
        let svg = renderedSVG(grouped)
        XCTAssertEqual(svg.seriesNames, ["training", "validation"])
        XCTAssertEqual(svg.elements.filter { $0.name == "rect" && $0.ancestorClasses.contains("lp-series") }.count, 4)
    }

    func testBadInputsThrow() {
        assertFigureError(try Figure.histogram(of: [Double]()), mentions: ["finite value", "none"])
        assertFigureError(try Figure.histogram(of: [.nan]), mentions: ["only NaN"])
        assertFigureError(try Figure.histogram(of: [1], bins: 0), mentions: ["bins"])
        assertFigureError(try Figure.bars([1, 2], labels: ["a"]), mentions: ["2 values", "1 labels"])
        assertFigureError(try Figure.bars([], labels: []), mentions: ["at least one value"])
        assertFigureError(try Figure.bars([[1, 2], [3]], names: ["a", "b"], labels: ["x", "y"]), mentions: ["“b”", "1 values", "2 labels"])
    }
}
