import Figures
import MLCore
import Plots
import XCTest

/// Every kind of figure this module builds also renders as terminal text, titled.
final class TerminalRenderingTests: XCTestCase {
    func testEveryKindRendersWithItsTitle() throws {
        let data = try Dataset(features: Tensor([[0, 0], [2, 0], [0, 2], [2, 2]]), targets: Tensor([1, 1, 0, 0]))
        let model = try Sequential([Dense(weights: Tensor([[1, -1]]), bias: Tensor([0]), activation: .sigmoid)])
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.1), epochs: 3, batchSize: 4)
        let f = (Value(-2, "x") + Value(5, "y")) * Value(-4, "z")
        f.backward()
        let path = try TestFunction.saddle.path(from: (1, 0.001), optimizer: SGD(learningRate: 0.05, momentum: 0.9), steps: 40)
        let figures: [Figure] = [
            try Figure.lossCurves(history, title: "loss figure"),
            try Figure.curves([[1, 2, 3]], title: "curves figure"),
            try Figure.activation(.relu, title: "relu figure"),
            try Figure.scatter(data, title: "scatter figure"),
            try Figure.decisionBoundary(model, data: data, resolution: 20, title: "boundary figure"),
            try Figure.contour(.saddle, paths: [path], resolution: 21, title: "contour figure"),
            try Figure.graph(f, title: "graph figure"),
            try Figure.roc(scores: [0.9, 0.1, 0.8, 0.3], labels: [1, 0, 0, 1], title: "roc figure"),
            try Figure.histogram(of: [1, 2, 2, 3], title: "histogram figure"),
            try Figure.bars([1, 2], labels: ["a", "b"], title: "bars figure"),
        ]
        for figure in figures {
            let text = renderTerminal(figure, width: 60, height: 16)
            XCTAssertTrue(text.contains(figure.title), "terminal output of “\(figure.title)” should show its title")
            XCTAssertGreaterThanOrEqual(text.split(separator: "\n").count, 3, figure.title)   // bars: title + one row per bar
        }
    }
}
