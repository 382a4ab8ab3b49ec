import Foundation
import XCTest
@testable import MLCore

/// The scalar autodiff engine, on the lecture's own examples and against finite differences.
final class ValueAutodiffTests: XCTestCase {
    func testLectureCircuitAddThenMultiply() {
        let x = Value(-2, "x"), y = Value(5, "y"), z = Value(-4, "z")
        let f = (x + y) * z
        f.backward()
        XCTAssertEqual(f.value, -12)
        XCTAssertEqual([x.grad, y.grad, z.grad], [-4, -4, 3])
        XCTAssertEqual("\(x.grad) \(y.grad) \(z.grad)", "-4.0 -4.0 3.0")
    }

    func testLectureSigmoidNeuronWithSigmoidGate() {
        let w0 = Value(2, "w0"), x0 = Value(-1, "x0"), w1 = Value(-3, "w1"), x1 = Value(-2, "x1"), w2 = Value(-3, "w2")
        let f = (w0 * x0 + w1 * x1 + w2).sigmoid()
        f.backward()
        XCTAssertEqual(f.value, 0.7310585786300049, accuracy: 1e-15)
        let local = 0.7310585786300049 * (1 - 0.7310585786300049)   // σ(1)(1 − σ(1)) ≈ 0.19661
        XCTAssertEqual(w0.grad, -local, accuracy: 1e-12)
        XCTAssertEqual(x0.grad, 2 * local, accuracy: 1e-12)
        XCTAssertEqual(w1.grad, -2 * local, accuracy: 1e-12)
        XCTAssertEqual(x1.grad, -3 * local, accuracy: 1e-12)
        XCTAssertEqual(w2.grad, local, accuracy: 1e-12)
        // The slide's rounded numbers.
        XCTAssertEqual((f.value * 100).rounded() / 100, 0.73)
        XCTAssertEqual([w0.grad, x0.grad, w1.grad, x1.grad, w2.grad].map { ($0 * 100).rounded() / 100 },
                       [-0.2, 0.39, -0.39, -0.59, 0.2])
    }

    func testLectureSigmoidNeuronDecomposedIntoGates() {
        let w0 = Value(2, "w0"), x0 = Value(-1, "x0"), w1 = Value(-3, "w1"), x1 = Value(-2, "x1"), w2 = Value(-3, "w2")
        let z = w0 * x0 + w1 * x1 + w2
        let f = 1 / ((z * -1).exp() + 1)
        f.backward()
        XCTAssertEqual(f.value, 0.7310585786300049, accuracy: 1e-15)
        XCTAssertEqual(w0.grad, -0.19661193324148185, accuracy: 1e-12)
        XCTAssertEqual(x0.grad, 0.3932238664829637, accuracy: 1e-12)
        XCTAssertEqual(w1.grad, -0.3932238664829637, accuracy: 1e-12)
        XCTAssertEqual(x1.grad, -0.5898357997244456, accuracy: 1e-12)
        XCTAssertEqual(w2.grad, 0.19661193324148185, accuracy: 1e-12)
        XCTAssertEqual(f.graph().nodes.map(\.op).suffix(4), ["*-1", "exp", "+1", "1/x"])
    }

    func testGraphSnapshotListsNodesAndEdges() {
        let x = Value(-2, "x"), y = Value(5, "y"), z = Value(-4, "z")
        let q = (x + y).named("q")
        let f = (q * z).named("f")
        f.backward()
        let graph = f.graph()
        XCTAssertEqual(graph.nodes.map(\.label), ["x", "y", "q", "z", "f"])
        XCTAssertEqual(graph.nodes.map(\.op), ["", "", "+", "", "*"])
        XCTAssertEqual(graph.nodes[4].parents, [2, 3])
        XCTAssertEqual(graph.nodes[2].grad, -4)
        XCTAssertEqual(graph.edges, [.init(from: 0, to: 2), .init(from: 1, to: 2), .init(from: 2, to: 4), .init(from: 3, to: 4)])
    }

    func testBackwardTwiceGivesTheSameGradients() {
        let a = Value(3)
        let f = a * a + a
        f.backward()
        f.backward()
        XCTAssertEqual(a.grad, 7)    // d/da (a² + a) = 2a + 1
    }

    func testEveryOperationAgainstFiniteDifferences() throws {
        let inputs = [Value(0.7), Value(-1.3), Value(2.1)]
        let error = try GradientCheck.check(inputs) { v in
            let (a, b, c) = (v[0], v[1], v[2])
            let terms = (a * b - c / a).tanh() + c.power(3) - (b * b).exp().log()
            return terms + (a - b).sigmoid() * (c + 2) + (b * -1).relu() / c + 1 / (a + 3) - (2 - c) + (-a) * 0.5
        }
        XCTAssertLessThan(error, 1e-7)
    }

    func testDescriptionAndDataAlias() {
        let x = Value(1.5, "x")
        x.data = 2
        XCTAssertEqual(x.value, 2)
        XCTAssertEqual("\(x)", "Value x(value: 2.0, grad: 0.0)")
    }

    /// Runs `body` on a thread with a 256 KiB stack: natively recursive code over a graph a
    /// hundred thousand nodes deep would overflow it.
    func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { body(); done.signal() }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
    }

    func testAMillionNodeChainIsFreedWithoutRecursion() {
        onSmallStack {
            var v = Value(1.0)
            for _ in 0..<1_000_000 { v = v + 1.0 }
            v.backward()
            XCTAssertEqual(v.grad, 1)
            XCTAssertEqual(v.value, 1_000_001)
            v = Value(0)  // the chain is freed here
        }
    }

    func testSelfAddedHundredThousandTimes() {
        onSmallStack {
            let x = Value(1.0)
            var v = x
            for _ in 0..<100_000 { v = v + v }
            v.backward()
            XCTAssertEqual(v.grad, 1)
            XCTAssertEqual(x.grad, .infinity, "2^100000 overflows")
            XCTAssertEqual(v.topologicalOrder().count, 100_001)
        }
    }

    func testDeepChainDoesNotOverflowTheStack() {
        var total = Value(0)
        let one = Value(1, "one")
        for _ in 0..<20_000 { total = total + one }
        total.backward()
        XCTAssertEqual(total.value, 20_000)
        XCTAssertEqual(one.grad, 20_000)
    }

    func testNumericalGradientOfAPolynomial() throws {
        let gradient = GradientCheck.numericalGradient(at: [1, 2]) { p in p[0] * p[0] * p[1] }
        XCTAssertEqual(gradient[0], 4, accuracy: 1e-8)
        XCTAssertEqual(gradient[1], 1, accuracy: 1e-8)
        XCTAssertEqual(try GradientCheck.relativeError([1, 2], [1, 2.002]), 0.002 / 2.002, accuracy: 1e-12)
        XCTAssertThrowsError(try GradientCheck.relativeError([1], [1, 2]))
    }
}
