import Figures
import MLCore
import Plots
import XCTest

/// Data sets drawn as class-coloured points.
final class DatasetScatterTests: XCTestCase {
    private func points(_ figure: Figure) throws -> ScatterPoints {
        guard case .scatter(let points) = figure.content else {
            XCTFail("expected a scatter plot, got \(figure.content)")
            throw FigureError("not a scatter plot")
        }
        return points
    }

    func testBinaryLabels() throws {
        let data = try Dataset(features: Tensor([[0, 1], [2, 3], [4, 5]]), targets: Tensor([0, 1, 1]))
        let figure = try Figure.scatter(data, classNames: ["no", "yes"], title: "Three points")
        XCTAssertEqual(try points(figure), ScatterPoints(x: [0, 2, 4], y: [1, 3, 5], classes: [0, 1, 1], classNames: ["no", "yes"]))
        XCTAssertEqual(figure.xLabel, "x₁")
        XCTAssertEqual(figure.yLabel, "x₂")
        XCTAssertEqual(figure.title, "Three points")
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.withClass("lp-class").map { $0.attributes["data-class"] }, ["0", "1"])
    }

    func testOneHotTargetsUseTheirArgmax() throws {
        let data = try Dataset(features: Tensor([[0, 0], [1, 1], [2, 2]]),
                               targets: Tensor([[0, 0, 1], [1, 0, 0], [0, 1, 0]]))
        let figure = try Figure.scatter(data)
        XCTAssertEqual(try points(figure).classes, [2, 0, 1])
        XCTAssertEqual(renderedSVG(figure).withClass("lp-class").count, 3)
    }

    func testSignedLabelsAreRenumbered() throws {
        let data = try Dataset(features: Tensor([[0, 0], [1, 1]]), targets: Tensor([-1, 1]))
        let result = try points(Figure.scatter(data))
        XCTAssertEqual(result.classes, [0, 1])
        XCTAssertEqual(result.classNames, ["class -1", "class 1"])
    }

    func testGeneratedDataKeepsEveryPoint() throws {
        let data = try Datasets.moons(count: 50, noise: 0.1, seed: 1)
        let result = try points(Figure.scatter(data))
        XCTAssertEqual(result.x.count, 50)
        XCTAssertEqual(result.classes, data.labels)
        XCTAssertEqual(result.x[7], try data.features.element(at: [7, 0]))
        XCTAssertEqual(result.y[7], try data.features.element(at: [7, 1]))
    }

    func testDataThatIsNotTwoDimensionalThrows() throws {
        let three = try Dataset(features: Tensor([[0, 1, 2]]), targets: Tensor([0]))
        assertFigureError(try Figure.scatter(three), mentions: ["2 features", "has 3"])
        let empty = try Dataset(features: Tensor(shape: [0, 2], scalars: []), targets: Tensor(shape: [0, 1], scalars: []))
        assertFigureError(try Figure.scatter(empty), mentions: ["at least one example"])
        let broken = try Dataset(features: Tensor([[.nan, 1]]), targets: Tensor([0]))
        assertFigureError(try Figure.scatter(broken), mentions: ["finite"])
    }
}
