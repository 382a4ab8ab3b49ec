import Figures
import MLCore
import Plots
import XCTest

/// Boosting's error per round and the bias–variance curves as line charts.
final class ModelCurvesTests: XCTestCase {
    private func lines(_ figure: Figure) throws -> LineChart {
        guard case .line(let chart) = figure.content else { throw FigureError("expected a line chart, got \(figure.content)") }
        return chart
    }

    func testStagedErrorsOfTrainingAndTestData() throws {
        let data = try Datasets.moons(count: 120, noise: 0.25, seed: 1)
        let (train, test) = try data.split(0.5, seed: 2)
        let boost = AdaBoost(rounds: 8)
        try boost.fit(train)
        let chart = try lines(Figure.stagedErrors(boost, train: train, test: test))
        XCTAssertEqual(chart.series.map(\.name), ["training error", "test error"])
        XCTAssertEqual(chart.series[0].y, try boost.stagedErrors(on: train))
        XCTAssertEqual(chart.series[1].x, (1...boost.roundCount).map(Double.init))
        XCTAssertThrowsError(try Figure.stagedErrors(AdaBoost(), train: train))
    }

    func testBiasVarianceCurvesAndFits() throws {
        let experiment = BiasVariance(noise: 0.2, trainingSize: 15, repetitions: 5, testPoints: 8, seed: 1) { $0 * $0 }
        let result = try experiment.run(complexities: [1, 2, 4]) { PolynomialRegression(degree: $0) }
        let chart = try lines(Figure.biasVariance(result, logY: true))
        XCTAssertEqual(chart.series.map(\.name), ["bias²", "variance", "noise σ²", "bias² + variance + noise", "measured test error"])
        XCTAssertEqual(chart.series[0].x, [1, 2, 4])
        XCTAssertEqual(chart.series[2].y, [0.04, 0.04, 0.04].map { _ in result.noise })
        XCTAssertTrue(chart.logY)
        let fits = try lines(Figure.fits(result, complexity: 2))
        XCTAssertEqual(fits.series.count, 4)
        XCTAssertEqual(fits.series[0].y, result.truth)
        for (low, high) in zip(fits.series[2].y, fits.series[3].y) { XCTAssertLessThanOrEqual(low, high) }
        XCTAssertThrowsError(try Figure.fits(result, complexity: 3))
    }
}
