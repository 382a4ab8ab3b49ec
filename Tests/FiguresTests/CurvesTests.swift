import Figures
import Plots
import XCTest

/// Named series against epochs or a given x, and y = f(x) from samples.
final class CurvesTests: XCTestCase {
    func testSeriesAgainstEpochs() throws {
        let figure = try Figure.curves([[0.9, 0.5, 0.3], [0.8, 0.7]], names: ["batch 1", "batch 32"],
                                       title: "Loss by batch size", yLabel: "loss")
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series, [Series("batch 1", x: [1, 2, 3], y: [0.9, 0.5, 0.3]),
                                      Series("batch 32", x: [1, 2], y: [0.8, 0.7])])
        XCTAssertFalse(chart.showsZeroLines)
        XCTAssertEqual(figure.xLabel, "epoch")
        XCTAssertEqual(figure.yLabel, "loss")
        XCTAssertEqual(figure.title, "Loss by batch size")
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.seriesNames, ["batch 1", "batch 32"])
        XCTAssertEqual(svg.seriesPaths.count, 2)
    }

    func testSeriesAgainstGivenXWithDefaultNames() throws {
        let figure = try Figure.curves([[1, 0, 1], [4, 0, 4], [0, 0, 0]], x: [-1, 0, 1], logY: false)
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["series 1", "series 2", "series 3"])
        XCTAssertEqual(chart.series[1], Series("series 2", x: [-1, 0, 1], y: [4, 0, 4]))
        XCTAssertTrue(chart.showsZeroLines)
        XCTAssertEqual(figure.xLabel, "x")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 3)
    }

    func testFunctionFromSamples() throws {
        let x = [-2.0, -1, 0, 1, 2]
        let figure = try Figure.function(x: x, y: x.map { $0 * $0 }, name: "x²", title: "A parabola")
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series, [Series("x²", x: x, y: [4, 1, 0, 1, 4])])
        XCTAssertTrue(chart.showsZeroLines)
        XCTAssertEqual(figure.title, "A parabola")
        XCTAssertEqual(figure.xLabel, "x")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 1)
    }

    func testMismatchedOrEmptyInputsThrow() {
        assertFigureError(try Figure.curves([]), mentions: ["at least one series"])
        assertFigureError(try Figure.curves([[1], []], names: ["a", "b"]), mentions: ["“b”", "no values"])
        assertFigureError(try Figure.curves([[1, 2]], names: ["a", "b"]), mentions: ["1 series", "2 names"])
        assertFigureError(try Figure.curves([[1, 2, 3]], x: [0, 1]), mentions: ["3 values", "2 x values"])
        assertFigureError(try Figure.function(x: [], y: []), mentions: ["at least one sample"])
        assertFigureError(try Figure.function(x: [1, 2], y: [1]), mentions: ["2 x values", "1 y values"])
    }
}
