import XCTest
@testable import Plots

/// Every figure kind renders to identical bytes twice, and to well-formed XML.
final class DeterminismTests: XCTestCase {
    static let grid = Grid(x: AxisRange(-1, 1), y: AxisRange(-1, 1), columns: 4, rows: 3,
                           values: [0.1, 0.4, 0.6, 0.9, 0.2, 0.5, 0.7, 0.8, 0.3, 0.5, 0.6, 0.95])
    static let points = ScatterPoints(x: [-0.5, 0.5, 0.1], y: [0.2, -0.3, 0.9], classes: [0, 1, 1], classNames: ["a", "b"])
    static let figures: [Figure] = [
        .line([Series("train", y: [3, 2, 1.5]), Series("validation", y: [3.2, 2.5, 2.4])], title: "Loss", xLabel: "epoch", yLabel: "loss"),
        .line([Series("loss", y: [1, 0.1, 0.01])], logY: true),
        .function("relu", x: [-1, 0, 1], y: [0, 0, 1]),
        .scatter(points),
        .histogram([1, 2, 2, 3, 3, 3], bins: .count(3)),
        .bar(labels: ["a", "b"], values: [1, 2]),
        .decisionBoundary(grid, points: points),
        .contour(grid, levels: .count(4), paths: [PlotPath("sgd", x: [0.9, 0.2], y: [0.9, -0.1])]),
        .roc([ROCCurve("m", falsePositiveRate: [0, 0.5, 1], truePositiveRate: [0, 0.8, 1])]),
        .graph(GraphFigure(nodes: [GraphNode(id: 1, label: "a", value: 2, grad: 1), GraphNode(id: 2, label: "b", op: "tanh", value: 0.964, grad: 1)],
                           edges: [GraphEdge(input: 1, output: 2)])),
    ]

    func testSVGIsByteIdenticalAndWellFormed() {
        for figure in Self.figures {
            let first = renderSVG(figure)
            XCTAssertEqual(first, renderSVG(figure))
            let root = parseSVG(first)
            XCTAssertEqual(root.attributes["role"], "img")
            XCTAssertFalse(first.contains("http://") && !first.contains("xmlns=\"http://www.w3.org/2000/svg\""), "no external references")
            XCTAssertFalse(first.contains("<script"))
            XCTAssertFalse(first.contains("href"))
        }
    }

    func testTerminalIsIdenticalAndFitsTheWidth() {
        for figure in Self.figures {
            for color in [false, true] {
                let first = renderTerminal(figure, width: 50, height: 14, color: color)
                XCTAssertEqual(first, renderTerminal(figure, width: 50, height: 14, color: color))
            }
            let plain = renderTerminal(figure, width: 50, height: 14)
            for line in plain.split(separator: "\n") where !line.hasPrefix("note:") {
                XCTAssertLessThanOrEqual(line.count, 50, "\(line)")
            }
        }
    }

    func testFiguresAreEquatableValues() {
        XCTAssertEqual(Self.figures, Self.figures)
        XCTAssertNotEqual(Self.figures[0], Self.figures[1])
    }
}
