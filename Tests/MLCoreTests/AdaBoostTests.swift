import Foundation
import XCTest
@testable import MLCore

/// AdaBoost: re-weighting, the trees' say and the 50 % stop, checked by hand.
final class AdaBoostTests: XCTestCase {
    func testWeightsAfterOneRoundByHand() throws {
        // The stump x₁ ≤ 4.5 misclassifies example 2 only: ε = 1/7, α = ln(6/7 ÷ 1/7) = ln 6.
        // Its weight 1/7 · 6 = 6/7 and the others' 6 · 1/7 are each half of the new total 12/7.
        let boost = AdaBoost(rounds: 1)
        try boost.fit(try TreeFixtures.seven())
        XCTAssertEqual(boost.treeErrors, [1.0 / 7])
        XCTAssertEqual(boost.treeWeights[0], log(6), accuracy: 1e-14)
        let twelfth = 1.0 / 12
        let expected: [Double] = [twelfth, twelfth, 0.5, twelfth, twelfth, twelfth, twelfth]
        for (w, e) in zip(boost.sampleWeights, expected) { XCTAssertEqual(w, e, accuracy: 1e-15) }
        XCTAssertEqual(boost.trees[0].nodes[0].threshold, 4.5)
    }

    func testSecondRoundFitsTheReweightedExample() throws {
        let boost = AdaBoost(rounds: 2)
        try boost.fit(try TreeFixtures.seven())
        // With half the weight on example 2, the best stump is x₁ ≤ 2.5 (weighted Gini 0.15, against
        // 0.2 for x₂ ≤ 2.5 and 1/3 for the first stump again); it is wrong on example 3 only (1/12).
        let second = boost.trees[1].nodes[0]
        XCTAssertEqual(second.feature, 0)
        XCTAssertEqual(second.threshold, 2.5)
        XCTAssertEqual(boost.treeErrors[1], 1.0 / 12, accuracy: 1e-15)
        XCTAssertEqual(boost.treeWeights[1], log(11), accuracy: 1e-14)
        // Votes: each class's share of the total say ln 6 + ln 11.
        let votes = try boost.votes(Tensor([[1, 5], [5, 2]]))
        XCTAssertEqual(votes.scalars[0], 1, accuracy: 1e-15)              // both stumps say 0
        XCTAssertEqual(votes.scalars[3], 1, accuracy: 1e-15)              // both say 1
        let mixed = try boost.votes(Tensor([[3, 1]]))                      // stump 1 says 0, stump 2 says 1
        XCTAssertEqual(mixed.scalars[0], log(6) / (log(6) + log(11)), accuracy: 1e-15)
        XCTAssertEqual(try boost.classify(Tensor([[3, 1]])), [1])
        let p = try boost.predict(Tensor([[3, 1]])).scalars[1]
        let share: Double = (log(11.0) - log(6.0)) / (log(6.0) + log(11.0))
        XCTAssertEqual(p, 1 / (1 + exp(-share)), accuracy: 1e-15)
    }

    func testStopsAtFiftyPercentAndOnAPerfectTree() throws {
        // XOR's four corners: no stump beats guessing, so boosting cannot start.
        XCTAssertThrowsError(try AdaBoost(rounds: 10).fit(Datasets.xorTable)) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "AdaBoost: the first tree's weighted error is 0.5, no better than guessing (0.5); boosting cannot start")
        }
        let perfect = AdaBoost(rounds: 10, maxDepth: 2)
        try perfect.fit(Datasets.xorTable)
        XCTAssertEqual(perfect.roundCount, 1)
        XCTAssertEqual(perfect.treeWeights, [1])
        XCTAssertEqual(perfect.stopReason, "round 1: a perfect tree (weighted error 0)")
        // No split is possible: the first tree (a leaf saying 0) errs on 1/4; after re-weighting
        // the same leaf errs on half the weight, and boosting stops there.
        let constant = try Dataset(features: Tensor([0, 0, 0, 0]), targets: Tensor([0, 0, 0, 1]))
        let stopped = AdaBoost(rounds: 10)
        try stopped.fit(constant)
        XCTAssertEqual(stopped.roundCount, 1)
        XCTAssertEqual(stopped.treeErrors, [0.25])
        XCTAssertEqual(stopped.stopReason, "round 2: weighted error 0.5 reached 50 %")
        // SAMME with three classes stops at 1 − 1/3 instead.
        let three = AdaBoost(rounds: 10)
        try three.fit(try Dataset(features: Tensor([0, 0, 0, 0]), targets: Tensor([0, 0, 1, 2])))
        XCTAssertEqual(three.roundCount, 1)
        XCTAssertEqual(three.treeWeights[0], log(2), accuracy: 1e-15)
        XCTAssertEqual(three.stopReason, "round 2: weighted error 0.6667 reached 66.67 %")
    }

    func testSAMMEAndStagedErrors() throws {
        let data = try Datasets.blobs(count: 300, classes: 3, spread: 1.2, seed: 2)
        let (train, test) = try data.split(0.7, seed: 3)
        let boost = AdaBoost(rounds: 30)
        try boost.fit(train)
        // ln(K − 1) = ln 2 makes a stump with ε < 2/3 count: every say is positive.
        for (error, say) in zip(boost.treeErrors, boost.treeWeights) {
            XCTAssertEqual(say, log((1 - error) / error) + log(2), accuracy: 1e-12)
            XCTAssertGreaterThan(say, 0)
        }
        let staged = try boost.stagedErrors(on: train)
        XCTAssertEqual(staged.count, boost.roundCount)
        XCTAssertEqual(staged.last ?? 1, 1 - (try Metrics.accuracy(boost, on: train)), accuracy: 1e-12)
        XCTAssertLessThan(staged.last ?? 1, staged.first ?? 0)
        XCTAssertGreaterThan(try Metrics.accuracy(boost, on: test), 0.85)
        let rows = try boost.predict(test.features)
        for row in rows.rowArrays { XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-12) }
    }

    func testDeterministicAndBadInput() throws {
        let data = try TreeFixtures.noisy(count: 200, seed: 9)
        let a = AdaBoost(rounds: 15), b = AdaBoost(rounds: 15)
        try a.fit(data)
        try b.fit(data)
        XCTAssertEqual(a.treeWeights, b.treeWeights)
        XCTAssertThrowsError(try AdaBoost(rounds: 0).fit(data))
        XCTAssertThrowsError(try AdaBoost(learningRate: -1).fit(data)) { error in
            XCTAssertEqual((error as? MLError)?.message, "AdaBoost: learningRate must be > 0, got -1.0")
        }
        XCTAssertThrowsError(try AdaBoost(maxDepth: 0).fit(data))
        XCTAssertThrowsError(try a.predict(Tensor([1, 2])))
    }
}
