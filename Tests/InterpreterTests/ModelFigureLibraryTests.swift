import XCTest
import Plots
@testable import Interpreter

/// The figures of the classical models from lesson code: one figure per call, of its kind.
final class ModelFigureLibraryTests: XCTestCase {
    func testEachModelFigureAddsOneFigure() throws {
        let out = runCell("""
        let data = try Datasets.moons(count: 80, noise: 0.2, seed: 1)
        let tree = DecisionTree(maxDepth: 2)
        try tree.fit(data)
        show(tree, classNames: ["upper", "lower"], title: "A tree")
        let regression = RegressionTree(maxDepth: 2)
        try regression.fit(Datasets.sine(count: 30, seed: 2))
        show(regression)
        let boost = AdaBoost(rounds: 5)
        try boost.fit(data)
        plotStagedErrors(boost, train: data, test: data)
        plotDecisionBoundary(boost, data: data, resolution: 20)
        plotROC(tree, data: data, name: "tree")
        let experiment = BiasVariance(noise: 0.2, trainingSize: 15, repetitions: 4, testPoints: 10, seed: 1) { x in x * x }
        let result = try experiment.run(complexities: [1, 2]) { PolynomialRegression(degree: $0) }
        plotBiasVariance(result, logY: true)
        plotFits(result, complexity: 2)
        """)
        XCTAssertNil(out.error?.message)
        let kinds = out.figures.map { figure -> String in
            switch figure.content {
            case .tree: return "tree"
            case .valueGrid: return "valueGrid"
            case .line: return "line"
            case .decisionBoundary: return "decisionBoundary"
            case .roc: return "roc"
            default: return "other"
            }
        }
        XCTAssertEqual(kinds, ["tree", "tree", "line", "decisionBoundary", "roc", "line", "line"])
        XCTAssertEqual(out.figures.first?.title, "A tree")
        guard case .tree(let diagram) = out.figures[0].content else { return XCTFail("expected a tree") }
        XCTAssertEqual(diagram.classNames, ["upper", "lower"])
        XCTAssertEqual(diagram.nodes.count, 7)
        XCTAssertEqual(out.figures[6].title, "Fits of complexity 2")
    }

    func testModelFigureErrorsAreLocated() {
        assertError("""
        let tree = DecisionTree()
        1️⃣show(tree)
        """, "uncaught error: a tree diagram needs a fitted tree; call fit(_:) first")
        assertError("""
        let experiment = BiasVariance(noise: 0.2, trainingSize: 15, repetitions: 4, testPoints: 10, seed: 1) { x in x }
        let result = try experiment.run(complexities: [1]) { PolynomialRegression(degree: $0) }
        1️⃣plotFits(result, complexity: 5)
        """, "uncaught error: the experiment has no complexity 5; it measured [1]")
    }
}
