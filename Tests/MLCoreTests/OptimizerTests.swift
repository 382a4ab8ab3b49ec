import XCTest
@testable import MLCore

/// Each update rule against three steps worked out from the torch.optim formulas
/// (θ₀ = 1, gradients 1, −2, 0.5), and the 2-D paths used for the optimiser comparison.
final class OptimizerTests: XCTestCase {
    func run(_ optimizer: Optimizer) -> [Double] {
        let theta = Parameter(Tensor([1]))
        return [1.0, -2.0, 0.5].map { g in
            theta.gradient = Tensor([g])
            optimizer.step([theta])
            return theta.value.scalars[0]
        }
    }

    func assertSteps(_ optimizer: Optimizer, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        let actual = run(optimizer)
        for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: 1e-12, file: file, line: line) }
    }

    func testPlainSGD() {
        assertSteps(SGD(learningRate: 0.1), [0.9, 1.1, 1.05])
        assertSteps(SGD(learningRate: 0.1, weightDecay: 0.01), [0.899, 1.098101, 1.047002899])
    }

    func testMomentumWithDampeningAndWeightDecay() {
        // b₁ = g₁ (no dampening on the first step), then b = μb + (1 − τ)g.
        assertSteps(SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.1, weightDecay: 0.01),
                    [0.899, 0.9872909, 1.02086414819])
    }

    func testNesterov() {
        // Step 1: b = 1, direction g + μb = 1.9, θ = 1 − 0.19 = 0.81.
        assertSteps(Nesterov(learningRate: 0.1, momentum: 0.9), [0.81, 1.109, 1.1031])
        XCTAssertEqual(Momentum(learningRate: 0.1).momentum, 0.9)
    }

    func testAdagrad() {
        assertSteps(Adagrad(learningRate: 0.1, learningRateDecay: 0.5, weightDecay: 0.01, initialAccumulator: 0.1),
                    [0.904568230825933, 0.9634346073440193, 0.9524114351437915])
    }

    func testRMSprop() {
        assertSteps(RMSprop(learningRate: 0.01), [0.9000000099999991, 0.9895323021991522, 0.9675849505350489])
        assertSteps(RMSprop(learningRate: 0.01, weightDecay: 0.1, momentum: 0.5, centered: true),
                    [0.8994962276568145, 0.9360697318109739, 0.9281980692043468])
    }

    func testAdam() {
        // Step 1: m̂ = 1, v̂ = 1, θ = 1 − 0.1 · 1 / (1 + 1e-8).
        assertSteps(Adam(learningRate: 0.1), [0.900000001, 0.9366103534720749, 0.9502794196738216])
        assertSteps(Adam(learningRate: 0.1, weightDecay: 0.1), [0.9000000009090909, 0.9310642948391922, 0.937642154937361])
    }

    func testVectorisedAdamMatchesTheScalarRule() {
        // Nine elements: two 4-wide blocks and a scalar tail, each a separate copy of the 1-D example.
        let adam = Adam(learningRate: 0.1, weightDecay: 0.1)
        let theta = Parameter(Tensor(Array(repeating: 1, count: 9)))
        var last: [Double] = []
        for g in [1.0, -2.0, 0.5] {
            theta.gradient = Tensor(Array(repeating: g, count: 9))
            adam.step([theta])
            last = theta.value.scalars
        }
        XCTAssertEqual(last, Array(repeating: run(Adam(learningRate: 0.1, weightDecay: 0.1))[2], count: 9))
    }

    func testStateIsPerParameterAndResets() {
        let adam = Adam(learningRate: 0.1)
        let a = Parameter(Tensor([1])), b = Parameter(Tensor([1, 1]))
        a.gradient = Tensor([1]); b.gradient = Tensor([1, 1])
        adam.step([a, b])
        XCTAssertEqual(a.value.scalars[0], 0.900000001, accuracy: 1e-12)
        XCTAssertEqual(b.value.scalars, [a.value.scalars[0], a.value.scalars[0]])
        adam.reset()
        XCTAssertEqual(run(adam)[0], 0.900000001, accuracy: 1e-12)
    }

    func testANewParameterNeverInheritsADiscardedOnesState() {
        // Parameters made and dropped in turn usually get the same address back; each must still
        // start with a fresh step count and fresh moments. A fresh Adam's first step moves θ by
        // exactly lr·sign(g) (up to ε); inherited moments of a different gradient would not.
        let adam = Adam(learningRate: 0.1)
        for k in 0..<20 {
            let theta = Parameter(Tensor([1]))
            let g: Double = k.isMultiple(of: 2) ? 3 : -1
            theta.gradient = Tensor([g])
            adam.step([theta])
            XCTAssertEqual(theta.value.scalars[0], 1 - 0.1 * (g > 0 ? 1 : -1), accuracy: 1e-7, "parameter \(k)")
        }
    }

    func testPathsOnTestFunctions() throws {
        let bowl = try TestFunction.bowl.path(from: (1, 1), optimizer: SGD(learningRate: 0.25), steps: 2)
        XCTAssertEqual(bowl.xs, [1, 0.5, 0.25])
        XCTAssertEqual(bowl.ys, [1, 0.5, 0.25])
        XCTAssertEqual(bowl.values, [2, 0.5, 0.125])
        let rosenbrock = try TestFunction.rosenbrock.path(from: (-1, 1), optimizer: Adam(learningRate: 0.05), steps: 2000)
        XCTAssertEqual(rosenbrock.end.x, 1, accuracy: 0.05)
        XCTAssertEqual(rosenbrock.end.y, 1, accuracy: 0.1)
        // On the ravine, momentum gets much closer to the minimum than plain SGD in the same steps.
        let plain = try TestFunction.ravine.path(from: (-5, 1), optimizer: SGD(learningRate: 0.04), steps: 50)
        let heavy = try TestFunction.ravine.path(from: (-5, 1), optimizer: Momentum(learningRate: 0.04, momentum: 0.8), steps: 50)
        XCTAssertLessThan(heavy.values.last ?? 9, plain.values.last ?? 0)
        // The saddle: starting on the ridge line y = 0 gradient descent stays on it.
        let saddle = try TestFunction.saddle.path(from: (1, 0), optimizer: SGD(learningRate: 0.1), steps: 10)
        XCTAssertEqual(saddle.ys.last, 0)
        XCTAssertThrowsError(try TestFunction.bowl.path(from: (0, 0), optimizer: SGD(), steps: -1))
    }

    func testGradientsOfTestFunctionsMatchFiniteDifferences() {
        for function in TestFunction.allCases {
            let g = function.gradient(x: 0.3, y: -0.7)
            let numeric = GradientCheck.numericalGradient(at: [0.3, -0.7]) { p in function.value(x: p[0], y: p[1]) }
            XCTAssertEqual(g.x, numeric[0], accuracy: 1e-5)
            XCTAssertEqual(g.y, numeric[1], accuracy: 1e-5)
        }
    }

    func testArgumentsThatTorchOptimRejectsAreRefused() throws {
        // torch.optim raises ValueError for each of these when the optimiser is made.
        let refused: [(Optimizer, String)] = [
            (SGD(learningRate: -0.1), "invalid learning rate: -0.1 (it must be ≥ 0)"),
            (SGD(momentum: -0.5), "invalid momentum: -0.5 (it must be ≥ 0)"),
            (SGD(weightDecay: -1), "invalid weight decay: -1.0 (it must be ≥ 0)"),
            (SGD(momentum: 0, nesterov: true), "Nesterov momentum needs a momentum > 0 and zero dampening, got momentum 0.0 and dampening 0.0"),
            (SGD(momentum: 0.9, dampening: 0.1, nesterov: true), "Nesterov momentum needs a momentum > 0 and zero dampening, got momentum 0.9 and dampening 0.1"),
            (Nesterov(momentum: 0), "Nesterov momentum needs a momentum > 0 and zero dampening, got momentum 0.0 and dampening 0.0"),
            (Adam(beta1: 1), "invalid beta1: 1.0 (it must be in [0, 1))"),
            (Adam(beta2: -0.1), "invalid beta2: -0.1 (it must be in [0, 1))"),
            (Adam(epsilon: -1e-8), "invalid epsilon: -1e-08 (it must be ≥ 0)"),
            (RMSprop(alpha: -0.9), "invalid alpha: -0.9 (it must be ≥ 0)"),
            (RMSprop(momentum: -1), "invalid momentum: -1.0 (it must be ≥ 0)"),
            (Adagrad(learningRateDecay: -0.1), "invalid learning-rate decay: -0.1 (it must be ≥ 0)"),
            (Adagrad(initialAccumulator: -1), "invalid initial accumulator: -1.0 (it must be ≥ 0)"),
        ]
        for (optimizer, message) in refused {
            XCTAssertThrowsError(try optimizer.validate()) { error in XCTAssertEqual("\(error)", "invalid argument: " + message) }
            XCTAssertThrowsError(try TestFunction.bowl.path(from: (1, 1), optimizer: optimizer, steps: 1))
        }
        for accepted in [SGD(), SGD(momentum: 0.9, dampening: 0.5), Nesterov(), Momentum(), Adam(), RMSprop(centered: true), Adagrad()] as [Optimizer] {
            XCTAssertNoThrow(try accepted.validate())
        }
        let model = try MLP([1, 1], seed: 1)
        let data = try Dataset(features: Tensor([[1]]), targets: Tensor([1]))
        XCTAssertThrowsError(try model.fit(data, loss: .meanSquaredError, optimizer: SGD(learningRate: -1), epochs: 1))
    }
}
