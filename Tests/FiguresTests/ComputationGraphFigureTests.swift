import Figures
import MLCore
import Plots
import XCTest

/// The computational graph of a `Value` as a graph figure.
final class ComputationGraphFigureTests: XCTestCase {
    private func graph(_ figure: Figure) throws -> GraphFigure {
        guard case .graph(let graph) = figure.content else {
            XCTFail("expected a graph, got \(figure.content)")
            throw FigureError("not a graph")
        }
        return graph
    }

    /// The lecture's circuit: f = (x + y) · z at x = −2, y = 5, z = −4.
    func testTheLecturesCircuitWithGradients() throws {
        let x = Value(-2, "x"), y = Value(5, "y"), z = Value(-4, "z")
        let f = (x + y) * z
        f.backward()
        let figure = try Figure.graph(f, title: "f = (x + y) · z")
        let result = try graph(figure)
        XCTAssertEqual(result.nodes, [
            GraphNode(id: 0, label: "x", op: "", value: -2, grad: -4),
            GraphNode(id: 1, label: "y", op: "", value: 5, grad: -4),
            GraphNode(id: 2, label: "", op: "+", value: 3, grad: -4),
            GraphNode(id: 3, label: "z", op: "", value: -4, grad: 3),
            GraphNode(id: 4, label: "", op: "×", value: -12, grad: 1),
        ])
        XCTAssertEqual(result.edges, [GraphEdge(input: 0, output: 2), GraphEdge(input: 1, output: 2),
                                      GraphEdge(input: 2, output: 4), GraphEdge(input: 3, output: 4)])
        XCTAssertEqual(figure.title, "f = (x + y) · z")
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.withClass("lp-value").count, 5)
        XCTAssertEqual(svg.withClass("lp-operation").count, 2)
        XCTAssertEqual(svg.withClass("lp-edge").count, 6)        // 4 operand edges + 2 operation → result
    }

    func testOperationsUseTheLecturesSymbols() throws {
        let w = Value(2, "w"), x = Value(-1, "x")
        let neuron = 1 / (1 + (-(w * x)).exp())
        let ops = try graph(Figure.graph(neuron)).nodes.map(\.op)
        XCTAssertEqual(ops.filter { !$0.isEmpty }, ["×", "−x", "exp", "+1", "1/x"])
        let shifted = (Value(1) - 2) * -1
        XCTAssertEqual(try graph(Figure.graph(shifted)).nodes.map(\.op), ["", "−2", "×−1"])
    }

    func testASnapshotDrawsTheSameAsItsValue() throws {
        let a = Value(3, "a")
        let b = a * a
        b.backward()
        XCTAssertEqual(try Figure.graph(b.graph()), try Figure.graph(b))
        // a is used twice: one node, two edges into the product.
        XCTAssertEqual(try graph(Figure.graph(b)).edges, [GraphEdge(input: 0, output: 1), GraphEdge(input: 0, output: 1)])
    }

    func testHugeGraphsAreRefused() {
        var sum = Value(0)
        for i in 0..<Figure.maximumGraphNodes { sum = sum + Double(i) }
        assertFigureError(try Figure.graph(sum), mentions: ["more than \(Figure.maximumGraphNodes) nodes", "too many"])
        assertFigureError(try Figure.graph(sum.graph()), mentions: ["\(Figure.maximumGraphNodes + 1) nodes", "too many"])
    }

    func testAGraphOfAMillionNodesIsRefusedWithoutWalkingIt() {
        var sum = Value(0)
        for _ in 0..<1_000_000 { sum = sum + 1 }
        // Only one node past the limit is visited (walking all of them takes seconds in debug).
        let order = sum.topologicalOrder(limit: Figure.maximumGraphNodes + 1)
        XCTAssertEqual(order.count, Figure.maximumGraphNodes + 1)
        assertFigureError(try Figure.graph(sum), mentions: ["more than \(Figure.maximumGraphNodes) nodes"])
    }
}
