import Figures
import Foundation
import MLCore
import Plots
import XCTest

/// Activation functions and their derivatives over a range.
final class ActivationFigureTests: XCTestCase {
    func testSeveralActivationsShareTheSampledRange() throws {
        let figure = try Figure.activations([.sigmoid, .tanh, .relu], over: -2...2, samples: 5)
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["sigmoid", "tanh", "relu"])
        for series in chart.series { XCTAssertEqual(series.x, [-2, -1, 0, 1, 2]) }
        let sigmoid = chart.series[0].y
        let expected = [-2.0, -1, 0, 1, 2].map { 1 / (1 + exp(-$0)) }
        for (a, b) in zip(sigmoid, expected) { XCTAssertEqual(a, b, accuracy: 1e-15) }
        XCTAssertEqual(chart.series[1].y[3], tanh(1), accuracy: 1e-15)
        XCTAssertEqual(chart.series[2].y, [0, 0, 0, 1, 2])
        XCTAssertTrue(chart.showsZeroLines)
        XCTAssertEqual(figure.title, "Activation functions")
        XCTAssertEqual(figure.xLabel, "z")
        XCTAssertEqual(figure.yLabel, "f(z)")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 3)
    }

    func testDerivativesFollowTheirFunctions() throws {
        let figure = try Figure.activation(.sigmoid, over: -1...1, derivative: true, samples: 3)
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["sigmoid", "sigmoid′"])
        XCTAssertEqual(chart.series[1].y[1], 0.25)              // σ′(0) = σ(0)(1 − σ(0)) = 1/4
        let s = 1 / (1 + exp(-1.0))
        XCTAssertEqual(chart.series[1].y[2], s * (1 - s), accuracy: 1e-15)
        XCTAssertEqual(figure.title, "sigmoid")
        XCTAssertEqual(figure.yLabel, "f(z), f′(z)")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 2)
    }

    func testDefaultSamplingIncludesZero() throws {
        let figure = try Figure.activation(.step)
        let chart = try XCTUnwrap(lineChart(figure))
        let z = chart.series[0].x
        XCTAssertEqual(z.count, 161)
        XCTAssertEqual(z.first, -4)
        XCTAssertEqual(z.last, 4)
        XCTAssertEqual(z[80], 0)
        XCTAssertEqual(chart.series[0].y[80], 1)                // the step is 1 from z = 0 on
        XCTAssertEqual(chart.series[0].y[79], 0)
    }

    func testRefusedInputs() {
        assertFigureError(try Figure.activation(.softmax), mentions: ["softmax", "sigmoid"])
        assertFigureError(try Figure.activations([]), mentions: ["at least one activation"])
        assertFigureError(try Figure.activation(.relu, over: 1...1), mentions: ["range of z", "1.0...1.0"])
        assertFigureError(try Figure.activation(.relu, samples: 1), mentions: ["samples", "got 1"])
    }
}
