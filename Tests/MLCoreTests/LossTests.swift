import XCTest
@testable import MLCore

/// Loss values worked out by hand, gradients against finite differences, and stability.
final class LossTests: XCTestCase {
    func testMeanSquaredError() throws {
        XCTAssertEqual(try Loss.meanSquaredError.value(Tensor([1, 2]), Tensor([0, 4])), 2.5)
        XCTAssertEqual(try Loss.meanSquaredError.gradient(Tensor([1, 2]), Tensor([0, 4])).scalars, [1, -2])
    }

    func testBinaryCrossEntropy() throws {
        let value = try Loss.binaryCrossEntropy.value(Tensor([0.8, 0.4]), Tensor([1, 0]))
        XCTAssertEqual(value, -(log(0.8) + log(0.6)) / 2, accuracy: 1e-15)
        // log 0 is clamped to −100, as PyTorch does, instead of giving infinity.
        XCTAssertEqual(try Loss.binaryCrossEntropy.value(Tensor([0]), Tensor([1])), 100)
    }

    func testBinaryCrossEntropyWithLogitsIsStable() throws {
        XCTAssertEqual(try Loss.binaryCrossEntropyWithLogits.value(Tensor([0]), Tensor([1])), log(2), accuracy: 1e-15)
        XCTAssertEqual(try Loss.binaryCrossEntropyWithLogits.value(Tensor([1000]), Tensor([0])), 1000)
        XCTAssertEqual(try Loss.binaryCrossEntropyWithLogits.value(Tensor([-1000]), Tensor([0])), 0)
        XCTAssertEqual(try Loss.binaryCrossEntropyWithLogits.gradient(Tensor([1000]), Tensor([0])).scalars, [1])
    }

    func testCategoricalCrossEntropyFromProbabilitiesAndLogits() throws {
        let probabilities = try Tensor([[0.7, 0.2, 0.1]])
        XCTAssertEqual(try Loss.categoricalCrossEntropy.value(probabilities, Tensor([0])), -log(0.7), accuracy: 1e-15)
        XCTAssertEqual(try Loss.categoricalCrossEntropy.value(probabilities, Tensor([[1, 0, 0]])), -log(0.7), accuracy: 1e-15)
        let logits = try Tensor([[1, 2, 3]])
        let expected = log(exp(1.0) + exp(2.0) + exp(3.0)) - 3
        XCTAssertEqual(try Loss.categoricalCrossEntropyWithLogits.value(logits, Tensor([2])), expected, accuracy: 1e-14)
        let huge = try Tensor([[1000, 0]])
        XCTAssertEqual(try Loss.categoricalCrossEntropyWithLogits.value(huge, Tensor([1])), 1000)
    }

    func testHingeAndZeroOne() throws {
        XCTAssertEqual(try Loss.hinge.value(Tensor([0.5, -2, 3]), Tensor([1, 0, -1])), 1.5)
        XCTAssertEqual(try Loss.hinge.gradient(Tensor([0.5, -2, 3]), Tensor([1, 0, -1])).scalars, [-1.0 / 3, 0, 1.0 / 3])
        XCTAssertEqual(try Loss.zeroOne.value(Tensor([0.9, 0.2, 0.6]), Tensor([1, 1, 0])), 2.0 / 3, accuracy: 1e-15)
        XCTAssertThrowsError(try Loss.zeroOne.gradient(Tensor([1]), Tensor([1])))
        XCTAssertEqual(try Loss.hinge.accuracy(Tensor([0.5, -2, 3]), Tensor([1, 0, -1])), 2.0 / 3, accuracy: 1e-15)
    }

    func testGradientsMatchFiniteDifferences() throws {
        let targets: [Loss: Tensor] = [
            .meanSquaredError: try Tensor([[0.3, -1], [2, 0.5]]),
            .binaryCrossEntropy: try Tensor([[1, 0], [0, 1]]),
            .binaryCrossEntropyWithLogits: try Tensor([[1, 0], [0, 1]]),
            .categoricalCrossEntropy: try Tensor([[1, 0], [0, 1]]),
            .categoricalCrossEntropyWithLogits: try Tensor([[1, 0], [0, 1]]),
            .hinge: try Tensor([[1, -1], [-1, 1]]),
        ]
        let point = try Tensor([[0.3, 0.6], [0.8, 0.45]])
        for (loss, target) in targets {
            let analytic = try loss.gradient(point, target).scalars
            let numeric = try GradientCheck.numericalGradient(at: point.scalars) { p in
                try loss.value(Tensor(shape: [2, 2], scalars: p), target)
            }
            XCTAssertLessThan(try GradientCheck.relativeError(analytic, numeric), 1e-6, "\(loss)")
        }
    }

    func testShapeMismatchNamesBothShapes() {
        XCTAssertThrowsError(try Loss.meanSquaredError.value(Tensor([1, 2, 3]), Tensor([1, 2]))) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "meanSquaredError needs predictions and targets of one shape, got [3] and [2]")
        }
        XCTAssertThrowsError(try Loss.categoricalCrossEntropy.value(Tensor([[0.5, 0.5]]), Tensor([3])))
    }
}
