import XCTest
@testable import Plots

/// Contour plots: marching squares, level choice, optimiser paths.
final class ContourPlotTests: XCTestCase {
    func testStraightIsoLine() {
        let grid = Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 2, values: [0, 1, 0, 1])
        XCTAssertEqual(MarchingSquares.segments(of: grid, level: 0.5), [.init(x0: 0.5, y0: 0, x1: 0.5, y1: 1)])
        XCTAssertEqual(MarchingSquares.segments(of: grid, level: 0.25), [.init(x0: 0.25, y0: 0, x1: 0.25, y1: 1)])
        XCTAssertEqual(MarchingSquares.segments(of: grid, level: 2), [])
    }

    func testSaddleIsResolvedByTheCentre() {
        // Corners (bottom-left, bottom-right, top-left, top-right) = 1, 0, 0, 1; centre 0.5 is not above 0.5.
        let grid = Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 2, values: [1, 0, 0, 1])
        XCTAssertEqual(MarchingSquares.segments(of: grid, level: 0.5),
                       [.init(x0: 0, y0: 0.5, x1: 0.5, y1: 0), .init(x0: 1, y0: 0.5, x1: 0.5, y1: 1)])
    }

    func testCircleOfBowlIsClosedAroundTheMinimum() {
        // f = x² + y² on a 5 × 5 grid over [-2, 2]²: the level 2.5 crosses the twelve outer cells.
        let coordinates = [-2.0, -1, 0, 1, 2]
        let values = coordinates.flatMap { y in coordinates.map { x in x * x + y * y } }
        let grid = Grid(x: AxisRange(-2, 2), y: AxisRange(-2, 2), columns: 5, rows: 5, values: values)
        let segments = MarchingSquares.segments(of: grid, level: 2.5)
        XCTAssertEqual(segments.count, 12)
        for segment in segments {
            // Linear interpolation along cell edges puts the end points near, not on, the circle.
            XCTAssertEqual(segment.x0 * segment.x0 + segment.y0 * segment.y0, 2.5, accuracy: 0.5)
        }
    }

    func testNonFiniteCornersLeaveGaps() {
        let grid = Grid(x: AxisRange(0, 2), y: AxisRange(0, 1), columns: 3, rows: 2, values: [0, 1, .nan, 0, 1, 2])
        XCTAssertEqual(MarchingSquares.segments(of: grid, level: 0.5).count, 1)
    }

    func testLevels() {
        let grid = Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 2, values: [0, 10, 3, 7])
        XCTAssertEqual(MarchingSquares.levels(.count(5), grid: grid), [2, 4, 6, 8])
        XCTAssertEqual(MarchingSquares.levels(.values([1, .nan, 5]), grid: grid), [1, 5])
        let logLevels = MarchingSquares.levels(.logarithmic(2), grid: Grid(x: AxisRange(0, 1), y: AxisRange(0, 1), columns: 2, rows: 1, values: [1, 1000]))
        XCTAssertEqual(logLevels.count, 2)
        XCTAssertEqual(logLevels[0], 10, accuracy: 1e-9)
        XCTAssertEqual(logLevels[1], 100, accuracy: 1e-9)
    }

    func testSVGHasLevelsAndPaths() {
        let coordinates = [-2.0, -1, 0, 1, 2]
        let values = coordinates.flatMap { y in coordinates.map { x in x * x + y * y } }
        let grid = Grid(x: AxisRange(-2, 2), y: AxisRange(-2, 2), columns: 5, rows: 5, values: values)
        let plot = ContourPlot(grid: grid, levels: .values([1, 2, 4]),
                               paths: [PlotPath("gradient descent", x: [2, 1, 0.5, 0], y: [2, 1, 0.5, 0]),
                                       PlotPath("momentum", x: [-2, 0], y: [2, 0])])
        let root = parseSVG(renderSVG(Figure(.contour(plot), title: "Bowl")))
        assertAccessibleSVG(root, title: "Bowl")
        XCTAssertEqual(root.withClass("lp-level").map { $0.attributes["data-level"] }, ["1", "2", "4"])
        let series = root.withClass("lp-series")
        XCTAssertEqual(series.map { $0.attributes["data-name"] }, ["gradient descent", "momentum"])
        XCTAssertEqual(series[0].withClass("lp-marker").count, 4)
        XCTAssertEqual(root.withClass("lp-legend-entry").flatMap(\.texts), ["gradient descent", "momentum"])
        XCTAssertTrue(root.child("desc")?.text.contains("Path “gradient descent”: 4 steps, ending at (0, 0).") ?? false)
    }
}
