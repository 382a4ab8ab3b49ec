import Figures
import Foundation
import MLCore
import Plots
import XCTest

/// A trained model's output over the plane, computed for hand-set networks.
final class DecisionBoundaryFigureTests: XCTestCase {
    /// Four corners of the square [0, 2]²; with margin 0.5 the grid spans [−1, 3]², and a
    /// resolution of 5 samples x and y at −1, 0, 1, 2, 3.
    private func corners() throws -> Dataset {
        try Dataset(features: Tensor([[0, 0], [2, 0], [0, 2], [2, 2]]), targets: Tensor([1, 1, 0, 0]))
    }

    private func boundary(_ figure: Figure) throws -> DecisionBoundary {
        guard case .decisionBoundary(let boundary) = figure.content else {
            XCTFail("expected a decision boundary, got \(figure.content)")
            throw FigureError("not a decision boundary")
        }
        return boundary
    }

    private func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// One neuron a = f(x₁ − x₂) with the given output activation.
    private func neuron(_ activation: Activation) throws -> Sequential {
        try Sequential([Dense(weights: Tensor([[1, -1]]), bias: Tensor([0]), activation: activation)])
    }

    func testSigmoidOutputIsTheProbabilityOnTheGrid() throws {
        let figure = try Figure.decisionBoundary(neuron(.sigmoid), data: corners(), resolution: 5, margin: 0.5)
        let result = try boundary(figure)
        XCTAssertEqual(result.grid.x, AxisRange(-1, 3))
        XCTAssertEqual(result.grid.y, AxisRange(-1, 3))
        XCTAssertEqual(result.grid.columns, 5)
        XCTAssertEqual(result.grid.rows, 5)
        XCTAssertEqual(result.grid.values.count, 25)
        // values[row · 5 + column] at x = −1 + column, y = −1 + row (row 0 at the bottom).
        XCTAssertEqual(result.grid.values[0], 0.5)                              // x = −1, y = −1
        XCTAssertEqual(result.grid.values[4], sigmoid(4), accuracy: 1e-15)      // x = 3, y = −1
        XCTAssertEqual(result.grid.values[20], sigmoid(-4), accuracy: 1e-15)    // x = −1, y = 3
        XCTAssertEqual(result.grid.values[7], sigmoid(1), accuracy: 1e-15)      // x = 1, y = 0
        XCTAssertEqual(result.points, ScatterPoints(x: [0, 2, 0, 2], y: [0, 0, 2, 2], classes: [1, 1, 0, 0]))
        XCTAssertEqual(figure.title, "Decision boundary")
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.withClass("lp-boundary").count, 1)                   // the 0.5 line
        XCTAssertEqual(svg.withClass("lp-class").map { $0.attributes["data-class"] }, ["0", "1"])
    }

    func testScoresAreSquashedSoThatTheirZeroIsTheBoundary() throws {
        let identity = try boundary(Figure.decisionBoundary(neuron(.identity), data: corners(), resolution: 5, margin: 0.5))
        XCTAssertEqual(identity.grid.values[4], sigmoid(4), accuracy: 1e-15)
        XCTAssertEqual(identity.grid.values[12], 0.5)
        // (tanh z + 1) / 2 = σ(2z)
        let tanh = try boundary(Figure.decisionBoundary(neuron(.tanh), data: corners(), resolution: 5, margin: 0.5))
        XCTAssertEqual(tanh.grid.values[4], sigmoid(8), accuracy: 1e-12)
        XCTAssertEqual(tanh.grid.values[12], 0.5)
    }

    func testTwoOutputsShadeTheConfidenceInClassOne() throws {
        // Decision values (x₁, x₂): the score of class 1 is x₂ − x₁, shown through the logistic.
        let model = try Sequential([Dense(weights: Tensor([[1, 0], [0, 1]]), bias: Tensor([0, 0]))])
        let figure = try Figure.decisionBoundary(model, data: corners(), resolution: 5, margin: 0.5)
        let values = try boundary(figure).grid.values
        XCTAssertEqual(values[4], sigmoid(-4), accuracy: 1e-15)       // x = 3, y = −1
        XCTAssertEqual(values[20], sigmoid(4), accuracy: 1e-15)       // x = −1, y = 3
        XCTAssertEqual(values[12], 0.5)                               // x = y: the boundary
        XCTAssertGreaterThan(renderedSVG(figure).withClass("lp-boundary").count, 0)
    }

    func testThreeOrMoreClassesGiveTheArgmaxClass() throws {
        // Output scores (x₁, x₂, 0): class 0 where x₁ is largest, 1 where x₂ is, 2 where both are negative.
        let model = try Sequential([Dense(weights: Tensor([[1, 0], [0, 1], [0, 0]]), bias: Tensor([0, 0, 0]))])
        let figure = try Figure.decisionBoundary(model, data: corners(), resolution: 5, margin: 0.5)
        let values = try boundary(figure).grid.values
        XCTAssertEqual(values[4], 0)       // x = 3, y = −1
        XCTAssertEqual(values[20], 1)      // x = −1, y = 3
        XCTAssertEqual(values[0], 2)       // x = −1, y = −1
        XCTAssertEqual(values[12], 0)      // x = y = 1: ties go to the lower class
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.withClass("lp-boundary").count, 0)                   // class tints, no 0.5 line
        XCTAssertEqual(svg.withClass("lp-class").count, 2)                       // the data's two classes
    }

    func testTreesAndEnsemblesShadeTheirProbabilities() throws {
        let tree = DecisionTree(maxDepth: 1)
        try tree.fit(corners())                                       // x₂ ≤ 1 is class 1
        let values = try boundary(Figure.decisionBoundary(tree, data: corners(), resolution: 5, margin: 0.5)).grid.values
        XCTAssertEqual(values[0], 1)                                  // y = −1
        XCTAssertEqual(values[24], 0)                                 // y = 3
    }

    func testDefaultGridIsEightyByEightyWithATenPercentMargin() throws {
        let data = try Datasets.moons(count: 100, noise: 0.1, seed: 1)
        let model = try MLP([2, 8, 1], activation: .relu, output: .sigmoid, seed: 3)
        let result = try boundary(Figure.decisionBoundary(model, data: data))
        XCTAssertEqual(result.grid.columns, 80)
        XCTAssertEqual(result.grid.rows, 80)
        XCTAssertEqual(result.grid.values.count, 6400)
        let x = data.features.scalars.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let y = data.features.scalars.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let low = try XCTUnwrap(x.min()), high = try XCTUnwrap(x.max())
        let bottom = try XCTUnwrap(y.min()), top = try XCTUnwrap(y.max())
        // x₁ spans −1.12 … 2.12 and x₂ −0.68 … 1.06; 10 % more on each side, then out to whole
        // ticks (1 apart for both), as the chart's axes will be.
        XCTAssertEqual(low, -1.1177, accuracy: 1e-4)
        XCTAssertEqual(high, 2.1202, accuracy: 1e-4)
        XCTAssertEqual(bottom, -0.6786, accuracy: 1e-4)
        XCTAssertEqual(top, 1.0580, accuracy: 1e-4)
        XCTAssertEqual(result.grid.x, AxisRange(-2, 3))
        XCTAssertEqual(result.grid.y, AxisRange(-1, 2))
        // The bottom-left cell is the model's prediction at the grid's corner.
        let corner = try model.predict(Tensor([[result.grid.x.lower, result.grid.y.lower]]))
        XCTAssertEqual(result.grid.values[0], corner.scalars[0], accuracy: 1e-12)
        XCTAssertTrue(result.grid.values.allSatisfy { $0 > 0 && $0 < 1 })
    }

    func testModelsAndDataThatAreNotTwoDimensionalThrow() throws {
        let wide = try MLP([3, 1], output: .sigmoid, seed: 1)
        assertFigureError(try Figure.decisionBoundary(wide, data: corners()), mentions: ["2 inputs", "takes 3"])
        let threeFeatures = try Dataset(features: Tensor([[0, 1, 2]]), targets: Tensor([0]))
        assertFigureError(try Figure.decisionBoundary(wide, data: threeFeatures), mentions: ["2 features", "has 3"])
        assertFigureError(try Figure.decisionBoundary(neuron(.sigmoid), data: corners(), resolution: 1), mentions: ["resolution"])
        assertFigureError(try Figure.decisionBoundary(neuron(.sigmoid), data: corners(), margin: -1), mentions: ["margin"])
    }
}
