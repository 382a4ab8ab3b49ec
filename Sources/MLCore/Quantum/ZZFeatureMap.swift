/// The ZZ feature map of Havlíček et al. ("Supervised learning with quantum-enhanced feature
/// spaces", Nature 567, 209, 2019), as Qiskit's `ZZFeatureMap` builds it with full entanglement.
///
/// One feature per qubit. Each of `repetitions` layers applies H to every qubit, P(2xᵢ) to qubit
/// i, and for every pair i < j the two-qubit phase e^{i·2(π − xᵢ)(π − xⱼ)} on the parity of the
/// pair (CNOT(i, j), P(2(π − xᵢ)(π − xⱼ)) on j, CNOT(i, j)). The state |φ(x)⟩ it prepares from
/// |0…0⟩ defines the quantum kernel k(x, x′) = |⟨φ(x)|φ(x′)⟩|².
public struct ZZFeatureMap: Equatable, Sendable, CustomStringConvertible {
    public let qubits: Int
    public let repetitions: Int

    public init(qubits: Int, repetitions: Int = 2) throws {
        try require(qubits >= 1 && qubits <= Statevector.maximumQubits,
                    "the ZZ feature map has 1 to \(Statevector.maximumQubits) qubits, got \(qubits)")
        try require(repetitions >= 1 && repetitions <= 20, "repetitions must be between 1 and 20, got \(repetitions)")
        self.qubits = qubits
        self.repetitions = repetitions
    }

    public var description: String { "ZZFeatureMap(qubits: \(qubits), repetitions: \(repetitions))" }

    /// |φ(x)⟩ for one example with one feature per qubit.
    public func state(_ x: [Double]) throws -> Statevector {
        try require(x.count == qubits, "the feature map has \(qubits) qubits, one per feature, but the example has \(x.count) features")
        try require(x.allSatisfy(\.isFinite), "features must be finite numbers")
        var state = try Statevector(qubits: qubits)
        for _ in 0..<repetitions {
            for q in 0..<qubits {
                try state.hadamard(q)
                try state.phase(2 * x[q], q)
            }
            for i in 0..<qubits {
                for j in (i + 1)..<qubits {
                    try state.cnot(control: i, target: j)
                    try state.phase(2 * (Double.pi - x[i]) * (Double.pi - x[j]), j)
                    try state.cnot(control: i, target: j)
                }
            }
        }
        return state
    }

    /// The kernel matrix Kᵢⱼ = |⟨φ(aᵢ)|φ(bⱼ)⟩|² between the rows of `a` and of `b`
    /// ([examples, qubits] each): feed it to `SVM(kernel: .precomputed)`, `a` the training rows
    /// for `fit`, and to `predict` with `a` the new rows and `b` the training rows.
    public func kernelMatrix(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try require(a.rank == 2 && b.rank == 2, "the kernel matrix needs two matrices of examples, got shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape))")
        let budget = Budget.current
        try budget?.allocate(a.shape[0] * b.shape[0])
        let left = try a.rowArrays.map(state)
        try budget?.check()
        let right = try b.rowArrays.map(state)
        var scalars = [Double]()
        scalars.reserveCapacity(left.count * right.count)
        for x in left {
            try budget?.check()
            for y in right { scalars.append(try x.fidelity(y)) }
        }
        return Tensor(unchecked: [left.count, right.count], scalars: scalars)
    }
}
