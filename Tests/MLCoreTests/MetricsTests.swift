import XCTest
@testable import MLCore

/// Accuracy, confusion matrices, ROC curves and AUC against hand-counted examples.
final class MetricsTests: XCTestCase {
    func testLabelsAndAccuracy() throws {
        XCTAssertEqual(Metrics.labels(Tensor([0.2, 0.5, 0.9])), [0, 1, 1])
        XCTAssertEqual(Metrics.labels(try Tensor([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]])), [1, 0])
        XCTAssertEqual(try Metrics.accuracy(Tensor([0.2, 0.6, 0.9, 0.4]), Tensor([0, 1, 0, 0])), 0.75)
        XCTAssertEqual(try Metrics.accuracy(try Tensor([[0.1, 0.9], [0.8, 0.2]]), Tensor([1, 1])), 0.5)
        XCTAssertThrowsError(try Metrics.accuracy(Tensor([1, 0]), Tensor([1])))
    }

    func testConfusionMatrix() throws {
        let matrix = try Metrics.confusionMatrix(predicted: [0, 1, 1, 2, 0], actual: [0, 1, 0, 2, 2], classes: 3)
        XCTAssertEqual(matrix, [[1, 1, 0], [0, 1, 0], [1, 0, 1]])
        XCTAssertThrowsError(try Metrics.confusionMatrix(predicted: [3], actual: [0], classes: 3))
        XCTAssertThrowsError(try Metrics.confusionMatrix(predicted: [0, 1], actual: [0], classes: 2))
    }

    func testROCCurveAndAUC() throws {
        // Scores 0.9(+) 0.8(−) 0.7(+) 0.1(−): thresholds step through (0,.5) (.5,.5) (.5,1) (1,1).
        let curve = try Metrics.rocCurve(scores: [0.9, 0.8, 0.7, 0.1], labels: [1, 0, 1, 0])
        XCTAssertEqual(curve.map(\.falsePositiveRate), [0, 0, 0.5, 0.5, 1])
        XCTAssertEqual(curve.map(\.truePositiveRate), [0, 0.5, 0.5, 1, 1])
        XCTAssertEqual(Metrics.auc(curve), 0.75)
        XCTAssertEqual(try Metrics.auc(scores: [0.1, 0.2, 0.8, 0.9], labels: [0, 0, 1, 1]), 1)
        XCTAssertEqual(try Metrics.auc(scores: [0.5, 0.5], labels: [0, 1]), 0.5)
        XCTAssertThrowsError(try Metrics.rocCurve(scores: [0.1], labels: [1]))
    }

    func testOneHot() throws {
        XCTAssertEqual(try Metrics.oneHot([2, 0], classes: 3).scalars, [0, 0, 1, 1, 0, 0])
        XCTAssertThrowsError(try Metrics.oneHot([3], classes: 3)) { error in
            XCTAssertEqual((error as? MLError)?.message, "class index 3.0 in row 0 is not in 0..<3")
        }
    }

    func testROCWithNaNScoresIsAnErrorLikeScikitLearns() {
        // sklearn's roc_curve raises "Input contains NaN." (and rejects infinities too).
        XCTAssertThrowsError(try Metrics.auc(scores: [0.2, .nan, 0.7, 0.4], labels: [0, 1, 1, 0])) { error in
            XCTAssertEqual("\(error)", "invalid argument: ROC scores must be finite numbers, got nan at index 1")
        }
        XCTAssertThrowsError(try Metrics.rocCurve(scores: [0.2, .infinity], labels: [0, 1]))
    }

    func testROCTakesTheLargerOfTwoLabelsAsPositiveAsScikitLearnDoes() throws {
        // The same ranking as testROCCurveAndAUC with labels −1/1 and 3/7: the same area, 0.75.
        XCTAssertEqual(try Metrics.auc(scores: [0.9, 0.8, 0.7, 0.1], labels: [1, -1, 1, -1]), 0.75)
        XCTAssertEqual(try Metrics.auc(scores: [0.9, 0.8, 0.7, 0.1], labels: [7, 3, 7, 3]), 0.75)
        XCTAssertEqual(try Metrics.auc(scores: [0.9, 0.8, 0.7, 0.1], labels: [0, 2, 0, 2]), 0.25)
        XCTAssertThrowsError(try Metrics.auc(scores: [0.9, 0.8, 0.7], labels: [0, 1, 2])) { error in
            XCTAssertEqual("\(error)", "invalid argument: ROC needs binary labels, got 3 distinct labels 0, 1, 2; compare one class against the rest first")
        }
        XCTAssertThrowsError(try Metrics.auc(scores: [0.9, 0.8], labels: [2, 2])) { error in
            XCTAssertEqual("\(error)", "invalid argument: ROC needs both positive and negative examples, got only label 2 (2 examples)")
        }
        XCTAssertThrowsError(try Metrics.auc(scores: [], labels: []))
    }
}
