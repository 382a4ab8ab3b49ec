import XCTest
@testable import MLCore

/// Dense layers, activations, dropout, initialisers and the MLP builder.
final class LayerTests: XCTestCase {
    func testDenseComputesWxPlusBStepByStep() throws {
        let layer = try Dense(weights: Tensor([[1, 2], [3, -4]]), bias: Tensor([0.5, -1]), activation: .relu)
        let x = Tensor([1, 1])
        XCTAssertEqual(try layer.preActivation(x).scalars, [3.5, -2])
        XCTAssertEqual(try layer.forward(x).scalars, [3.5, 0])
        XCTAssertEqual(try layer.forward(Tensor([[1, 1], [0, 1]])).scalars, [3.5, 0, 2.5, 0])
        XCTAssertThrowsError(try layer.forward(Tensor([1, 2, 3]))) { error in
            XCTAssertEqual((error as? MLError)?.message, "this layer takes 2 inputs, got a vector of shape [3]")
        }
        try layer.setWeights(Tensor([[0, 0], [0, 1]]))
        try layer.setBias(Tensor([1, 1]))
        XCTAssertEqual(try layer.forward(x).scalars, [1, 2])
        XCTAssertThrowsError(try layer.setWeights(Tensor([1, 2])))
        XCTAssertThrowsError(try Dense(weights: Tensor([[1, 2]]), bias: Tensor([1, 2])))
        XCTAssertEqual(layer.description, "Dense(2 → 2, activation: relu)")
    }

    func testActivationValues() throws {
        XCTAssertEqual(Activation.sigmoid(0), 0.5)
        XCTAssertEqual(Activation.relu(-3), 0)
        XCTAssertEqual(Activation.leakyRelu(-2), -0.02)
        XCTAssertEqual(Activation.step(0), 1)
        XCTAssertEqual(Activation.step(-0.1), 0)
        XCTAssertEqual(Activation.identity(-7), -7)
        XCTAssertEqual(Activation.tanh(0), 0)
        let softmax = Activation.softmax(try Tensor([[1, 2, 3], [0, 0, 0]]))
        XCTAssertEqual(softmax.scalars[3], 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(try softmax.sum(axis: 1).scalars[0], 1, accuracy: 1e-15)
        XCTAssertEqual(Activation.softmax(Tensor([1000, 0])).scalars, [1, 0])
        XCTAssertEqual(Activation.sigmoid.derivative(0), 0.25)
        XCTAssertEqual(Activation.leakyRelu.derivative(-1), 0.01)
    }

    func testActivationDerivativesMatchFiniteDifferences() {
        for activation in [Activation.sigmoid, .tanh, .relu, .leakyRelu, .identity] {
            for z in [-1.3, 0.4, 2.2] {
                let numeric = (activation(z + 1e-6) - activation(z - 1e-6)) / 2e-6
                XCTAssertEqual(activation.derivative(z), numeric, accuracy: 1e-8, "\(activation) at \(z)")
            }
        }
    }

    func testMLPParameterCountAndSummary() throws {
        let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
        XCTAssertEqual(model.parameterCount, 337)
        XCTAssertEqual(model.denseLayers.count, 3)
        XCTAssertEqual(model.summary, """
            Layer                     Output  Parameters
            ────────────────────────────────────────────
            1. Dense 2 → 16, relu     [16]            48
            2. Dense 16 → 16, relu    [16]           272
            3. Dense 16 → 1, sigmoid  [1]             17
            ────────────────────────────────────────────
            Total parameters: 337
            """)
        XCTAssertEqual(model.description, "Sequential(Dense(2 → 16, activation: relu), Dense(16 → 16, activation: relu), Dense(16 → 1, activation: sigmoid))")
    }

    func testMLPIsDeterministicForASeed() throws {
        let a = try MLP([3, 4, 2], seed: 5), b = try MLP([3, 4, 2], seed: 5), c = try MLP([3, 4, 2], seed: 6)
        XCTAssertEqual(a.parameters.map(\.value), b.parameters.map(\.value))
        XCTAssertNotEqual(a.parameters.map(\.value), c.parameters.map(\.value))
    }

    func testBadNetworksThrow() {
        XCTAssertThrowsError(try MLP([2]))
        XCTAssertThrowsError(try MLP([2, 0, 1]))
        XCTAssertThrowsError(try Sequential([try Dense(2, 3), try Dense(4, 1)])) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "layer 1 (Dense(4 → 1, activation: identity)) takes 4 inputs but the layer before it gives 3")
        }
        XCTAssertThrowsError(try Dropout(1))
    }

    func testInitialisers() throws {
        var generator = RandomGenerator(seed: 1)
        let uniform = try Dense(100, 50, initializer: .uniform, generator: &generator)
        XCTAssertLessThanOrEqual(uniform.weights.magnitude.max() ?? 1, 0.1)
        XCTAssertGreaterThan(uniform.weights.magnitude.max() ?? 0, 0.09)
        XCTAssertNotEqual(uniform.bias.magnitude.max(), 0)
        let xavier = try Dense(100, 50, initializer: .xavier, generator: &generator)
        XCTAssertLessThanOrEqual(xavier.weights.magnitude.max() ?? 1, (6.0 / 150).squareRoot())
        XCTAssertEqual(xavier.bias.magnitude.max(), 0)
        let he = try Dense(200, 100, initializer: .he, generator: &generator)
        let deviation = (he.weights.squared.mean()).squareRoot()
        XCTAssertEqual(deviation, 0.1, accuracy: 0.005)
        let zeros = try Dense(3, 2, initializer: .zeros, generator: &generator)
        XCTAssertEqual(zeros.weights.sum(), 0)
    }

    func testDropoutScalesKeptUnitsAndIsOffAtInference() throws {
        let dropout = try Dropout(0.25)
        let input = try Tensor.ones([100, 100])
        XCTAssertEqual(try dropout.forward(input), input)
        var generator = RandomGenerator(seed: 2)
        let tape = Tape()
        let x = tape.variable(input)
        let output = try dropout.record(x, training: true, generator: &generator)
        let kept = output.value.scalars.filter { $0 != 0 }
        XCTAssertEqual(Double(kept.count) / 10_000, 0.75, accuracy: 0.02)
        XCTAssertTrue(kept.allSatisfy { $0 == 1 / 0.75 })
        try output.sum().backward()
        XCTAssertEqual(x.gradient, output.value, "the gradient is the mask")
    }

    func testActivationsFollowTheForwardPass() throws {
        let model = try MLP([2, 3, 1], activation: .tanh, output: .sigmoid, seed: 1)
        let x = try Tensor([[0.5, -1]])
        let steps = try model.activations(x)
        XCTAssertEqual(steps.count, 3)
        let first = model.denseLayers[0]
        let h1 = try Activation.tanh(x.matmul(first.weights.transposed) + first.bias)
        XCTAssertEqual(steps[1], h1)
        XCTAssertEqual(steps[2], try model.predict(x))
    }
}
