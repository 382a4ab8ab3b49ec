import XCTest
@testable import MLCore

/// The perceptron rule: hand-traced updates, convergence when separable, none on XOR.
final class PerceptronTests: XCTestCase {
    func testLearnsANDByHandTracedUpdates() throws {
        let and = try Dataset(features: Tensor([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: Tensor([0, 0, 0, 1]))
        let perceptron = try Perceptron(inputs: 2)
        // Pass 1: (0,0) predicts 1 (z = 0 ≥ 0) → b = −1; (1,1) predicts 0 → w = (1, 1), b = 0;
        // that ends the pass with 2 mistakes.
        let mistakes = try perceptron.train(and, epochs: 20)
        XCTAssertEqual(mistakes.first, 2)
        XCTAssertEqual(mistakes.last, 0)
        XCTAssertEqual(try perceptron.predict(and.features).scalars, [0, 0, 0, 1])
        XCTAssertEqual(try perceptron.predict(Tensor([1, 1])).scalar, 1)
    }

    func testSeparatesBlobsButNotXOR() throws {
        let blobs = try Datasets.blobs(count: 100, spread: 0.4, seed: 1)
        let separable = try Perceptron(inputs: 2, seed: 2)
        XCTAssertEqual(try separable.train(blobs, learningRate: 0.1, epochs: 100).last, 0)
        let xor = try Perceptron(inputs: 2)
        let mistakes = try xor.train(Datasets.xorTable, epochs: 50)
        XCTAssertEqual(mistakes.count, 50)
        XCTAssertTrue(mistakes.allSatisfy { $0 > 0 })
    }

    func testShapeErrors() throws {
        let perceptron = try Perceptron(inputs: 3)
        XCTAssertThrowsError(try perceptron.predict(Tensor([1, 2])))
        XCTAssertThrowsError(try perceptron.train(Datasets.xorTable, epochs: 1))
        XCTAssertThrowsError(try Perceptron(inputs: 0))
    }
}
