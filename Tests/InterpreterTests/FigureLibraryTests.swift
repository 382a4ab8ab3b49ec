import XCTest
import Plots
@testable import Interpreter

/// Lesson-level plotting functions add figures, in order, to the cell's outcome.
final class FigureLibraryTests: XCTestCase {
    private func kinds(_ figures: [Plots.Figure]) -> [String] {
        figures.map {
            switch $0.content {
            case .line: return "line"
            case .scatter: return "scatter"
            case .histogram: return "histogram"
            case .bar: return "bar"
            case .decisionBoundary: return "decisionBoundary"
            case .contour: return "contour"
            case .roc: return "roc"
            case .graph: return "graph"
            case .tree: return "tree"
            case .valueGrid: return "valueGrid"
            }
        }
    }

    func testEachPlotFunctionAddsOneFigureOfItsKind() {
        let out = runCell("""
        let data = try Datasets.moons(count: 40, noise: 0.2, seed: 1)
        let model = MLP([2, 4, 1], activation: .tanh, output: .sigmoid, seed: 3)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01), epochs: 3, validation: data)
        plot(history)
        plot([history, history], names: ["a", "b"])
        plot([1.0, 0.5, 0.25])
        plot([[1, 2], [2, 1]], names: ["up", "down"], title: "two")
        plot(x: [0, 1, 2], y: [0, 1, 4])
        plot(.relu, derivative: true)
        plot([.sigmoid, .tanh])
        scatter(data, title: "moons")
        plotDecisionBoundary(model, data: data)
        let path = try TestFunction.bowl.path(from: (x: 1, y: 1), optimizer: SGD(learningRate: 0.1), steps: 5)
        plotContour(.bowl, paths: [path], names: ["sgd"])
        show(Value(2, "a") * Value(3, "b"))
        plotROC(model, data: data)
        plotROC(scores: [0.9, 0.2, 0.6], labels: [1, 0, 1])
        histogram([1, 2, 2, 3], bins: 3)
        histogram(Tensor([1.0, 2.0]))
        bars([1, 2], labels: ["a", "b"], title: "counts")
        """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(kinds(out.figures), ["line", "line", "line", "line", "line", "line", "line", "scatter", "decisionBoundary",
                                            "contour", "graph", "roc", "roc", "histogram", "histogram", "bar"])
        XCTAssertEqual(out.figures.first?.title, "Loss")
        XCTAssertEqual(out.figures.last?.title, "counts")
    }

    func testFiguresBelongToTheCellThatDrewThem() {
        let s = Session()
        XCTAssertEqual(s.run("plot([1.0, 2.0])", origin: "t").figures.count, 1)
        XCTAssertEqual(s.run("print(1)", origin: "t").figures.count, 0)
    }

    func testFigureErrorsAreLocated() {
        assertError("1️⃣bars([1, 2], labels: [\"a\"])",
                    "uncaught error: a bar chart needs one label per value, got 2 values and 1 labels")
    }
}
