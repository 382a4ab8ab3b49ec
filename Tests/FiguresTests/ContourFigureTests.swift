import Figures
import MLCore
import Plots
import XCTest

/// Test surfaces as contour plots with optimiser paths.
final class ContourFigureTests: XCTestCase {
    private func contour(_ figure: Figure) throws -> ContourPlot {
        guard case .contour(let plot) = figure.content else {
            XCTFail("expected a contour plot, got \(figure.content)")
            throw FigureError("not a contour plot")
        }
        return plot
    }

    func testDefaultWindows() throws {
        let expected: [(TestFunction, AxisRange, AxisRange)] = [
            (.bowl, AxisRange(-2, 2), AxisRange(-2, 2)),
            (.ravine, AxisRange(-10, 10), AxisRange(-2, 2)),
            (.saddle, AxisRange(-2, 2), AxisRange(-2, 2)),
            (.rosenbrock, AxisRange(-2, 2), AxisRange(-1, 3)),
        ]
        for (function, x, y) in expected {
            let plot = try contour(Figure.contour(function))
            XCTAssertEqual(plot.grid.x, x, "\(function)")
            XCTAssertEqual(plot.grid.y, y, "\(function)")
            XCTAssertEqual(plot.grid.columns, 101)
            XCTAssertEqual(plot.grid.rows, 101)
            XCTAssertEqual(plot.paths, [])
        }
        XCTAssertEqual(try contour(Figure.contour(.rosenbrock)).levels, .logarithmic(12))
        XCTAssertEqual(try contour(Figure.contour(.saddle)).levels, .count(12))
    }

    func testGridSamplesTheFunction() throws {
        let figure = try Figure.contour(.saddle, resolution: 5)
        let plot = try contour(figure)
        // x, y ∈ {−2, −1, 0, 1, 2}; values[row · 5 + column] = x² − y².
        XCTAssertEqual(plot.grid.values[0], 0)       // (−2, −2)
        XCTAssertEqual(plot.grid.values[2], -4)      // (0, −2)
        XCTAssertEqual(plot.grid.values[10], 4)      // (−2, 0)
        XCTAssertEqual(plot.grid.values[12], 0)      // the saddle point
        XCTAssertEqual(plot.grid.values[13], 1)      // (1, 0)
        XCTAssertEqual(figure.title, "saddle: f(x, y) = x² − y²")
        XCTAssertEqual(figure.xLabel, "x")
        XCTAssertEqual(figure.yLabel, "y")
        XCTAssertFalse(renderedSVG(figure).withClass("lp-level").isEmpty)
    }

    func testPathsAreDrawnByName() throws {
        let start = (x: -8.0, y: 1.0)
        let sgd = try TestFunction.ravine.path(from: start, optimizer: SGD(learningRate: 0.09), steps: 10)
        let momentum = try TestFunction.ravine.path(from: start, optimizer: SGD(learningRate: 0.02, momentum: 0.9), steps: 10)
        let figure = try Figure.contour(.ravine, paths: [sgd, momentum], names: ["SGD", "momentum"])
        let plot = try contour(figure)
        XCTAssertEqual(plot.paths.map(\.name), ["SGD", "momentum"])
        XCTAssertEqual(plot.paths[0].x, sgd.xs)
        XCTAssertEqual(plot.paths[0].y, sgd.ys)
        XCTAssertEqual(plot.paths[1].x, momentum.xs)
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.seriesNames, ["SGD", "momentum"])
        XCTAssertEqual(svg.seriesPaths.count, 2)
    }

    func testAPathThatLeavesTheWindowIsCutAtTheBorder() throws {
        // Plain SGD with η = 1.5 on the bowl multiplies the point by 1 − 2η = −2 each step:
        // (1, 0.5) → (−2, −1) → (4, 2) → …; the segment to (4, 2) crosses x = 2 at (2, 1).
        let path = try TestFunction.bowl.path(from: (1, 0.5), optimizer: SGD(learningRate: 1.5), steps: 4)
        XCTAssertEqual(path.xs, [1, -2, 4, -8, 16])
        let plot = try contour(Figure.contour(.bowl, paths: [path], names: ["SGD η=1.5"]))
        XCTAssertEqual(plot.paths, [PlotPath("SGD η=1.5 (leaves the window)", x: [1, -2, 2], y: [0.5, -1, 1])])
        XCTAssertEqual(plot.grid.x, AxisRange(-2, 2))
    }

    func testTheDefaultWindowGrowsToTheStartingPoints() throws {
        let path = try TestFunction.bowl.path(from: (5, 0), optimizer: SGD(learningRate: 0.25), steps: 3)
        let plot = try contour(Figure.contour(.bowl, paths: [path]))
        // 5 + 10 % of the 4-wide window is 5.4; axis ticks 2 apart round the window out to 6.
        XCTAssertEqual(plot.grid.x, AxisRange(-2, 6))
        XCTAssertEqual(plot.grid.y, AxisRange(-2, 2))
        XCTAssertEqual(plot.paths, [PlotPath("path 1", x: [5, 2.5, 1.25, 0.625], y: [0, 0, 0, 0])])
    }

    func testGivenRangesReplaceTheDefaults() throws {
        let path = try TestFunction.bowl.path(from: (5, 0), optimizer: SGD(learningRate: 0.25), steps: 1)
        let plot = try contour(Figure.contour(.bowl, paths: [path], names: ["far"], xRange: -1...1, yRange: 0...3, resolution: 11))
        XCTAssertEqual(plot.grid.x, AxisRange(-1, 1))
        XCTAssertEqual(plot.grid.y, AxisRange(0, 3))
        XCTAssertEqual(plot.grid.columns, 11)
        XCTAssertEqual(plot.paths, [PlotPath("far (starts outside the window)", x: [], y: [])])
    }

    func testHandTracedPathsOnATestFunction() throws {
        let figure = try Figure.contour(.ravine, x: [[-8, -7.5, -7]], y: [[1, -0.8, 0.64]], names: ["by hand"])
        let plot = try contour(figure)
        XCTAssertEqual(plot.paths, [PlotPath("by hand", x: [-8, -7.5, -7], y: [1, -0.8, 0.64])])
        XCTAssertEqual(plot.grid.x, AxisRange(-10, 10))
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 1)
        assertFigureError(try Figure.contour(.ravine, x: [[1, 2]], y: [[1]]), mentions: ["“path 1”", "2 x values", "1 y values"])
        assertFigureError(try Figure.contour(.ravine, x: [[1]], y: []), mentions: ["1 and 0"])
    }

    func testASurfaceSampledByTheLesson() throws {
        // values[row][column]: x ∈ {0, 1, 2} across, y ∈ {0, 1} up; f = x² + y.
        let figure = try Figure.contour(values: [[0, 1, 4], [1, 2, 5]], xRange: 0...2, yRange: 0...1,
                                        x: [[2, 1, 0.5]], y: [[1, 0.5, 0.25]], names: ["descent"], logLevels: true,
                                        title: "loss", xLabel: "w", yLabel: "b")
        let plot = try contour(figure)
        XCTAssertEqual(plot.grid, Grid(x: AxisRange(0, 2), y: AxisRange(0, 1), columns: 3, rows: 2, values: [0, 1, 4, 1, 2, 5]))
        XCTAssertEqual(plot.levels, .logarithmic(12))
        XCTAssertEqual(plot.paths, [PlotPath("descent", x: [2, 1, 0.5], y: [1, 0.5, 0.25])])
        XCTAssertEqual(figure.title, "loss")
        XCTAssertEqual(figure.xLabel, "w")
        XCTAssertEqual(figure.yLabel, "b")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 1)
        assertFigureError(try Figure.contour(values: [[0, 1], [2]], xRange: 0...1, yRange: 0...1), mentions: ["row 0 has 2", "row 1 has 1"])
        assertFigureError(try Figure.contour(values: [[0, 1]], xRange: 0...1, yRange: 0...1), mentions: ["2 × 2", "1 row of 2"])
        assertFigureError(try Figure.contour(values: [[0, 1], [2, 3]], xRange: 0...0, yRange: 0...1), mentions: ["xRange"])
    }

    func testBadOptionsThrow() throws {
        let path = try TestFunction.bowl.path(from: (1, 1), optimizer: SGD(learningRate: 0.1), steps: 1)
        assertFigureError(try Figure.contour(.bowl, paths: [path], names: ["a", "b"]), mentions: ["1 paths", "2 names"])
        assertFigureError(try Figure.contour(.bowl, xRange: 1...1), mentions: ["xRange"])
        assertFigureError(try Figure.contour(.bowl, resolution: 100_000), mentions: ["resolution"])
    }
}
