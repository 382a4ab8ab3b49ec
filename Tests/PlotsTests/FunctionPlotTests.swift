import Foundation
import XCTest
@testable import Plots

/// Function plots: a sampled y = f(x) with the zero lines drawn.
final class FunctionPlotTests: XCTestCase {
    let xs = stride(from: -3.0, through: 3.0, by: 0.5).map { $0 }

    func testTanhHasZeroLinesAndOnePath() {
        let figure = Figure.function("tanh", x: xs, y: xs.map { tanh($0) }, title: "tanh")
        let root = parseSVG(renderSVG(figure))
        assertAccessibleSVG(root, title: "tanh")
        XCTAssertEqual(root.withClass("lp-zero").count, 2)
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-line").count, 1)
        XCTAssertEqual(root.withClass("lp-series").first?.withClass("lp-marker").count, 0)
        XCTAssertEqual(root.withClass("lp-xticks").first?.texts, ["−4", "−2", "0", "2", "4"])
        XCTAssertEqual(root.withClass("lp-xlabel").first?.text, "x")
    }

    func testZeroLinesOnlyWhenInsideTheRange() {
        let positive = xs.map { $0 + 10 }
        let figure = Figure.function("exp", x: positive, y: positive.map { exp($0 / 10) })
        XCTAssertEqual(parseSVG(renderSVG(figure)).withClass("lp-zero").count, 0)
    }

    func testPathStartsAtTheFirstSample() {
        let figure = Figure.function("relu", x: [-1, 0, 1], y: [0, 0, 1])
        let root = parseSVG(renderSVG(figure, width: 400, height: 300))
        let d = root.withClass("lp-series").first?.withClass("lp-line").first?.attributes["d"] ?? ""
        XCTAssertEqual(d.split(separator: "L").count, 3)
        XCTAssertTrue(d.hasPrefix("M"))
    }
}
