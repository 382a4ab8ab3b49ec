import XCTest
@testable import MLCore

/// Random forests: bagging, soft and hard voting, out-of-bag score, determinism across threads.
final class RandomForestTests: XCTestCase {
    func testBootstrapCountsAddUpAndLeaveAboutAThirdOut() {
        var generator = RandomGenerator(seed: 5)
        let counts = RandomForest.bootstrapCounts(10_000, &generator)
        XCTAssertEqual(counts.reduce(0, +), 10_000)
        let left = Double(counts.filter { $0 == 0 }.count) / 10_000
        XCTAssertEqual(left, 0.368, accuracy: 0.02)         // (1 − 1/n)ⁿ → 1/e
    }

    func testSameForestWhateverTheThreadCount() throws {
        let data = try TreeFixtures.noisy(count: 400, seed: 1)
        let one = RandomForest(trees: 12, seed: 7, threads: 1)
        let three = RandomForest(trees: 12, seed: 7, threads: 3)
        try one.fit(data)
        try three.fit(data)
        XCTAssertEqual(try one.predict(data.features), try three.predict(data.features))
        XCTAssertEqual(one.trees.map(\.nodes), three.trees.map(\.nodes))
        XCTAssertEqual(one.oobScore, three.oobScore)
        let other = RandomForest(trees: 12, seed: 8, threads: 1)
        try other.fit(data)
        XCTAssertNotEqual(try other.predict(data.features), try one.predict(data.features))
    }

    func testAveragedProbabilitiesVoteAndOutOfBag() throws {
        let train = try TreeFixtures.noisy(count: 600, seed: 2), test = try TreeFixtures.noisy(count: 400, seed: 3)
        let forest = RandomForest(trees: 40, seed: 1)
        try forest.fit(train)
        let probabilities = try forest.predict(test.features)
        XCTAssertEqual(probabilities.shape, [400, 2])
        // The average of the trees' own probabilities, tree by tree.
        var sum = [Double](repeating: 0, count: 800)
        for tree in forest.trees { for (i, p) in try tree.predict(test.features).scalars.enumerated() { sum[i] += p / 40 } }
        for (a, b) in zip(sum, probabilities.scalars) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        let soft = try forest.classify(test.features), hard = try forest.vote(test.features)
        XCTAssertGreaterThan(Double(zip(soft, hard).filter { $0 == $1 }.count) / 400, 0.95)
        let single = DecisionTree()
        try single.fit(train)
        let forestAccuracy = try Metrics.accuracy(forest, on: test), treeAccuracy = try Metrics.accuracy(single, on: test)
        XCTAssertGreaterThan(forestAccuracy, treeAccuracy)
        let oob = try XCTUnwrap(forest.oobScore)
        XCTAssertEqual(oob, forestAccuracy, accuracy: 0.06)
        XCTAssertEqual(forest.featureImportances.count, 5)
        XCTAssertEqual(forest.featureImportances.reduce(0, +), 1, accuracy: 1e-12)
        XCTAssertEqual(forest.featureImportances.firstIndex(of: forest.featureImportances.max() ?? 0), 0)
        XCTAssertTrue(forest.trees.allSatisfy { $0.maxFeatures == .sqrt })
    }

    func testWithoutBootstrapEveryTreeSeesEverything() throws {
        let data = try TreeFixtures.seven()
        let forest = RandomForest(trees: 3, maxFeatures: .all, bootstrap: false)
        try forest.fit(data)
        XCTAssertNil(forest.oobScore)
        XCTAssertTrue(forest.trees.allSatisfy { $0.nodes[0].samples == 7 })
        XCTAssertEqual(forest.description, "RandomForest of 3 trees on 2 features, 2 classes: depth 2–2, 3–3 leaves")
    }

    func testBadInput() throws {
        let data = try TreeFixtures.seven()
        XCTAssertThrowsError(try RandomForest(trees: 0).fit(data)) { error in
            XCTAssertEqual((error as? MLError)?.message, "RandomForest: trees must be ≥ 1, got 0")
        }
        XCTAssertThrowsError(try RandomForest(threads: 0).fit(data))
        XCTAssertThrowsError(try RandomForest().predict(data.features)) { error in
            XCTAssertEqual((error as? MLError)?.message, "this RandomForest is not fitted yet; call fit(_:) first")
        }
        XCTAssertThrowsError(try RandomForest().fit(try data.subset([2, 4]))) { error in
            XCTAssertEqual((error as? MLError)?.message, "a random forest needs examples of at least two classes, but every example has class 1")
        }
    }
}
