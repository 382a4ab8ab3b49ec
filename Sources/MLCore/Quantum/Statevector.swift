import Foundation

/// The state of a few qubits, simulated classically: 2ⁿ complex amplitudes.
///
/// Basis state |b⟩ is amplitude number b, and qubit q is bit q of b (qubit 0 the least
/// significant, Qiskit's order), so on two qubits |01⟩ — qubit 1 in 0, qubit 0 in 1 — is
/// amplitude 1. A gate on one qubit mixes the pairs of amplitudes that differ only in that bit;
/// CNOT swaps the pairs whose control bit is 1. Nothing else is needed for the circuits here,
/// and the memory (16 · 2ⁿ bytes) is why it stops at `maximumQubits`.
public struct Statevector: Equatable, Sendable, CustomStringConvertible {
    /// The most qubits a state may have: 2¹⁰ = 1024 amplitudes.
    public static let maximumQubits = 10

    public let qubitCount: Int
    /// The real parts of the amplitudes.
    public private(set) var real: [Double]
    /// The imaginary parts of the amplitudes.
    public private(set) var imaginary: [Double]

    /// |0…0⟩ on `qubits` qubits.
    public init(qubits: Int) throws {
        try require(qubits >= 1 && qubits <= Self.maximumQubits,
                    "a statevector has 1 to \(Self.maximumQubits) qubits, got \(qubits)")
        qubitCount = qubits
        real = [Double](repeating: 0, count: 1 << qubits)
        imaginary = real
        real[0] = 1
    }

    /// The number of amplitudes, 2ⁿ.
    public var count: Int { real.count }

    /// |amplitude|² of each basis state: the probabilities of measuring it.
    public var probabilities: [Double] { zip(real, imaginary).map { $0 * $0 + $1 * $1 } }

    /// ⟨self|other⟩ = Σ conj(selfᵦ) otherᵦ, as (real, imaginary).
    public func inner(_ other: Statevector) throws -> (real: Double, imaginary: Double) {
        try require(other.qubitCount == qubitCount, "an inner product needs states of the same size, got \(qubitCount) and \(other.qubitCount) qubits")
        var re = 0.0, im = 0.0
        for b in 0..<count {
            re += real[b] * other.real[b] + imaginary[b] * other.imaginary[b]
            im += real[b] * other.imaginary[b] - imaginary[b] * other.real[b]
        }
        return (re, im)
    }

    /// |⟨self|other⟩|²: 1 for the same state (up to a phase), 0 for orthogonal ones.
    public func fidelity(_ other: Statevector) throws -> Double {
        let (re, im) = try inner(other)
        return re * re + im * im
    }

    /// The Hadamard gate H = (1/√2)[[1, 1], [1, −1]] on `qubit`.
    public mutating func hadamard(_ qubit: Int) throws {
        let bit = try mask(qubit)
        let s = 1 / 2.0.squareRoot()
        for b in 0..<count where b & bit == 0 {
            let (r0, i0, r1, i1) = (real[b], imaginary[b], real[b | bit], imaginary[b | bit])
            real[b] = s * (r0 + r1); imaginary[b] = s * (i0 + i1)
            real[b | bit] = s * (r0 - r1); imaginary[b | bit] = s * (i0 - i1)
        }
    }

    /// The phase gate P(λ) = diag(1, e^{iλ}) on `qubit`: |1⟩ turns by λ.
    public mutating func phase(_ angle: Double, _ qubit: Int) throws {
        let bit = try mask(qubit)
        let c = cos(angle), s = sin(angle)
        for b in 0..<count where b & bit != 0 {
            let (r, i) = (real[b], imaginary[b])
            real[b] = c * r - s * i
            imaginary[b] = s * r + c * i
        }
    }

    /// The Pauli X (NOT) gate on `qubit`.
    public mutating func x(_ qubit: Int) throws {
        let bit = try mask(qubit)
        for b in 0..<count where b & bit == 0 {
            real.swapAt(b, b | bit)
            imaginary.swapAt(b, b | bit)
        }
    }

    /// CNOT: flips `target` where `control` is 1.
    public mutating func cnot(control: Int, target: Int) throws {
        let c = try mask(control), t = try mask(target)
        try require(c != t, "CNOT needs two different qubits, got \(control) twice")
        for b in 0..<count where b & c != 0 && b & t == 0 {
            real.swapAt(b, b | t)
            imaginary.swapAt(b, b | t)
        }
    }

    /// The amplitudes as `a|00⟩ + b|01⟩ …`, rounded to 4 decimals, zeros left out.
    public var description: String {
        func rounded(_ x: Double) -> Double { let r = (x * 10_000).rounded() / 10_000; return r == 0 ? 0 : r }
        var terms: [String] = []
        for b in 0..<count {
            let re = rounded(real[b]), im = rounded(imaginary[b])
            guard re != 0 || im != 0 else { continue }
            let bits = String(String(b, radix: 2).reversed()).padding(toLength: qubitCount, withPad: "0", startingAt: 0)
            let label = "|" + String(bits.reversed()) + "⟩"
            let amplitude = im == 0 ? "\(re)" : re == 0 ? "\(im)i" : "(\(re)\(im < 0 ? "-" : "+")\(abs(im))i)"
            terms.append(amplitude + label)
        }
        return terms.isEmpty ? "0" : terms.joined(separator: " + ")
    }

    private func mask(_ qubit: Int) throws -> Int {
        try require(qubit >= 0 && qubit < qubitCount, "qubit \(qubit) is out of range for a \(qubitCount)-qubit state")
        return 1 << qubit
    }
}
