import XCTest
@testable import MLCore

/// The statevector simulator against states worked by hand, the ZZ feature map against its closed
/// form, and the quantum kernel's properties (symmetric, positive semi-definite, unit diagonal).
final class QuantumKernelTests: XCTestCase {
    let s = 1 / 2.0.squareRoot()

    func assertAmplitudes(_ state: Statevector, _ expected: [(Double, Double)], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(state.count, expected.count, file: file, line: line)
        for (b, (re, im)) in expected.enumerated() {
            XCTAssertEqual(state.real[b], re, accuracy: 1e-12, "Re amplitude \(b)", file: file, line: line)
            XCTAssertEqual(state.imaginary[b], im, accuracy: 1e-12, "Im amplitude \(b)", file: file, line: line)
        }
    }

    func testOneQubitByHand() throws {
        var state = try Statevector(qubits: 1)
        assertAmplitudes(state, [(1, 0), (0, 0)])
        try state.hadamard(0)
        assertAmplitudes(state, [(s, 0), (s, 0)])
        XCTAssertEqual(state.description, "0.7071|0⟩ + 0.7071|1⟩")
        // P(π/2) turns |1⟩ by i: (|0⟩ + i|1⟩)/√2.
        try state.phase(Double.pi / 2, 0)
        assertAmplitudes(state, [(s, 0), (0, s)])
        // H again: ((1 + i)|0⟩ + (1 − i)|1⟩)/2.
        try state.hadamard(0)
        assertAmplitudes(state, [(0.5, 0.5), (0.5, -0.5)])
        XCTAssertEqual(state.probabilities[0], 0.5, accuracy: 1e-12)
        try state.x(0)
        assertAmplitudes(state, [(0.5, -0.5), (0.5, 0.5)])
    }

    func testTwoQubitsByHand() throws {
        // X on qubit 0 gives |01⟩: amplitude 1 (qubit 0 is the low bit).
        var flipped = try Statevector(qubits: 2)
        try flipped.x(0)
        assertAmplitudes(flipped, [(0, 0), (1, 0), (0, 0), (0, 0)])
        XCTAssertEqual(flipped.description, "1.0|01⟩")
        // H on 0, CNOT(0 → 1): the Bell state (|00⟩ + |11⟩)/√2.
        var bell = try Statevector(qubits: 2)
        try bell.hadamard(0)
        try bell.cnot(control: 0, target: 1)
        assertAmplitudes(bell, [(s, 0), (0, 0), (0, 0), (s, 0)])
        XCTAssertEqual(bell.description, "0.7071|00⟩ + 0.7071|11⟩")
        // ⟨00|Bell⟩ = 1/√2, so the fidelity with |00⟩ is ½; with itself 1.
        XCTAssertEqual(try bell.fidelity(try Statevector(qubits: 2)), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try bell.fidelity(bell), 1, accuracy: 1e-12)
        XCTAssertThrowsError(try bell.cnot(control: 1, target: 1))
        XCTAssertThrowsError(try bell.hadamard(2))
        XCTAssertThrowsError(try Statevector(qubits: 11))
    }

    /// One qubit, one layer: H then P(2x) gives (|0⟩ + e^{2ix}|1⟩)/√2, so
    /// k(x, x′) = |1 + e^{2i(x′ − x)}|² / 4 = cos²(x′ − x).
    func testOneQubitKernelClosedForm() throws {
        let map = try ZZFeatureMap(qubits: 1, repetitions: 1)
        let state = try map.state([0.3])
        assertAmplitudes(state, [(s, 0), (s * cos(0.6), s * sin(0.6))])
        let k = try map.kernelMatrix(Tensor([[0.3], [1.1]]), Tensor([[0.3], [1.1], [-0.4]]))
        XCTAssertEqual(k.scalars[1], pow(cos(0.8), 2), accuracy: 1e-12)
        XCTAssertEqual(k.scalars[2], pow(cos(0.7), 2), accuracy: 1e-12)
    }

    /// Two qubits, one layer: amplitude b = ½ exp(i[2x₀b₀ + 2x₁b₁ + 2(π − x₀)(π − x₁)(b₀ ⊕ b₁)]).
    func testTwoQubitFeatureMapClosedForm() throws {
        let x = [0.4, 1.3]
        let state = try ZZFeatureMap(qubits: 2, repetitions: 1).state(x)
        let pair = (Double.pi - x[0]) * (Double.pi - x[1])
        let expected = (0..<4).map { b -> (Double, Double) in
            let b0 = Double(b & 1), b1 = Double((b >> 1) & 1)
            let angle = 2 * x[0] * b0 + 2 * x[1] * b1 + 2 * pair * ((b0 + b1) == 1 ? 1 : 0)
            return (0.5 * cos(angle), 0.5 * sin(angle))
        }
        assertAmplitudes(state, expected)
    }

    func testKernelIsSymmetricPositiveSemiDefiniteWithUnitDiagonal() throws {
        let map = try ZZFeatureMap(qubits: 3)
        let x = try Tensor.uniform([25, 3], low: 0, high: Double.pi, seed: 9)
        let k = try map.kernelMatrix(x, x).rowArrays
        for i in 0..<25 {
            XCTAssertEqual(k[i][i], 1, accuracy: 1e-12)
            for j in 0..<25 {
                XCTAssertEqual(k[i][j], k[j][i], accuracy: 1e-12)
                XCTAssertTrue(k[i][j] >= -1e-12 && k[i][j] <= 1 + 1e-12)
            }
        }
        let eigenvalues = try SymmetricEigen(k).values
        XCTAssertGreaterThan(eigenvalues.min() ?? -1, -1e-10)
        XCTAssertThrowsError(try map.state([1, 2]))
    }
}
