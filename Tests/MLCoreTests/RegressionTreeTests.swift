import XCTest
@testable import MLCore

/// CART regression trees: squared-error splits and leaf means by hand.
final class RegressionTreeTests: XCTestCase {
    /// x = 1…6, y = 1 1 1 5 5 6: the best split is x ≤ 3.5 (means 1 and 16/3).
    private func steps() throws -> Dataset {
        try Dataset(features: Tensor([1, 2, 3, 4, 5, 6]), targets: Tensor([1, 1, 1, 5, 5, 6]))
    }

    func testSplitAndLeafMeansByHand() throws {
        let tree = RegressionTree(maxDepth: 1)
        try tree.fit(try steps())
        let root = tree.nodes[0]
        XCTAssertEqual(root.threshold, 3.5)
        XCTAssertEqual(root.value[0], 19.0 / 6, accuracy: 1e-15)
        // Variance: Σ(y − 19/6)²/6 = (3·(13/6)² + 2·(11/6)² + (17/6)²)/6 = 173/36.
        XCTAssertEqual(root.impurity, 173.0 / 36, accuracy: 1e-12)
        XCTAssertEqual(try tree.predict(Tensor([[2], [5]])).scalars.map { ($0 * 1e12).rounded() / 1e12 }, [1, 16.0 / 3].map { ($0 * 1e12).rounded() / 1e12 })
        XCTAssertEqual(tree.text(), """
            x₁ ≤ 3.5  (squared error 4.81, 6 samples)
            ├─ yes: value 1  (squared error 0, 3 samples)
            └─ no: value 5.333  (squared error 0.222, 3 samples)
            """)
        XCTAssertEqual(try Metrics.meanSquaredError(tree, on: try steps()), (0 + 3 * 2.0 / 9) / 6, accuracy: 1e-12)
    }

    func testDeepTreeInterpolatesTheTrainingData() throws {
        let data = try Datasets.sine(count: 60, noise: 0.1, seed: 3)
        let tree = RegressionTree()
        try tree.fit(data)
        XCTAssertEqual(try Metrics.meanSquaredError(tree, on: data), 0, accuracy: 1e-24)
        let shallow = RegressionTree(maxDepth: 2)
        try shallow.fit(data)
        XCTAssertEqual(shallow.leafCount, 4)
        XCTAssertEqual(shallow.featureImportances, [1])
    }

    func testConstantTargetsGiveOneLeaf() throws {
        let tree = RegressionTree()
        try tree.fit(try Dataset(features: Tensor([1, 2, 3]), targets: Tensor([1000.1, 1000.1, 1000.1])))
        XCTAssertEqual(tree.nodeCount, 1)
    }

    func testBadInput() throws {
        let tree = RegressionTree()
        XCTAssertThrowsError(try tree.fit(try Dataset(features: Tensor([1, 2]), targets: Tensor([1, .nan])))) { error in
            XCTAssertEqual((error as? MLError)?.message, "a regression tree needs finite targets, but example 1 has nan")
        }
        XCTAssertThrowsError(try tree.fit(try Dataset(features: Tensor([1, 2]), targets: Tensor([[1, 2], [3, 4]])))) { error in
            XCTAssertEqual((error as? MLError)?.message, "a regression tree predicts one number per example, but the targets have 2 columns")
        }
        XCTAssertThrowsError(try RegressionTree(minSamplesLeaf: 0).fit(try steps())) { error in
            XCTAssertEqual((error as? MLError)?.message, "RegressionTree: minSamplesLeaf must be ≥ 1, got 0")
        }
    }
}
