import XCTest
@testable import MLCore

/// CART classification trees against splits, impurities and importances worked out by hand.
final class DecisionTreeTests: XCTestCase {
    func testGiniAndEntropyByHand() {
        // [3, 4]: Gini 1 − (9 + 16)/49 = 24/49; entropy −(3/7 log₂ 3/7 + 4/7 log₂ 4/7).
        XCTAssertEqual(SplitCriterion.impurity(.gini, classWeights: [3, 4]), 24.0 / 49, accuracy: 1e-15)
        XCTAssertEqual(SplitCriterion.impurity(.entropy, classWeights: [3, 4]), 0.9852281360342515, accuracy: 1e-15)
        XCTAssertEqual(SplitCriterion.impurity(.gini, classWeights: [5, 0]), 0)
        XCTAssertEqual(SplitCriterion.impurity(.entropy, classWeights: [2, 2]), 1)
        XCTAssertEqual(SplitCriterion.impurity(.entropy, classWeights: [1, 1, 1, 1]), 2, accuracy: 1e-15)
        XCTAssertEqual(SplitCriterion.impurity(.gini, classWeights: [0, 0]), 0)
    }

    func testRootSplitComputedByHand() throws {
        let tree = DecisionTree(maxDepth: 1)
        try tree.fit(try TreeFixtures.seven())
        let root = try XCTUnwrap(tree.nodes.first)
        XCTAssertEqual(root.feature, 0)
        XCTAssertEqual(root.threshold, 4.5)
        XCTAssertEqual(root.samples, 7)
        XCTAssertEqual(root.impurity, 24.0 / 49, accuracy: 1e-15)
        let left = tree.nodes[try XCTUnwrap(root.left)], right = tree.nodes[try XCTUnwrap(root.right)]
        XCTAssertEqual(left.value, [0.75, 0.25])
        XCTAssertEqual(left.impurity, 0.375)
        XCTAssertEqual(right.value, [0, 1])
        XCTAssertEqual(tree.depth, 1)
        XCTAssertEqual(tree.leafCount, 2)
        XCTAssertEqual(try tree.classify(Tensor([[2, 0], [4.5, 0], [4.6, 0]])), [0, 0, 1])
        XCTAssertEqual(try tree.predict(Tensor([3.0, 9.0])).scalars, [0.75, 0.25])
    }

    func testSecondLevelAndTextByHand() throws {
        let tree = DecisionTree(maxDepth: 2)
        try tree.fit(try TreeFixtures.seven())
        XCTAssertEqual(tree.description, """
            x₁ ≤ 4.5  (gini 0.49, 7 samples, [3, 4])
            ├─ yes: x₂ ≤ 2  (gini 0.375, 4 samples, [3, 1])
            │  ├─ yes: class 1  (gini 0, 1 sample, [0, 1])
            │  └─ no: class 0  (gini 0, 3 samples, [3, 0])
            └─ no: class 1  (gini 0, 3 samples, [0, 3])
            """)
        XCTAssertEqual(tree.text(featureNames: ["mass", "pT"], classNames: ["background", "signal"], maxDepth: 0), """
            mass ≤ 4.5  (gini 0.49, 7 samples, [3, 4])
            ├─ yes: … (a subtree of 3 nodes, 1 deep)
            └─ no: … (a subtree of 1 nodes, 0 deep)
            """)
        XCTAssertEqual(try Metrics.accuracy(tree, on: try TreeFixtures.seven()), 1)
    }

    func testFeatureImportancesByHand() throws {
        // Root: 7·24/49 − 4·0.375 − 3·0 = 27/14 for x₁; left child: 4·0.375 = 21/14 for x₂.
        let tree = DecisionTree(maxDepth: 2)
        try tree.fit(try TreeFixtures.seven())
        XCTAssertEqual(tree.featureImportances[0], 27.0 / 48, accuracy: 1e-12)
        XCTAssertEqual(tree.featureImportances[1], 21.0 / 48, accuracy: 1e-12)
        let stump = DecisionTree(maxDepth: 1)
        try stump.fit(try TreeFixtures.seven())
        XCTAssertEqual(stump.featureImportances, [1, 0])
    }

    func testEntropyTreeAndWeights() throws {
        let tree = DecisionTree(criterion: .entropy, maxDepth: 1)
        try tree.fit(try TreeFixtures.seven())
        XCTAssertEqual(tree.nodes[0].impurity, 0.9852281360342515, accuracy: 1e-15)
        XCTAssertEqual(tree.nodes[0].threshold, 4.5)
        // Weight 0 leaves an example out; weight 3 counts it three times.
        let weighted = DecisionTree(maxDepth: 1)
        try weighted.fit(try TreeFixtures.seven(), sampleWeights: [1, 1, 3, 1, 1, 1, 0])
        XCTAssertEqual(weighted.nodes[0].samples, 6)
        XCTAssertEqual(weighted.nodes[0].weight, 8)
        // By hand: x₂ ≤ 2.5 leaves [0, 4] | [3, 1], weighted impurity 4·0.375 = 1.5, below x₁ ≤ 2.5's 6·10/36.
        XCTAssertEqual(weighted.nodes[0].feature, 1)
        XCTAssertEqual(weighted.nodes[0].threshold, 2.5)
    }

    func testMinimumSamplesAndPureStop() throws {
        let data = try TreeFixtures.seven()
        let leafy = DecisionTree(minSamplesLeaf: 3)
        try leafy.fit(data)
        XCTAssertTrue(leafy.nodes.filter(\.isLeaf).allSatisfy { $0.samples >= 3 })
        let unsplit = DecisionTree(minSamplesSplit: 8)
        try unsplit.fit(data)
        XCTAssertEqual(unsplit.nodeCount, 1)
        XCTAssertEqual(unsplit.featureImportances, [0, 0])
        let full = DecisionTree()
        try full.fit(data)
        XCTAssertEqual(try Metrics.accuracy(full, on: data), 1)
        XCTAssertTrue(full.nodes.filter(\.isLeaf).allSatisfy { $0.impurity == 0 })
    }

    func testMultiClassAndOneHotTargets() throws {
        let data = try Datasets.blobs(count: 150, classes: 3, spread: 0.5, seed: 1)
        let tree = DecisionTree(maxDepth: 3)
        try tree.fit(data)
        XCTAssertEqual(tree.classCount, 3)
        XCTAssertEqual(try tree.predict(data.features).shape, [150, 3])
        XCTAssertGreaterThan(try Metrics.accuracy(tree, on: data), 0.97)
        let oneHot = DecisionTree(maxDepth: 3)
        try oneHot.fit(try data.oneHotTargets(classes: 3))
        XCTAssertEqual(oneHot.nodes, tree.nodes)
    }

    func testSameSeedSameTree() throws {
        let data = try TreeFixtures.noisy(count: 300, seed: 4)
        func grow(_ seed: Int) throws -> [TreeNode] {
            let tree = DecisionTree(maxFeatures: .count(2), seed: seed)
            try tree.fit(data)
            return tree.nodes
        }
        XCTAssertEqual(try grow(1), try grow(1))
        XCTAssertNotEqual(try grow(1), try grow(2))
    }

    func testBadInputIsAnErrorNotACrash() throws {
        let seven = try TreeFixtures.seven()
        func message(_ body: () throws -> Void) -> String? {
            do { try body(); return nil } catch { return (error as? MLError)?.message }
        }
        let tree = DecisionTree()
        XCTAssertEqual(message { _ = try tree.predict(seven.features) }, "this DecisionTree is not fitted yet; call fit(_:) first")
        XCTAssertEqual(message { try tree.fit(try seven.subset(0..<0)) }, "a decision tree cannot be fitted on an empty data set")
        XCTAssertEqual(message { try tree.fit(try seven.subset([0, 1, 3])) },
                       "a decision tree needs examples of at least two classes, but every example has class 0")
        var nan = seven.features
        try nan.set(.nan, at: 2, 1)
        XCTAssertEqual(message { try tree.fit(try Dataset(features: nan, targets: seven.targets)) },
                       "a decision tree needs finite features, but feature 1 of example 2 is nan; drop or fill in missing values first")
        XCTAssertEqual(message { try tree.fit(try Dataset(features: seven.features, targets: Tensor([0, 1, 0.5, 1, 1, 0, 1]))) },
                       "a decision tree needs class labels 0, 1, 2, … (below 1000) as targets, but row 2 has 0.5")
        XCTAssertEqual(message { try DecisionTree(maxDepth: 0).fit(seven) }, "DecisionTree: maxDepth must be ≥ 1 (or nil for no limit), got 0")
        XCTAssertEqual(message { try DecisionTree(criterion: .squaredError).fit(seven) },
                       "DecisionTree: criterion .squaredError is for regression; use RegressionTree, or .gini or .entropy")
        XCTAssertEqual(message { try DecisionTree(maxFeatures: .count(0)).fit(seven) }, "maxFeatures must try at least 1 feature, got .count(0)")
        XCTAssertEqual(message { try tree.fit(seven, sampleWeights: [1, 2]) }, "a decision tree got 2 sample weights for 7 examples")
        XCTAssertEqual(message { try tree.fit(seven, sampleWeights: [1, 1, 1, -1, 1, 1, 1]) },
                       "sample weights must be finite and ≥ 0, but weight 3 is -1.0")
        try tree.fit(seven)
        XCTAssertEqual(message { _ = try tree.predict(Tensor([[1, 2, 3]])) },
                       "this decision tree was fitted on 2 features but got 3 (shape [1, 3])")
        XCTAssertEqual(message { _ = try tree.predict(Tensor([[1, .infinity]])) },
                       "this decision tree needs finite features, but feature 1 of example 0 is inf; drop or fill in missing values first")
    }
}
