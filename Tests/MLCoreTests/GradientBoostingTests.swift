import Foundation
import XCTest
@testable import MLCore

/// Gradient boosting: the first round's Newton step worked out by hand, binning, staging.
final class GradientBoostingTests: XCTestCase {
    func testFirstRoundByHand() throws {
        // Four of seven labels are 1: F₀ = ln(4/3), p = 4/7, gradients p − y = 4/7 or −3/7,
        // hessians p(1 − p) = 12/49. The best split is x₁ ≤ 4.5 (gain 81/48 + 81/36; G = 0 at the
        // root); its leaves step by −η·G/H: −0.1·(9/7)/(48/49) = −0.13125 and −0.1·(−9/7)/(36/49) = 0.175.
        let boost = GradientBoosting(rounds: 1, learningRate: 0.1, maxDepth: 1, minSamplesLeaf: 1)
        let data = try TreeFixtures.seven()
        try boost.fit(data)
        let raw = try boost.decisionFunction(Tensor([[2, 5], [6, 5]])).scalars
        XCTAssertEqual(raw[0], log(4.0 / 3) - 0.13125, accuracy: 1e-14)
        XCTAssertEqual(raw[1], log(4.0 / 3) + 0.175, accuracy: 1e-14)
        // The training log-loss after that round, example by example.
        var loss = 0.0
        for (row, y) in zip(data.features.rowArrays, data.targets.scalars) {
            let f = log(4.0 / 3) + (row[0] <= 4.5 ? -0.13125 : 0.175)
            let p = 1 / (1 + exp(-f))
            loss -= y * log(p) + (1 - y) * log(1 - p)
        }
        XCTAssertEqual(boost.trainingLoss.count, 1)
        XCTAssertEqual(boost.trainingLoss[0], loss / 7, accuracy: 1e-14)
        let p = try boost.predict(Tensor([[6, 5]])).scalars
        XCTAssertEqual(p[1], 1 / (1 + exp(-raw[1])), accuracy: 1e-15)
        XCTAssertEqual(p[0] + p[1], 1, accuracy: 1e-15)
    }

    func testGradientsAndHessiansOfTheLogLoss() {
        var g = [Double](repeating: 0, count: 2), h = [Double](repeating: 0, count: 2)
        GradientBoosting.lossDerivatives([0, log(3)], [1, 0], outputs: 1, gradients: &g, hessians: &h)
        XCTAssertEqual(g[0], -0.5, accuracy: 1e-15)
        XCTAssertEqual(g[1], 0.75, accuracy: 1e-15)                     // p = 3/4
        XCTAssertEqual(h[0], 0.25, accuracy: 1e-15)
        XCTAssertEqual(h[1], 0.1875, accuracy: 1e-15)
        // Softmax, two examples × three classes, stored class by class.
        var g3 = [Double](repeating: 0, count: 6), h3 = [Double](repeating: 0, count: 6)
        GradientBoosting.lossDerivatives([0, 0, 0, log(2), 0, 0], [2, 0], outputs: 3, gradients: &g3, hessians: &h3)
        XCTAssertEqual(g3[0], 1.0 / 3, accuracy: 1e-15)                 // example 0, class 0
        XCTAssertEqual(g3[4], 1.0 / 3 - 1, accuracy: 1e-15)             // example 0, class 2
        XCTAssertEqual(g3[1], 0.5 - 1, accuracy: 1e-15)                 // example 1, class 0 (p = 2/4)
        XCTAssertEqual(h3[3], 0.25 * 0.75, accuracy: 1e-15)             // example 1, class 1 (p = 1/4)
        XCTAssertEqual(GradientBoosting.logLoss([0], [1], outputs: 1), log(2), accuracy: 1e-15)
        XCTAssertEqual(GradientBoosting.logLoss([800, -800], [1, 0], outputs: 1), 0, accuracy: 1e-15)
    }

    func testBinsAreExactForFewValuesAndQuantilesForMany() throws {
        XCTAssertEqual(FeatureBins.edges(sortedValues: [1, 1, 2, 4, 4], maxBins: 255), [1.5, 3])
        XCTAssertEqual(FeatureBins.edges(sortedValues: (0..<10).map(Double.init), maxBins: 4), [2.5, 4.5, 6.5])
        let bins = FeatureBins(try Tensor([[1], [2], [4], [4]]), maxBins: 255)
        XCTAssertEqual(bins.bins, [0, 1, 2, 2])
        XCTAssertEqual(FeatureBins.bin(3, [1.5, 3]), 1)                  // x ≤ edge: that bin
        XCTAssertEqual(FeatureBins.bin(3.1, [1.5, 3]), 2)
        XCTAssertEqual(FeatureBins.edges(sortedValues: [5, 5, 5], maxBins: 255), [])
    }

    func testLearnsAndStagesMultiClass() throws {
        let data = try Datasets.spirals(count: 600, classes: 3, noise: 0.2, seed: 1)
        let (train, test) = try data.split(0.7, seed: 2)
        let boost = GradientBoosting(rounds: 60, learningRate: 0.3, maxDepth: 3, minSamplesLeaf: 5)
        try boost.fit(train)
        XCTAssertEqual(boost.classCount, 3)
        XCTAssertEqual(try boost.decisionFunction(test.features).shape, [test.count, 3])
        XCTAssertGreaterThan(try Metrics.accuracy(boost, on: test), 0.85)
        let losses = boost.trainingLoss
        XCTAssertTrue(zip(losses, losses.dropFirst()).allSatisfy { $1 <= $0 + 1e-12 })
        let staged = try boost.stagedErrors(on: test)
        XCTAssertEqual(staged.count, 60)
        XCTAssertEqual(staged.last ?? 1, 1 - (try Metrics.accuracy(boost, on: test)), accuracy: 1e-12)
    }

    func testDeterministicAndBadInput() throws {
        let data = try TreeFixtures.noisy(count: 300, seed: 5)
        let a = GradientBoosting(rounds: 20), b = GradientBoosting(rounds: 20)
        try a.fit(data)
        try b.fit(data)
        XCTAssertEqual(try a.predict(data.features), try b.predict(data.features))
        XCTAssertGreaterThan(try Metrics.auc(a, on: data), 0.8)
        func message(_ body: () throws -> Void) -> String? {
            do { try body(); return nil } catch { return (error as? MLError)?.message }
        }
        XCTAssertEqual(message { try GradientBoosting(maxBins: 300).fit(data) }, "GradientBoosting: maxBins must be between 2 and 255, got 300")
        XCTAssertEqual(message { try GradientBoosting(learningRate: 0).fit(data) }, "GradientBoosting: learningRate must be > 0, got 0.0")
        XCTAssertEqual(message { _ = try GradientBoosting().predict(data.features) }, "this GradientBoosting is not fitted yet; call fit(_:) first")
        XCTAssertEqual(message { try GradientBoosting().fit(try Dataset(features: Tensor([1, 2]), targets: Tensor([1, 1]))) },
                       "gradient boosting needs examples of at least two classes, but every example has class 1")
    }
}
