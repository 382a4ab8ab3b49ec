import XCTest
@testable import MLCore

/// The tensor tape: every operation's gradient against central differences, values worked out
/// by hand, accumulation, parameters, errors and the budget.
final class TapeTests: XCTestCase {
    let a = try! Tensor([[0.5, -1.2], [2.0, 0.3], [-0.7, 1.1]])        // [3, 2]
    let b = try! Tensor([[1.5, 0.4], [-0.6, 2.2], [0.9, -1.3]])        // [3, 2]
    let positive = try! Tensor([[0.5, 1.2], [2.0, 0.3], [0.7, 1.1]])   // [3, 2], > 0
    let row = Tensor([0.8, -1.5])                                       // [2]
    let column = try! Tensor([[0.4], [-2.0], [1.3]])                   // [3, 1]
    let tolerance = 1e-7

    /// The largest relative error of the tape's gradient of `f` against central differences.
    func assertGradient(_ inputs: [Tensor], _ name: String, file: StaticString = #filePath, line: UInt = #line,
                        _ f: ([Tracked]) throws -> Tracked) {
        do {
            let error = try GradientCheck.check(inputs, f)
            XCTAssertLessThan(error, tolerance, name, file: file, line: line)
        } catch {
            XCTFail("\(name): \(error)", file: file, line: line)
        }
    }

    func testHandWorkedExample() throws {
        let tape = Tape()
        let w = tape.variable(try Tensor([[1, 2], [3, 4]]))
        let x = tape.constant(Tensor([1, -1]))
        let loss = try w.matmul(x).squared.sum()          // (1 − 2)² + (3 − 4)² = 2
        try loss.backward()
        XCTAssertEqual(loss.value.scalars, [2])
        // ∂/∂W of Σᵢ (Wx)ᵢ² is 2·(Wx)·xᵀ = 2·[−1, −1]ᵀ·[1, −1].
        XCTAssertEqual(w.gradient, try Tensor([[-2, 2], [-2, 2]]))
        XCTAssertEqual(x.gradient.scalars, [0, 0], "a constant gets no gradient")
        XCTAssertFalse(x.requiresGradient)
    }

    func testArithmeticWithBroadcasting() {
        for (name, other) in [("same shape", b), ("row", row), ("column", column), ("scalar", Tensor(scalar: 1.7))] {
            assertGradient([a, other], "+ \(name)") { v in try (v[0] + v[1]).squared.sum() }
            assertGradient([a, other], "- \(name)") { v in try (v[1] - v[0]).squared.sum() }
            assertGradient([a, other], "* \(name)") { v in try (v[0] * v[1]).squared.sum() }
            assertGradient([a, other.magnitude + 0.5], "/ \(name)") { v in try (v[0] / v[1]).squared.sum() }
        }
        assertGradient([a], "with doubles") { v in
            let x = v[0]
            let shifted: Tracked = ((x + 2) - 0.5) * 3 / 4
            let mixed: Tracked = try shifted + (1 - x) + 2 * x - (-x)
            let denominator: Tracked = try x * x + 1
            return try (mixed * (5 / denominator)).sum()
        }
        assertGradient([a, b], "with a constant tensor") { v in
            let first: Tracked = try v[0] * self.b + self.row
            return try ((first - self.a) / self.positive * v[1]).sum()
        }
    }

    func testElementwiseFunctions() {
        let cases: [(String, (Tracked) throws -> Tracked)] = [
            ("exp", { $0.exp }), ("log", { $0.log }), ("log floor", { $0.log(floor: -100) }),
            ("squareRoot", { $0.squareRoot }), ("squared", { $0.squared }), ("magnitude", { $0.magnitude }),
            ("power", { $0.power(2.5) }), ("clamped", { $0.clamped(0.4, 1.5) }), ("tanh", { $0.tanh }),
            ("sigmoid", { $0.sigmoid }), ("relu", { $0.relu }), ("leakyRelu", { $0.leakyRelu }),
        ]
        for (name, f) in cases {
            assertGradient([positive, b], name) { v in try (f(v[0]) * v[1]).sum() }
        }
        for (name, f) in cases where !["log", "log floor", "squareRoot", "power"].contains(name) {
            assertGradient([a, b], "\(name) of signed values") { v in try (f(v[0]) * v[1]).sum() }
        }
    }

    func testSoftmaxAndLogSoftmax() throws {
        assertGradient([a, b], "softmax rows") { v in try (v[0].softmax * v[1]).sum() }
        assertGradient([a, b], "logSoftmax rows") { v in try (v[0].logSoftmax * v[1]).sum() }
        assertGradient([row, Tensor([2, 0.5])], "softmax of a vector") { v in try (v[0].softmax * v[1]).sum() }
        let tape = Tape()
        let huge = tape.constant(try Tensor([[1000, 0]]))
        XCTAssertEqual(huge.logSoftmax.value.scalars, [0, -1000], "no overflow")
    }

    func testMatrixProducts() throws {
        let square = try Tensor([[0.3, -0.8, 1.1], [0.6, 0.2, -0.4]])   // [2, 3]
        assertGradient([a, square], "matrix · matrix") { v in try v[0].matmul(v[1]).tanh.sum() }
        assertGradient([a, row], "matrix · vector") { v in try v[0].matmul(v[1]).tanh.sum() }
        assertGradient([Tensor([0.2, -0.5, 0.9]), a], "vector · matrix") { v in try v[0].matmul(v[1]).tanh.sum() }
        assertGradient([row, Tensor([0.3, 0.7])], "vector · vector") { v in try v[0].matmul(v[1]).tanh.sum() }
        assertGradient([a, square, Tensor([0.1, -0.2])], "linear") { v in
            try v[0].linear(weights: v[1].transposed, bias: v[1].sum(axis: 0).tanh).sigmoid.sum()
        }
        assertGradient([a, try Tensor([[0.2, 0.4], [-0.3, 0.5]]), Tensor([0.1, -0.2])], "linear, bias only via its own path") { v in
            try v[0].linear(weights: v[1], bias: v[2]).squared.sum()
        }
        let tape = Tape()
        let x = tape.constant(a)
        XCTAssertThrowsError(try x.linear(weights: tape.variable(square), bias: tape.variable(Tensor([1, 2]))))
        XCTAssertThrowsError(try x.matmul(tape.variable(a)))
    }

    func testReshapingSlicingAndJoining() throws {
        assertGradient([a, b], "transposed") { v in try (v[0].transposed.matmul(v[1])).squared.sum() }
        assertGradient([a, Tensor([1, 2, 3, 4, 5, 6])], "reshaped") { v in try (v[0].reshaped([-1]) * v[1]).squared.sum() }
        assertGradient([a], "columns") { v in try (v[0].columns(1..<2).exp * 2 + v[0].column(0)).sum() }
        assertGradient([a], "picked") { v in try v[0].picked(columnPerRow: [1, 0, 1]).squared.sum() }
        assertGradient([a, b], "concatenate columns") { v in try (Tracked.concatenate([v[0], v[1]], axis: 1).squared * 0.5).sum() }
        assertGradient([a, try row.reshaped([1, 2])], "concatenate rows") { v in try Tracked.concatenate([v[0], v[1], v[0]]).tanh.sum() }
        let tape = Tape()
        let x = tape.variable(a)
        XCTAssertThrowsError(try x.columns(1..<3))
        XCTAssertThrowsError(try x.picked(columnPerRow: [0, 1]))
        XCTAssertThrowsError(try x.picked(columnPerRow: [0, 2, 1]))
    }

    func testReductions() {
        assertGradient([a], "sum") { v in v[0].sum().squared }
        assertGradient([a], "mean") { v in v[0].exp.mean() }
        for axis in [0, 1, -1] {
            for keep in [false, true] {
                assertGradient([a], "sum axis \(axis) keep \(keep)") { v in try v[0].sum(axis: axis, keepingDimension: keep).squared.sum() }
                assertGradient([a], "mean axis \(axis) keep \(keep)") { v in try v[0].mean(axis: axis, keepingDimension: keep).squared.sum() }
            }
        }
    }

    func testLossesOnTheTape() throws {
        let targets: [Loss: Tensor] = [
            .meanSquaredError: try Tensor([[0.3, -1], [2, 0.5], [0, 1]]),
            .binaryCrossEntropy: try Tensor([[1, 0], [0, 1], [1, 1]]),
            .binaryCrossEntropyWithLogits: try Tensor([[1, 0], [0, 1], [1, 1]]),
            .categoricalCrossEntropy: try Tensor([[1, 0], [0, 1], [1, 0]]),
            .categoricalCrossEntropyWithLogits: try Tensor([[1, 0], [0, 1], [0.3, 0.7]]),
            .hinge: try Tensor([[1, -1], [-1, 1], [1, 1]]),
        ]
        let probabilities = try Tensor([[0.3, 0.6], [0.8, 0.45], [0.1, 0.9]])
        for (loss, target) in targets {
            assertGradient([probabilities], "\(loss)") { v in try loss.value(v[0], target) }
        }
        assertGradient([a], "binary cross-entropy with logits at z = 0") { v in
            try (v[0] * 0).binaryCrossEntropyWithLogits(self.positive) + v[0].binaryCrossEntropyWithLogits(self.b.sigmoid)
        }
    }

    /// The head of a normalised advantage function (NAF): A = −½ (a − μ)ᵀ L Lᵀ (a − μ) per row,
    /// with L lower-triangular and exp on its diagonal, built from column slices alone.
    func testNormalisedAdvantageHead() throws {
        let output = try Tensor([[0.3, -0.2, 0.5, 0.1, 0.4], [-0.6, 0.8, 0.2, -0.3, 0.9]])  // μ₁ μ₂ l₁₁ l₂₁ l₂₂
        let actions = try Tensor([[1.0, -0.5], [0.2, 0.7]])
        assertGradient([output], "NAF advantage") { v in
            let o = v[0]
            let d1 = try actions.column(0) - o.column(0)
            let d2 = try actions.column(1) - o.column(1)
            let l11 = try o.column(2).exp, l21 = try o.column(3), l22 = try o.column(4).exp
            // Lᵀd = [l11·d1 + l21·d2, l22·d2]; (a − μ)ᵀ L Lᵀ (a − μ) = |Lᵀd|².
            let first = try l11 * d1 + l21 * d2, second = try l22 * d2
            return try (first.squared + second.squared).sum() * -0.5
        }
    }

    /// Lower-triangular assembly (exp on the diagonal, held at ±10) and per-row matrix-vector
    /// products, as the NAF agent's head uses them: values by hand, gradients by differences.
    func testLowerTriangularAndMatrixVectorProducts() throws {
        let tape = Tape()
        let raw = tape.variable(try Tensor([[1, 2, 3], [0, -1, 20]]))        // l₁₁ l₂₁ l₂₂ per row
        let l = try raw.lowerTriangular(size: 2, diagonal: .exp(limit: 10))
        XCTAssertEqual(l.shape, [2, 2, 2])
        XCTAssertEqual(l.value.scalars, [exp(1), 0, 2, exp(3), 1, 0, -1, exp(10)])
        let v = tape.constant(try Tensor([[1, -1], [2, 0.5]]))
        XCTAssertEqual(try l.matrixVectorProducts(v).value.scalars, [exp(1), 2 - exp(3), 2, -2 + 0.5 * exp(10)])
        let w = try l.matrixVectorProducts(v, transposed: true)
        XCTAssertEqual(w.value.scalars, [exp(1) - 2, -exp(3), 1.5, 0.5 * exp(10)])
        try w.sum().backward()
        // ∂Σ(Lᵀv)/∂Lᵢₖ = vᵢ; times e^x on the diagonal, except where x = 20 was held at 10.
        XCTAssertEqual(raw.gradient.scalars, [exp(1), -1, -exp(3), 2, 0.5, 0])

        let triangles = try Tensor.normal([2, 6], seed: 4), vectors = try Tensor.normal([2, 3], seed: 5)
        for transposed in [false, true] {
            for diagonal in [Tracked.TriangularDiagonal.asIs, .exp(limit: 10)] {
                assertGradient([triangles, vectors], "L\(transposed ? "ᵀ" : "")·v, \(diagonal)") { x in
                    try x[0].lowerTriangular(size: 3, diagonal: diagonal).matrixVectorProducts(x[1], transposed: transposed).squared.sum()
                }
            }
        }
        XCTAssertThrowsError(try raw.lowerTriangular(size: 3)) { error in
            XCTAssertEqual("\(error)", "shape mismatch: lowerTriangular(size: 3) needs rows of 3 · 4 / 2 = 6 numbers, got shape [2, 3]")
        }
        XCTAssertThrowsError(try l.matrixVectorProducts(raw)) { error in
            XCTAssertEqual("\(error)", "shape mismatch: matrixVectorProducts needs matrices [n, p, q] and vectors [n, q], got [2, 2, 2] and [2, 3]")
        }
    }

    func testGradientsAccumulateOverUsesAndBindToParameters() throws {
        let tape = Tape()
        let x = tape.variable(Tensor([3]))
        let y = try x * x + x                               // dy/dx = 2x + 1 = 7
        try y.sum().backward()
        XCTAssertEqual(x.gradient.scalars, [7])
        try y.sum().backward()
        XCTAssertEqual(x.gradient.scalars, [7], "a second backward starts from zero")

        let parameter = Parameter(Tensor([1, 2]))
        let other = Parameter(Tensor([5]))
        let tape2 = Tape()
        let p = tape2.variable(parameter)
        _ = tape2.variable(other)
        try (p * p).sum().backward()
        XCTAssertEqual(parameter.gradient.scalars, [2, 4])
        XCTAssertEqual(other.gradient.scalars, [0], "unused parameters get zeros")
        tape2.reset()
        XCTAssertEqual(tape2.count, 0)
    }

    func testErrors() throws {
        let tape = Tape(), other = Tape()
        let x = tape.variable(a)
        XCTAssertThrowsError(try x + other.variable(a)) { error in
            XCTAssertEqual("\(error)", "invalid argument: cannot add tensors recorded on different tapes")
        }
        XCTAssertThrowsError(try x.backward()) { error in
            XCTAssertEqual("\(error)", "shape mismatch: backward() needs a one-element output (a loss), got shape [3, 2]; sum or average it first")
        }
        XCTAssertThrowsError(try x + tape.constant(Tensor([1, 2, 3])))
    }

    func testBackwardStopsWhenTheBudgetRunsOut() throws {
        let budget = Budget(limits: .init(maxSeconds: 0))
        try budget.install {
            let tape = Tape()
            let x = tape.variable(a)
            let loss = x.exp.sum()
            XCTAssertThrowsError(try loss.backward()) { error in XCTAssertTrue(error is BudgetExceeded) }
        }
    }
}
