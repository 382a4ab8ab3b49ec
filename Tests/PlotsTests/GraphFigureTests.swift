import XCTest
@testable import Plots

/// Computational graphs: layout by depth, micrograd-style boxes, the terminal tree.
final class GraphFigureTests: XCTestCase {
    /// f = (x + y) · z with x = −2, y = 5, z = −4 after backward().
    let graph = GraphFigure(
        nodes: [GraphNode(id: 0, label: "x", value: -2, grad: -4), GraphNode(id: 1, label: "y", value: 5, grad: -4),
                GraphNode(id: 2, label: "q", op: "+", value: 3, grad: -4), GraphNode(id: 3, label: "z", value: -4, grad: 3),
                GraphNode(id: 4, label: "f", op: "×", value: -12, grad: 1)],
        edges: [GraphEdge(input: 0, output: 2), GraphEdge(input: 1, output: 2),
                GraphEdge(input: 2, output: 4), GraphEdge(input: 3, output: 4)])

    func testLayoutPutsInputsLeftAndLeavesNextToTheirUse() {
        let layout = GraphLayout(graph)
        XCTAssertEqual(layout.placed.map(\.column), [0, 0, 1, 1, 2])
        XCTAssertEqual(layout.placed.map(\.row), [0, 1, 0, 1, 0])
        XCTAssertEqual(layout.columnCount, 3)
        XCTAssertEqual(layout.rowCount, 2)
    }

    func testResultsSitLevelWithTheirOperands() {
        // x (0) and y (1) feed q at 0.5; z is pushed to 1.5 below q; f sits between q and z.
        XCTAssertEqual(GraphLayout(graph).verticalPositions(), [0, 1, 0.5, 1.5, 1])
    }

    func testCyclesAndUnknownIdsDoNotHang() {
        let cyclic = GraphFigure(nodes: [GraphNode(id: 1, value: 1), GraphNode(id: 2, op: "+", value: 2), GraphNode(id: 1, value: 9)],
                                 edges: [GraphEdge(input: 1, output: 2), GraphEdge(input: 2, output: 1), GraphEdge(input: 7, output: 1)])
        let layout = GraphLayout(cyclic)
        XCTAssertEqual(layout.placed.count, 2)
        let root = parseSVG(renderSVG(.graph(cyclic)))
        XCTAssertTrue(root.child("desc")?.text.contains("1 node with a repeated id ignored.") ?? false)
        XCTAssertFalse(renderTerminal(.graph(cyclic)).isEmpty)
    }

    func testSVGBoxesAndOperations() {
        let root = parseSVG(renderSVG(.graph(graph, title: "f = (x + y) · z")))
        assertAccessibleSVG(root, title: "f = (x + y) · z")
        let values = root.withClass("lp-value")
        XCTAssertEqual(values.count, 5)
        XCTAssertEqual(values[0].texts, ["x", "data −2.0000", "grad −4.0000"])
        XCTAssertEqual(values[4].texts, ["f", "data −12.0000", "grad 1.0000"])
        XCTAssertEqual(root.withClass("lp-operation").flatMap(\.texts), ["+", "×"])
        XCTAssertEqual(root.withClass("lp-edge").count, 6, "four operand edges and two operation-to-result edges")
        XCTAssertEqual(root.withClass("lp-arrow").count, 6)
        let x = values.map { Double($0.elements("rect").first?.attributes["x"] ?? "") ?? -1 }
        XCTAssertTrue(x[0] < x[2] && x[2] < x[4], "deeper values sit further right")
        XCTAssertEqual(x[0], x[1])
        XCTAssertEqual(root.child("desc")?.text,
                       "Computational graph: f = (x + y) · z. 5 values and 2 operations, inputs on the left. x: data −2.0000, grad −4.0000; y: data 5.0000, grad −4.0000; q from +: data 3.0000, grad −4.0000; z: data −4.0000, grad 3.0000; f from ×: data −12.0000, grad 1.0000.")
    }

    func testAnUnnamedValueHasNoEmptyNameBox() {
        let mixed = GraphFigure(nodes: [GraphNode(id: 0, label: "x", value: 2, grad: 1),
                                        GraphNode(id: 1, op: "tanh", value: 0.96, grad: 1)],
                                edges: [GraphEdge(input: 0, output: 1)])
        let values = parseSVG(renderSVG(.graph(mixed))).withClass("lp-value")
        XCTAssertEqual(values[0].texts, ["x", "data 2.0000", "grad 1.0000"])
        XCTAssertEqual(values[0].elements("line").count, 2, "name | data | grad")
        XCTAssertEqual(values[1].texts, ["data 0.9600", "grad 1.0000"])
        XCTAssertEqual(values[1].elements("line").count, 1, "data | grad: no empty name section")
    }

    func testSVGIsDeterministic() {
        XCTAssertEqual(renderSVG(.graph(graph)), renderSVG(.graph(graph)))
    }

    func testTerminalTree() {
        let expected = """
            f | data −12.0000 | grad 1.0000  ← ×
            ├─ q | data 3.0000 | grad −4.0000  ← +
            │  ├─ x | data −2.0000 | grad −4.0000
            │  └─ y | data 5.0000 | grad −4.0000
            └─ z | data −4.0000 | grad 3.0000
            """
        XCTAssertEqual(renderTerminal(.graph(graph), width: 80, height: 24), expected)
    }

    func testSharedOperandIsShownOnce() {
        // a = x · x: x appears twice as an operand; b = a + a shows a's subtree once.
        let shared = GraphFigure(nodes: [GraphNode(id: 0, label: "x", value: 3, grad: 12), GraphNode(id: 1, label: "a", op: "×", value: 9, grad: 2),
                                         GraphNode(id: 2, label: "c", value: 1, grad: 9), GraphNode(id: 3, label: "b", op: "×", value: 9, grad: 1)],
                                 edges: [GraphEdge(input: 0, output: 1), GraphEdge(input: 1, output: 3), GraphEdge(input: 2, output: 3)])
        let expected = """
            b | data 9.0000 | grad 1.0000  ← ×
            ├─ a | data 9.0000 | grad 2.0000  ← ×
            │  └─ x | data 3.0000 | grad 12.0000
            └─ c | data 1.0000 | grad 9.0000
            """
        XCTAssertEqual(renderTerminal(.graph(shared)), expected)
    }

    func testLongChainsLayOutWithoutDeepRecursion() {
        // y = tanh(tanh(…tanh(x)…)) 20 000 deep: layout, SVG and tree must all finish.
        let count = 20_000
        let nodes = (0..<count).map { GraphNode(id: $0, label: $0 == 0 ? "x" : "", op: $0 == 0 ? "" : "tanh", value: 0.5, grad: 1) }
        let edges = (1..<count).map { GraphEdge(input: $0 - 1, output: $0) }
        let chain = GraphFigure(nodes: nodes, edges: edges)
        let layout = GraphLayout(chain)
        XCTAssertEqual(layout.columnCount, count)
        XCTAssertEqual(renderTerminal(.graph(chain), width: 40).split(separator: "\n").count, count)
    }

    func testColourOnlyOnTheOperation() {
        let output = renderTerminal(.graph(graph), width: 80, height: 24, color: true)
        XCTAssertTrue(output.hasPrefix("f | data −12.0000 | grad 1.0000  ← \u{1B}[35m×\u{1B}[0m"), output)
    }
}
