import XCTest
@testable import Interpreter

/// MLCore through the bridge: construction, calls, printing, implicit members, defaults,
/// operators, subscripts, mutating structs, setters, subclasses and closures into natives.
final class LessonLibraryTests: XCTestCase {
    func testTensorsPrintAndComputeLikeCompiledSwift() {
        assertOutput("""
        let t = Tensor([[1.0, 2.0], [3.0, 4.0]])
        print(t)
        print(t[1, 0], t.shape, (t + t)[0, 1], (t * 2.0).scalars, (-t).sum(), (1.0 - t).scalars)
        var u = try Tensor.zeros([2])
        u += 1.5
        print(u, [Tensor([1.0])])
        """, """
        [[1.0, 2.0],
         [3.0, 4.0]]
        3.0 [2, 2] 4.0 [2.0, 4.0, 6.0, 8.0] -10.0 [0.0, -1.0, -2.0, -3.0]
        [1.5, 1.5] [Tensor(shape: [1], [1.0])]

        """)
    }

    func testTensorElementsReadByIntIndexInEverySpelling() {
        assertOutput("""
        let t = Tensor([0.5, 1.5, 2.5])
        var total = 0.0
        for i in 0..<6 { total += try t[i % 3] }
        func at(_ k: Int) throws -> Double { try t[k] }
        let index = 2
        print(total, try at(1), try t[index], try t[0] + t[1])
        do { _ = try t[3] } catch { print("caught:", error) }
        """, """
        9.0 1.5 2.5 2.0
        caught: invalid argument: index 3 is out of range for axis 0 of size 3

        """)
        assertError("let t = Tensor([1.0])\nlet x = try 1️⃣t[-1]", "uncaught error: invalid argument: index -1 is out of range for axis 0 of size 1")
    }

    func testScalarAutodiffWithOperatorsAndCompoundAssignment() {
        // f = x·y + 1 + x at x = 2, y = 3: f = 9, ∂f/∂x = y + 1 = 4, ∂f/∂y = x = 2.
        assertOutput("""
        let x = Value(2, "x"), y = Value(3, "y")
        var f = x * y + 1
        f += x
        f.backward()
        print(f.value, x.grad, y.grad, (-x).value, (2 * y / 3).value)
        """, "9.0 4.0 2.0 -2.0 2.0\n")
    }

    func testActivationsAreCallableEnumsWithImplicitMembers() {
        assertOutput("""
        let f: Activation = .relu
        let all: [Activation] = [.sigmoid, .tanh]
        print(f(-1.0), f(2.0), Activation.sigmoid(0.0), f == .relu, f == Activation.tanh, all, Activation.leakySlope)
        print(Activation.sigmoid(Tensor([0.0])), Activation.sigmoid.derivative(0))
        """, "0.0 2.0 0.5 true false [sigmoid, tanh] 0.01\n[0.5] 0.25\n")
    }

    func testImplicitMembersAndDefaultsInCalls() {
        assertOutput("""
        let d = Dense(2, 1, activation: .sigmoid, initializer: .zeros)
        print(d, d.weights, Dense(3, 2).activation)
        let m = MLP([2, 3, 1])
        print(m.parameterCount, m.layers.count)
        print(LearningRateSchedule.step(every: 10, factor: 0.5).learningRate(initial: 1, epoch: 25))
        """, "Dense(2 → 1, activation: sigmoid) [[0.0, 0.0]] identity\n13 2\n0.25\n")
    }

    func testMutatingMethodsWriteBackToTheVariable() {
        assertOutput("""
        var rng = RandomGenerator(seed: 1)
        let a = rng.uniform()
        let b = rng.uniform()
        var copy = rng
        print(a != b, copy.uniform() == rng.uniform())
        var order = [1, 2, 3, 4, 5]
        rng.shuffle(&order)
        print(order.sorted() == [1, 2, 3, 4, 5], order != [1, 2, 3, 4, 5])
        """, "true true\ntrue true\n")
    }

    func testSettersAndSubclassesWhereTheSuperclassIsExpected() {
        // One SGD step with rate 1: w ← w − g.
        assertOutput("""
        let opt: Optimizer = SGD(learningRate: 0.1)
        print(opt, opt.learningRate)
        opt.learningRate = 0.05
        print(opt.learningRate)
        let p = Parameter(Tensor([1.0, 2.0]), name: "w")
        p.gradient = Tensor([0.5, 0.5])
        SGD(learningRate: 1).step([p])
        print(p.value, p)
        """, "SGD(learningRate: 0.1) 0.1\n0.05\n[0.5, 1.5] Parameter w [2]\n")
    }

    func testLessonClosuresPassedIntoNatives() {
        // ∇(x² + 3y) at (1, 2) = (2, 3); d(a·b)/da = b, checked against finite differences.
        assertOutput("""
        print(GradientCheck.numericalGradient(at: [1.0, 2.0]) { v in v[0] * v[0] + 3 * v[1] }.map { ($0 * 1000).rounded() / 1000 })
        let err = try GradientCheck.check([Value(1), Value(2)]) { v in v[0] * v[1] }
        print(err < 1e-6)
        """, "[2.0, 3.0]\ntrue\n")
        assertError("let e = try GradientCheck.check([Value(1)]) { v in 1️⃣[v[0]][3] }", "index 3 out of range for array of 1 element")
    }

    func testLabelledTuplesStaticPropertiesAndNamespaces() {
        assertOutput("""
        print(Datasets.xorTable.count, TestFunction.ravine.value(x: 1, y: 1), TestFunction.bowl.gradient(x: 1, y: 2))
        let (train, validation) = try Datasets.moons(count: 10, seed: 1).split(0.8, seed: 2)
        print(train.count, validation.count)
        let e = try MLP([2, 3, 1]).evaluate(train, loss: .meanSquaredError)
        print(e.loss > 0, type(of: e.accuracy))
        """, "4 10.1 (x: 2.0, y: 4.0)\n8 2\ntrue Double\n")
    }

    func testMismatchedCallsListTheOverloads() {
        assertError("let d = 1️⃣Dense(2, outputs: 3)",
                    "no 'Dense' accepts (_: Int, outputs: Int); available: init(_: Int, _: Int, activation: Activation = .identity, initializer: Initializer = .uniform, seed: Int = 0), init(weights: Tensor, bias: Tensor, activation: Activation = .identity)")
        assertError("let t = Tensor.1️⃣zeros(3)",
                    "no 'Tensor.zeros' accepts (_: Int); available: zeros(_: [Int])")
    }

    func testNativeErrorsAreLocatedAndCatchable() {
        assertError("let m = MLP([2, 1])\nlet y = try m.1️⃣predict(Tensor([1.0, 2.0, 3.0]))",
                    "uncaught error: shape mismatch: this layer takes 2 inputs, got a vector of shape [3]")
        assertOutput("let t = try? Tensor([[1.0], [2.0, 3.0]])\nprint(t == nil)", "true\n")
    }

    func testBridgedValuesDoNotConvertToScalars() {
        assertError("let x = Value(1)\nlet total: Double = 1️⃣x + x", "cannot convert value of type 'Value' to specified type 'Double'")
    }

    func testOperatorsAsFunctionValuesStillWorkForBuiltinsAndNatives() {
        assertOutput("""
        print([1, 2, 3].reduce(0, +), [1.5, 2.0].reduce(0, +), zip([1, 2], [3, 4]).map(*))
        print([Tensor([1.0]), Tensor([2.0])].reduce(Tensor([0.0]), +))
        """, "6 3.5 [3, 8]\n[3.0]\n")
    }

    func testFitWithImplicitScheduleAndDefaults() {
        assertOutput("""
        let data = try Datasets.moons(count: 32, seed: 1)
        let model = MLP([2, 4, 1], output: .sigmoid, seed: 2)
        let h = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.4), epochs: 4,
                              batchSize: 8, schedule: .step(every: 2, factor: 0.5))
        print(h.learningRates, h.epochs, h.validationLoss.isEmpty)
        """, "[0.4, 0.4, 0.2, 0.2] 4 true\n")
    }
}
