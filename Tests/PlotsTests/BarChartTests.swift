import XCTest
@testable import Plots

/// Bar charts: category labels on the x axis, grouped bars, negative values.
final class BarChartTests: XCTestCase {
    func testSingleSeries() {
        let figure = Figure.bar(labels: ["a", "b", "c"], values: [3, 1, 2], title: "Votes")
        let root = parseSVG(renderSVG(figure))
        assertAccessibleSVG(root, title: "Votes")
        XCTAssertEqual(root.withClass("lp-bar").count, 3)
        XCTAssertEqual(root.withClass("lp-xticks").first?.texts, ["a", "b", "c"])
        XCTAssertEqual(root.withClass("lp-legend").count, 0, "one unnamed series needs no legend")
        XCTAssertEqual(root.child("desc")?.text, "Bar chart: Votes. 3 categories: a 3, b 1, c 2.")
    }

    func testGroupedBarsSideBySide() {
        let chart = BarChart(labels: ["tree", "forest"], groups: [BarGroup("train", values: [1, 0.9]), BarGroup("test", values: [0.7, 0.85])])
        let root = parseSVG(renderSVG(Figure(.bar(chart))))
        let series = root.withClass("lp-series")
        XCTAssertEqual(series.map { $0.attributes["data-name"] }, ["train", "test"])
        let firstX = series.map { Double($0.elements("rect")[0].attributes["x"] ?? "") ?? 0 }
        XCTAssertLessThan(firstX[0], firstX[1])
        XCTAssertEqual(root.withClass("lp-legend-entry").flatMap(\.texts), ["train", "test"])
    }

    func testNegativeValuesHangBelowZero() {
        let root = parseSVG(renderSVG(.bar(labels: ["up", "down"], values: [2, -1])))
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["−1", "0", "1", "2"])
        let rects = root.withClass("lp-bar")
        let heights = rects.map { Double($0.attributes["height"] ?? "") ?? 0 }
        XCTAssertEqual(heights[0], 2 * heights[1], accuracy: 0.02)
    }

    func testMissingAndExtraValues() {
        let chart = BarChart(labels: ["a", "b"], groups: [BarGroup("s", values: [1, .nan, 3])])
        let root = parseSVG(renderSVG(Figure(.bar(chart))))
        XCTAssertEqual(root.withClass("lp-bar").count - root.withClass("lp-legend-entry").count, 1)
        XCTAssertTrue(root.child("desc")?.text.contains("“s” has 3 values for 2 labels; the extra values are ignored.") ?? false)
    }
}
