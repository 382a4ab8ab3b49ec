import Figures
import MLCore
import Plots
import XCTest

/// Fitted trees as diagrams: one box per node, cut at a depth with a note of what is hidden.
final class TreeFigureTests: XCTestCase {
    private func seven() throws -> Dataset {
        try Dataset(features: Tensor([[1, 5], [2, 3], [3, 1], [4, 7], [5, 2], [6, 6], [7, 4]]), targets: Tensor([0, 0, 1, 0, 1, 1, 1]))
    }

    private func diagram(_ figure: Figure) throws -> TreeDiagram {
        guard case .tree(let diagram) = figure.content else { throw FigureError("expected a tree diagram, got \(figure.content)") }
        return diagram
    }

    func testEveryNodeBecomesABox() throws {
        let tree = DecisionTree(maxDepth: 2)
        try tree.fit(seven())
        let result = try diagram(Figure.tree(tree, featureNames: ["mass"], classNames: ["b", "s"], title: "CART"))
        XCTAssertEqual(result.nodes.count, 5)
        XCTAssertEqual(result.nodes[0].lines, ["mass ≤ 4.5", "gini 0.49 · 7 samples", "[3, 4]"])
        XCTAssertEqual(result.nodes[0].children, [1, 4])
        XCTAssertEqual(result.nodes[2].lines, ["s", "gini 0 · 1 sample", "[0, 1]"])
        XCTAssertEqual(result.nodes[0].mix, [3.0 / 7, 4.0 / 7])
        XCTAssertEqual(result.classNames, ["b", "s"])
    }

    func testDeepTreesAreCutWithANote() throws {
        let tree = DecisionTree()
        try tree.fit(seven())
        let cut = try diagram(Figure.tree(tree, maxDepth: 1))
        XCTAssertEqual(cut.nodes.count, 3)
        XCTAssertEqual(cut.nodes[1].lines.last, "▾ 2 more nodes")
        XCTAssertEqual(cut.nodes[1].children, [])
        XCTAssertThrowsError(try Figure.tree(DecisionTree()))
        XCTAssertThrowsError(try Figure.tree(tree, maxDepth: 20))
    }

    func testRegressionTreesShowValuesWithoutMix() throws {
        let tree = RegressionTree(maxDepth: 1)
        try tree.fit(try Dataset(features: Tensor([1, 2, 3, 4, 5, 6]), targets: Tensor([1, 1, 1, 5, 5, 6])))
        let result = try diagram(Figure.tree(tree))
        XCTAssertEqual(result.nodes.map(\.lines), [["x₁ ≤ 3.5", "squared error 4.81 · 6 samples"],
                                                    ["value 1", "squared error 0 · 3 samples"],
                                                    ["value 5.333", "squared error 0.222 · 3 samples"]])
        XCTAssertTrue(result.nodes.allSatisfy(\.mix.isEmpty))
    }
}
