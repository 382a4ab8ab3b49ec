import MLCore

/// The classical simulation of a quantum kernel: `Statevector` and its gates, the `ZZFeatureMap`
/// and its kernel matrix (for `SVM(kernel: .precomputed)`).
func registerQuantumLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Statevector.self, name: "Statevector") { t in
        t.initializer("init(qubits: Int)") { a in try Statevector(qubits: a[0]) }
        t.staticProperty("maximumQubits") { Statevector.maximumQubits }
        t.property("qubitCount") { $0.qubitCount }
        t.property("count") { $0.count }
        t.property("real") { $0.real }
        t.property("imaginary") { $0.imaginary }
        t.property("probabilities") { $0.probabilities }
        t.property("description") { $0.description }
        t.method("fidelity(_ other: Statevector) -> Double") { s, a in try s.fidelity(a[0]) }
        t.method("inner(_ other: Statevector) -> (real: Double, imaginary: Double)") { s, a in
            let (re, im) = try s.inner(a[0])
            return tupleValue([.double(re), .double(im)], labels: ["real", "imaginary"])
        }
        t.mutating("hadamard(_ qubit: Int) -> Void") { s, a in try s.hadamard(a[0]); return NoValue() }
        t.mutating("phase(_ angle: Double, _ qubit: Int) -> Void") { s, a in try s.phase(a[0], a[1]); return NoValue() }
        t.mutating("x(_ qubit: Int) -> Void") { s, a in try s.x(a[0]); return NoValue() }
        t.mutating("cnot(control: Int, target: Int) -> Void") { s, a in try s.cnot(control: a[0], target: a[1]); return NoValue() }
    }
    lib.declare(value: ZZFeatureMap.self, name: "ZZFeatureMap") { t in
        t.initializer("init(qubits: Int, repetitions: Int = 2)") { a in try ZZFeatureMap(qubits: a[0], repetitions: a[1]) }
        t.property("qubits") { $0.qubits }
        t.property("repetitions") { $0.repetitions }
        t.property("description") { $0.description }
        t.method("state(_ x: [Double]) -> Statevector") { m, a in try m.state(a[0]) }
        t.method("kernelMatrix(_ a: Tensor, _ b: Tensor) -> Tensor") { m, a in try m.kernelMatrix(a[0], a[1]) }
    }
}

extension Statevector: NativeValue {}
extension ZZFeatureMap: NativeValue {}
