import XCTest
@testable import Plots

/// Decision boundaries: tinted cells (runs merged), the 0.5 boundary, points on top.
final class DecisionBoundaryTests: XCTestCase {
    let points = ScatterPoints(x: [-0.5, 0.5], y: [0, 0], classes: [0, 1], classNames: ["negative", "positive"])

    func testClassLabelCellsMergeIntoRuns() {
        let grid = Grid(x: AxisRange(-1, 1), y: AxisRange(-1, 1), columns: 3, rows: 2, values: [0, 0, 1, 0, 1, 1])
        let root = parseSVG(renderSVG(Figure(.decisionBoundary(DecisionBoundary(grid: grid, points: points)), title: "Classes")))
        assertAccessibleSVG(root, title: "Classes")
        let cells = root.withClass("lp-cells").first?.elements("rect") ?? []
        XCTAssertEqual(cells.map { $0.attributes["class"] }, ["lp-fill0", "lp-fill1", "lp-fill0", "lp-fill1"])
        XCTAssertEqual(cells.map { $0.attributes["fill-opacity"] }, ["0.25", "0.25", "0.25", "0.25"])
        XCTAssertEqual(root.withClass("lp-boundary").count, 0, "class grids show the boundary by colour")
        XCTAssertEqual(root.withClass("lp-outlined").count, 2)
        XCTAssertEqual(root.withClass("lp-legend-entry").flatMap(\.texts), ["negative", "positive"])
    }

    func testProbabilitiesGetBandsAndTheHalfContour() {
        // p rises left to right: 0.05, 0.5, 0.95 on each of two rows.
        let grid = Grid(x: AxisRange(0, 2), y: AxisRange(0, 1), columns: 3, rows: 2, values: [0.05, 0.5, 0.95, 0.05, 0.5, 0.95])
        let root = parseSVG(renderSVG(Figure(.decisionBoundary(DecisionBoundary(grid: grid, points: points)))))
        let cells = root.withClass("lp-cells").first?.elements("rect") ?? []
        XCTAssertEqual(cells.map { $0.attributes["class"] }, ["lp-fill0", "lp-fill1", "lp-fill1"] + ["lp-fill0", "lp-fill1", "lp-fill1"])
        XCTAssertEqual(cells.map { $0.attributes["fill-opacity"] }, ["0.41", "0.05", "0.41", "0.41", "0.05", "0.41"])
        let boundary = root.withClass("lp-boundary")
        XCTAssertEqual(boundary.count, 1)
        XCTAssertEqual(boundary.first?.attributes["d"]?.components(separatedBy: "M").count, 2, "0.5 is not above 0.5, so only the right cell is crossed")
        XCTAssertTrue(root.child("desc")?.text.contains("A 3 × 2 grid of classifier probabilities, with the 0.5 boundary drawn") ?? false)
    }

    func testWrongValueCountIsReported() {
        let grid = Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 2, values: [1, 0, 1])
        let root = parseSVG(renderSVG(Figure(.decisionBoundary(DecisionBoundary(grid: grid, points: points)))))
        XCTAssertTrue(root.child("desc")?.text.contains("The grid has 3 values for 2 × 2 cells") ?? false)
    }

    func testTerminalShading() {
        let grid = Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 2, values: [0, 1, 0, 1])
        let figure = Figure(.decisionBoundary(DecisionBoundary(grid: grid, points: ScatterPoints(x: [0.1, 0.9], y: [0.5, 0.5], classes: [0, 1]))))
        let expected = """
            1.0 ┤         ░░░░░░░░░░
                │         ░░░░░░░░░░
            0.5 ┤  o      ░░░░░░░x░░
                │         ░░░░░░░░░░
            0.0 ┤         ░░░░░░░░░░
                └┬────────┬────────┬
                0.0      0.5     1.0
            o class 0  x class 1
            """
        XCTAssertEqual(renderTerminal(figure, width: 24, height: 8), expected)
    }
}
