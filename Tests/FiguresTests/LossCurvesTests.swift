import Figures
import Foundation
import MLCore
import Plots
import XCTest

/// Loss and accuracy curves from training histories.
final class LossCurvesTests: XCTestCase {
    /// Four points, two per class, that a one-input… two-input network can be fitted to.
    private func tinyData() throws -> Dataset {
        try Dataset(features: Tensor([[0, 0], [1, 0], [0, 1], [1, 1]]), targets: Tensor([0, 0, 1, 1]))
    }

    /// A sigmoid neuron with zero weights outputs 0.5 everywhere; with learning rate 0 it never
    /// moves, so every epoch's binary cross-entropy is exactly ln 2.
    private func frozenHistory(epochs: Int, validation: Bool) throws -> TrainingHistory {
        let model = try Sequential([Dense(weights: Tensor([[0, 0]]), bias: Tensor([0]), activation: .sigmoid)])
        let data = try tinyData()
        return try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0), epochs: epochs,
                             batchSize: 4, validation: validation ? data : nil)
    }

    func testTrainingAndValidationLossAreTwoSeriesPerEpoch() throws {
        let history = try frozenHistory(epochs: 3, validation: true)
        let figure = try Figure.lossCurves(history)
        XCTAssertEqual(figure.title, "Loss")
        XCTAssertEqual(figure.xLabel, "epoch")
        XCTAssertEqual(figure.yLabel, "loss")
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["training", "validation"])
        XCTAssertFalse(chart.logY)
        for series in chart.series {
            XCTAssertEqual(series.x, [1, 2, 3])
            XCTAssertEqual(series.y.count, 3)
            for value in series.y { XCTAssertEqual(value, log(2), accuracy: 1e-12) }
        }
        let svg = renderedSVG(figure)
        XCTAssertEqual(svg.seriesNames, ["training", "validation"])
        XCTAssertEqual(svg.seriesPaths.count, 2)
    }

    func testWithoutValidationOnlyTheTrainingCurveIsDrawn() throws {
        let history = try frozenHistory(epochs: 2, validation: false)
        let figure = try Figure.lossCurves(history, logY: true, title: "η = 0")
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["training"])
        XCTAssertEqual(chart.series[0].y, history.loss)
        XCTAssertTrue(chart.logY)
        XCTAssertEqual(figure.title, "η = 0")
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 1)
    }

    func testAccuracyCurves() throws {
        let history = try frozenHistory(epochs: 2, validation: true)
        let figure = try Figure.accuracyCurves(history)
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(figure.yLabel, "accuracy")
        XCTAssertEqual(chart.series.map(\.name), ["training", "validation"])
        // Output 0.5 ≥ threshold 0.5 predicts class 1 for all four points: half are right.
        XCTAssertEqual(chart.series[0].y, [0.5, 0.5])
        XCTAssertEqual(chart.series[1].y, [0.5, 0.5])
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 2)
    }

    func testSeveralHistoriesBecomeNamedSeries() throws {
        let data = try tinyData()
        let rates = [0.003, 0.3, 10.0]
        let histories = try rates.map { rate -> TrainingHistory in
            let model = try MLP([2, 1], output: .sigmoid, seed: 1)
            return try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: rate), epochs: 5,
                                 batchSize: 4, validation: data)
        }
        let figure = try Figure.lossCurves(histories, names: ["η=0.003", "η=0.3", "η=10"], logY: true)
        let chart = try XCTUnwrap(lineChart(figure))
        XCTAssertEqual(chart.series.map(\.name), ["η=0.003", "η=0.3", "η=10"])
        XCTAssertEqual(chart.series.map(\.y), histories.map(\.loss))
        XCTAssertEqual(chart.series[2].x, [1, 2, 3, 4, 5])
        XCTAssertTrue(chart.logY)
        XCTAssertEqual(renderedSVG(figure).seriesPaths.count, 3)

        let withValidation = try Figure.lossCurves(histories, validation: true)
        let both = try XCTUnwrap(lineChart(withValidation))
        XCTAssertEqual(both.series.map(\.name), ["run 1", "run 1 validation", "run 2", "run 2 validation", "run 3", "run 3 validation"])
        XCTAssertEqual(both.series[3].y, histories[1].validationLoss)
        XCTAssertEqual(renderedSVG(withValidation).seriesPaths.count, 6)
    }

    func testDegenerateHistoriesThrow() throws {
        let empty = try frozenHistory(epochs: 0, validation: false)
        assertFigureError(try Figure.lossCurves(empty), mentions: ["at least one epoch", "epochs: 0"])
        assertFigureError(try Figure.accuracyCurves(empty), mentions: ["accuracy curves", "at least one epoch"])
        assertFigureError(try Figure.lossCurves([TrainingHistory]()), mentions: ["at least one training history"])
        let one = try frozenHistory(epochs: 1, validation: false)
        assertFigureError(try Figure.lossCurves([one, one], names: ["a"]), mentions: ["2 histories", "1 name"])
        assertFigureError(try Figure.lossCurves([one, empty], names: ["a", "b"]), mentions: ["“b”", "empty"])
        assertFigureError(try Figure.lossCurves([one], names: ["a"], validation: true), mentions: ["“a”", "without validation"])
    }
}
