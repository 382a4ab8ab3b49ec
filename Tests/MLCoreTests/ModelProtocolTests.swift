import XCTest
@testable import MLCore

/// The model protocols: one metric call for a network, a tree and an ensemble.
final class ModelProtocolTests: XCTestCase {
    func testSequentialIsAClassifier() throws {
        let sigmoid = try MLP([2, 3, 1], activation: .tanh, output: .sigmoid, seed: 1)
        XCTAssertEqual(sigmoid.classCount, 2)
        XCTAssertEqual(sigmoid.outputKind, .probabilities)
        let x = try Tensor([[0.5, -1], [2, 1]])
        let p = try sigmoid.predict(x).scalars
        XCTAssertEqual(try sigmoid.classify(x), p.map { $0 >= 0.5 ? 1 : 0 })
        XCTAssertEqual(try sigmoid.probabilities(x).scalars, [1 - p[0], p[0], 1 - p[1], p[1]])
        XCTAssertEqual(try sigmoid.positiveClassScores(x), p)

        let logits = try MLP([2, 3, 1], activation: .tanh, output: .identity, seed: 1)
        XCTAssertEqual(logits.outputKind, .decisionValues)
        let scores = try logits.predict(x).scalars
        XCTAssertEqual(try logits.classify(x), scores.map { $0 >= 0 ? 1 : 0 })
        XCTAssertThrowsError(try logits.probabilities(x)) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "this Sequential gives decision values, not probabilities; use predict(_:) for its scores or classify(_:) for its classes")
        }
        let softmax = try MLP([2, 4, 3], output: .softmax, seed: 2)
        XCTAssertEqual(softmax.classCount, 3)
        XCTAssertThrowsError(try softmax.positiveClassScores(x))
        let twoLogits = try MLP([2, 2], output: .identity, seed: 2)
        let out = try twoLogits.predict(x).scalars
        XCTAssertEqual(try twoLogits.positiveClassScores(x), [out[1] - out[0], out[3] - out[2]])
    }

    func testMetricsTakeAnyClassifier() throws {
        let data = try TreeFixtures.seven()
        let tree = DecisionTree(maxDepth: 1)
        try tree.fit(data)
        // The stump misclassifies example 2 (label 1, leaf [3, 1] says 0).
        XCTAssertEqual(try Metrics.accuracy(tree, on: data), 6.0 / 7)
        XCTAssertEqual(try Metrics.confusionMatrix(tree, on: data), [[3, 0], [1, 3]])
        // Scores 0.25 for x₁ ≤ 4.5, 1 above: positives 2 (0.25) and 4, 5, 6 (1); negatives all 0.25.
        // AUC = P(score⁺ > score⁻) + ½ P(tie) = (3·3 + ½·1·3)/12 = 0.875.
        XCTAssertEqual(try Metrics.auc(tree, on: data), 0.875)
        XCTAssertEqual(try Metrics.rocCurve(tree, on: data).count, 3)
        let models: [any Classifier] = [tree, try MLP([2, 1], output: .sigmoid, seed: 1)]
        for model in models { XCTAssertEqual(try Metrics.confusionMatrix(model, on: data).count, 2) }
    }

    func testMetricErrors() throws {
        let tree = DecisionTree(maxDepth: 1)
        let data = try TreeFixtures.seven()
        try tree.fit(data)
        XCTAssertThrowsError(try Metrics.accuracy(tree, on: try data.subset(0..<0))) { error in
            XCTAssertEqual((error as? MLError)?.message, "accuracy needs at least one example, got an empty data set")
        }
        XCTAssertThrowsError(try Metrics.auc(tree, on: try Dataset(features: data.features, targets: Tensor([0, 1, -1, 0, 1, 1, 1])))) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "a ROC curve needs class labels 0, 1, 2, … (below 1000) as targets, but row 2 has -1.0")
        }
        let blobs = try Datasets.blobs(count: 30, classes: 3, seed: 1)
        let three = DecisionTree()
        try three.fit(blobs)
        XCTAssertThrowsError(try Metrics.auc(three, on: blobs)) { error in
            XCTAssertEqual((error as? MLError)?.message, "a score for class 1 needs a binary classifier, but this DecisionTree has 3 classes")
        }
    }
}
