import XCTest
@testable import MLCore

/// Networks' gradients from the tape against finite differences of the loss.
final class TensorAutodiffTests: XCTestCase {
    func gradientError(_ model: Sequential, _ data: Dataset, loss: Loss) throws -> Double {
        try GradientCheck.check(model, on: data, loss: loss)
    }

    func testEveryHiddenActivationWithEveryLoss() throws {
        let x = try Tensor.uniform([5, 3], low: -1, high: 1, seed: 1)
        let binary = try Dataset(features: x, targets: Tensor(shape: [5, 1], scalars: [1, 0, 0, 1, 1]))
        let classes = try Dataset(features: x, targets: Tensor(shape: [5, 1], scalars: [2, 0, 1, 1, 0]))
        let real = try Dataset(features: x, targets: Tensor.uniform([5, 2], low: -1, high: 1, seed: 2))
        for hidden in [Activation.sigmoid, .tanh, .relu, .leakyRelu, .identity] {
            let cases: [(Sequential, Dataset, Loss)] = [
                (try MLP([3, 4, 1], activation: hidden, output: .sigmoid, seed: 3), binary, .binaryCrossEntropy),
                (try MLP([3, 4, 1], activation: hidden, output: .identity, seed: 3), binary, .binaryCrossEntropyWithLogits),
                (try MLP([3, 4, 3], activation: hidden, output: .softmax, seed: 3), classes, .categoricalCrossEntropy),
                (try MLP([3, 4, 3], activation: hidden, output: .identity, seed: 3), classes, .categoricalCrossEntropyWithLogits),
                (try MLP([3, 4, 2], activation: hidden, output: .tanh, seed: 3), real, .meanSquaredError),
                (try MLP([3, 4, 2], activation: hidden, output: .softmax, seed: 3), real, .meanSquaredError),
                (try MLP([3, 4, 1], activation: hidden, output: .identity, seed: 3), binary.signedTargets, .hinge),
            ]
            for (model, data, loss) in cases {
                let error = try gradientError(model, data, loss: loss)
                XCTAssertLessThan(error, 1e-7, "\(hidden) hidden, \(loss)")
            }
        }
    }

    func testDeeperNetworkGradients() throws {
        let data = try Datasets.moons(count: 8, noise: 0.1, seed: 1)
        let model = try MLP([2, 5, 4, 3, 1], activation: .tanh, output: .sigmoid, initializer: .xavier, seed: 4)
        // 3e-7 with the old default step of 1e-6; 2e-8 now.
        XCTAssertLessThan(try gradientError(model, data, loss: .binaryCrossEntropy), 1e-7)
    }

    func testGradientCheckCatchesAWrongGradient() throws {
        let data = try Datasets.xor(count: 6, seed: 1)
        let model = try MLP([2, 3, 1], activation: .tanh, output: .sigmoid, seed: 2)
        XCTAssertLessThan(try GradientCheck.check(model, on: data, loss: .binaryCrossEntropy), 1e-6)
        // Checking sigmoid outputs against the logits loss compares two different functions' gradients.
        let wrong = try model.gradients(data, loss: .binaryCrossEntropy).flatMap(\.scalars)
        let right = try model.gradients(data, loss: .meanSquaredError).flatMap(\.scalars)
        XCTAssertGreaterThan(try GradientCheck.relativeError(wrong, right), 1e-2)
    }

    func testPenaltyGradientsAreAddedToWeightsOnly() throws {
        let model = try MLP([2, 2], seed: 1)
        let parameters = model.parameters
        for parameter in parameters { parameter.zeroGradient() }
        model.addPenalties(parameters, l1: 0.1, l2: 0.5)
        let w = parameters[0].value.scalars
        XCTAssertEqual(parameters[0].gradient.scalars, w.map { 0.5 * $0 + ($0 > 0 ? 0.1 : -0.1) })
        XCTAssertEqual(parameters[1].gradient.scalars, [0, 0])
        XCTAssertEqual(model.penalty(l1: 0.1, l2: 0.5), w.reduce(0) { $0 + 0.1 * abs($1) + 0.25 * $1 * $1 }, accuracy: 1e-15)
    }
}
