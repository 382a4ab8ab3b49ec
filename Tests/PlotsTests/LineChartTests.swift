import XCTest
@testable import Plots

/// Line charts: loss curves with a legend, log scale, and degenerate data.
final class LineChartTests: XCTestCase {
    let loss = Figure.line([Series("train", y: [0.9, 0.5, 0.3, 0.2]), Series("validation", y: [1.0, 0.6, 0.45, 0.4])],
                           title: "Loss", xLabel: "epoch", yLabel: "loss")

    func testStructure() {
        let root = parseSVG(renderSVG(loss))
        assertAccessibleSVG(root, title: "Loss")
        XCTAssertEqual(root.attributes["viewBox"], "0 0 640 400")
        XCTAssertEqual(root.withClass("lp-x-axis").count, 1)
        XCTAssertEqual(root.withClass("lp-y-axis").count, 1)
        let series = root.withClass("lp-series")
        XCTAssertEqual(series.map { $0.attributes["data-name"] }, ["train", "validation"])
        XCTAssertEqual(root.withClass("lp-line").filter { $0.attributes["d"]?.hasPrefix("M") ?? false }.count, 4, "two series + two legend swatches")
        XCTAssertEqual(series[0].withClass("lp-line").first?.attributes["stroke-dasharray"], nil)
        XCTAssertEqual(series[1].withClass("lp-line").first?.attributes["stroke-dasharray"], "6 3")
        XCTAssertEqual(root.withClass("lp-xticks").first?.texts, ["1", "2", "3", "4"])
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(root.withClass("lp-legend-entry").map { $0.texts }, [["train"], ["validation"]])
        XCTAssertEqual(root.withClass("lp-title").first?.text, "Loss")
        XCTAssertEqual(root.withClass("lp-xlabel").first?.text, "epoch")
        XCTAssertEqual(root.withClass("lp-ylabel").first?.text, "loss")
        XCTAssertEqual(root.child("desc")?.text,
                       "Line chart: Loss. 2 series: “train” (4 points), “validation” (4 points). x (epoch) from 1 to 4; y (loss) from 0.2 to 1.")
    }

    func testRenderingIsDeterministic() {
        XCTAssertEqual(renderSVG(loss), renderSVG(loss))
        XCTAssertEqual(renderSVG(loss, width: 300, height: 200), renderSVG(loss, width: 300, height: 200))
    }

    func testTextIsEscaped() {
        let figure = Figure.line([Series("a<b & \"c\"", y: [1, 2])], title: "<script>alert('x')</script>")
        let svg = renderSVG(figure)
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let root = parseSVG(svg)
        XCTAssertEqual(root.child("title")?.text, "<script>alert('x')</script>")
        XCTAssertEqual(root.withClass("lp-series").first?.attributes["data-name"], "a<b & \"c\"")
    }

    func testControlCharactersDoNotBreakTheXML() {
        let root = parseSVG(renderSVG(Figure.line([Series("bell\u{7}", y: [1, 2])])))
        XCTAssertEqual(root.withClass("lp-legend-entry").first?.texts, ["bell\u{FFFD}"])
    }

    func testNonFinitePointsAreSkippedAndReported() {
        let figure = Figure.line([Series("s", x: [1, 2, 3, 4, 5], y: [1, .nan, 3, .infinity, 5])])
        let root = parseSVG(renderSVG(figure))
        XCTAssertTrue(root.child("desc")?.text.contains("2 non-finite points skipped in “s”.") ?? false)
        // Each isolated point becomes a marker because it cannot be a line.
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-marker").count, 3)
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-line").count, 0)
    }

    func testMismatchedLengthsAreTruncatedAndReported() {
        let figure = Figure.line([Series("s", x: [1, 2, 3], y: [1, 2])])
        let root = parseSVG(renderSVG(figure))
        XCTAssertTrue(root.child("desc")?.text.contains("“s” has 3 x values and 2 y values; the extra values are ignored.") ?? false)
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-line").first?.attributes["d"]?.components(separatedBy: "L").count, 2)
    }

    func testEmptyFigureStillHasAxes() {
        let root = parseSVG(renderSVG(Figure.line([])))
        assertAccessibleSVG(root, title: "Line chart")
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertTrue(root.child("desc")?.text.hasPrefix("Line chart. No data.") ?? false)
    }

    func testSinglePointIsAMarkerOnAPaddedAxis() {
        let root = parseSVG(renderSVG(Figure.line([Series("one", x: [2], y: [3])])))
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-marker").count, 1)
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["2.6", "2.8", "3.0", "3.2", "3.4"])
    }

    func testLogScaleSkipsNonPositiveValues() {
        let figure = Figure.line([Series("loss", y: [1, 0.1, 0, 0.001])], logY: true)
        let root = parseSVG(renderSVG(figure))
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["0.001", "0.01", "0.1", "1"])
        XCTAssertTrue(root.child("desc")?.text.contains("1 non-finite or non-positive (log scale) point skipped in “loss”.") ?? false)
    }

    func testMarkersWhenAsked() {
        let chart = LineChart(series: [Series("a", y: [1, 2, 3]), Series("b", y: [3, 2, 1])], showsMarkers: true)
        let root = parseSVG(renderSVG(Figure(.line(chart))))
        let series = root.withClass("lp-series")
        XCTAssertEqual(series[0].elements("circle").count, 3)
        XCTAssertEqual(series[1].elements("rect").count, 3, "the second series uses squares")
    }
}
