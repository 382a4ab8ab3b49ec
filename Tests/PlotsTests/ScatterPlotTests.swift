import XCTest
@testable import Plots

/// Scatter plots with classes: one marker shape and colour per class, a legend entry each.
final class ScatterPlotTests: XCTestCase {
    let points = ScatterPoints(x: [0, 1, 2, 3, 4], y: [0, 1, 0, 1, 0], classes: [0, 1, 0, 2, 0],
                               classNames: ["setosa", "versicolor"])

    func testMarkersPerClass() {
        let root = parseSVG(renderSVG(.scatter(points, title: "Iris")))
        assertAccessibleSVG(root, title: "Iris")
        let groups = root.withClass("lp-class")
        XCTAssertEqual(groups.map { $0.attributes["data-class"] }, ["0", "1", "2"])
        XCTAssertEqual(groups[0].elements("circle").count, 3)
        XCTAssertEqual(groups[1].elements("rect").count, 1)
        XCTAssertEqual(groups[2].elements("path").count, 1)
        XCTAssertEqual(groups[0].elements("circle").first?.attributes["class"], "lp-marker lp-fill0")
        XCTAssertEqual(groups[1].elements("rect").first?.attributes["class"], "lp-marker lp-fill1")
    }

    func testLegendNamesClassesAndFallsBackToNumbers() {
        let root = parseSVG(renderSVG(.scatter(points)))
        XCTAssertEqual(root.withClass("lp-legend-entry").flatMap(\.texts), ["setosa", "versicolor", "class 2"])
        XCTAssertEqual(root.child("desc")?.text,
                       "Scatter plot. 5 points in 3 classes: “setosa” 3, “versicolor” 1, “class 2” 1. x from 0 to 4; y from 0 to 1.")
    }

    func testDegeneratePointsAreSkipped() {
        let odd = ScatterPoints(x: [1, .nan, 3, 4], y: [1, 2, 3], classes: [0, 0, 1, 1])
        let root = parseSVG(renderSVG(.scatter(odd)))
        XCTAssertEqual(root.withClass("lp-marker").count - root.withClass("lp-legend-entry").count, 2)
        let desc = root.child("desc")?.text ?? ""
        XCTAssertTrue(desc.contains("only the first 3 points are drawn"), desc)
        XCTAssertTrue(desc.contains("1 non-finite point skipped."), desc)
    }

    func testAllPointsEqualGetAPaddedRange() {
        let same = ScatterPoints(x: [2, 2, 2], y: [7, 7, 7], name: "same")
        let root = parseSVG(renderSVG(.scatter(same)))
        XCTAssertEqual(root.withClass("lp-xticks").first?.texts, ["1.8", "1.9", "2.0", "2.1", "2.2"])
    }
}
