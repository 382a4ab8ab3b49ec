import Figures
import MLCore
import Plots
import XCTest

/// ROC curves with their AUC, checked against a hand-ranked example.
final class ROCFigureTests: XCTestCase {
    /// Three positives and three negatives; the only mis-ranked pair is the negative scored 0.7
    /// above the positive scored 0.6, so AUC = 8 correctly ranked pairs / 9 = 8/9.
    private let scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4]
    private let labels = [1, 1, 0, 1, 0, 0]

    private func curves(_ figure: Figure) throws -> [ROCCurve] {
        guard case .roc(let plot) = figure.content else {
            XCTFail("expected a ROC plot, got \(figure.content)")
            throw FigureError("not a ROC plot")
        }
        return plot.curves
    }

    func testOneModel() throws {
        let figure = try Figure.roc(scores: scores, labels: labels, name: "classifier")
        let result = try curves(figure)
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result[0].name, "classifier")
        XCTAssertEqual(result[0].falsePositiveRate, [0, 0, 0, 1.0 / 3, 1.0 / 3, 2.0 / 3, 1])
        XCTAssertEqual(result[0].truePositiveRate, [0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1, 1])
        XCTAssertEqual(try XCTUnwrap(result[0].auc), 8.0 / 9, accuracy: 1e-12)
        XCTAssertEqual(figure.title, "ROC curve")
        XCTAssertEqual(figure.xLabel, "false positive rate")
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.seriesPaths.count, 1)
        XCTAssertEqual(svg.seriesNames, ["classifier"])
    }

    func testSeveralModels() throws {
        let perfect = [0.9, 0.8, 0.1, 0.7, 0.2, 0.3]
        let figure = try Figure.roc(scores: [scores, perfect], labels: labels, names: ["net", "forest"])
        let result = try curves(figure)
        XCTAssertEqual(result.map(\.name), ["net", "forest"])
        XCTAssertEqual(try XCTUnwrap(result[1].auc), 1)
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 2)
        XCTAssertEqual(try curves(Figure.roc(scores: [scores, perfect], labels: labels)).map(\.name), ["model 1", "model 2"])
    }

    func testAModelsOutputsAreItsScores() throws {
        let features = try Tensor(scores.map { [$0, 0] })
        let data = try Dataset(features: features, targets: Tensor(labels.map(Double.init)))
        let model = try Sequential([Dense(weights: Tensor([[1, 0]]), bias: Tensor([0]))])    // score = x₁
        let result = try curves(Figure.roc(model, data: data, name: "x₁"))
        XCTAssertEqual(result[0].name, "x₁")
        XCTAssertEqual(try XCTUnwrap(result[0].auc), 8.0 / 9, accuracy: 1e-12)
        // Two outputs (0, x₁): the second is the positive class's score.
        let twoOutputs = try Sequential([Dense(weights: Tensor([[0, 0], [1, 0]]), bias: Tensor([0, 0]))])
        let second = try curves(Figure.roc(twoOutputs, data: data))
        XCTAssertEqual(second[0].falsePositiveRate, result[0].falsePositiveRate)
        XCTAssertEqual(second[0].truePositiveRate, result[0].truePositiveRate)
    }

    func testBadScoresThrow() throws {
        assertFigureError(try Figure.roc(scores: [0.1, .nan], labels: [0, 1]), mentions: ["NaN"])
        assertFigureError(try Figure.roc(scores: [[Double]](), labels: []), mentions: ["at least one"])
        XCTAssertThrowsError(try Figure.roc(scores: [0.1, 0.2], labels: [1, 1]))       // MLCore: no negatives
        let threeOutputs = try MLP([2, 3], seed: 1)
        let data = try Dataset(features: Tensor([[0, 0], [1, 1]]), targets: Tensor([0, 1]))
        assertFigureError(try Figure.roc(threeOutputs, data: data), mentions: ["one score per example", "3 outputs"])
    }
}
