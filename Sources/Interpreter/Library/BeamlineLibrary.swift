import MLCore

/// The steering case study: the lattice and its response matrix, the `Beamline` environment, and
/// the singular value decomposition behind the operators' correction.
func registerBeamlineLibrary(_ lib: NativeLibrary) {
    lib.declare(value: BeamlineElementKind.self, name: "BeamlineElementKind") { t in
        t.cases(BeamlineElementKind.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
    }
    lib.declare(value: BeamlineElement.self, name: "BeamlineElement") { t in
        t.initializer("init(_ name: String, _ kind: BeamlineElementKind, beta: Double, phase: Double)") { a in
            BeamlineElement(try a[0], try a[1], beta: try a[2], phase: try a[3])
        }
        t.property("name") { $0.name }
        t.property("kind") { $0.kind }
        t.property("beta") { $0.beta }
        t.property("phase") { $0.phase }
        t.property("description") { $0.description }
    }
    lib.declare(value: Lattice.self, name: "Lattice") { t in
        t.initializer("init(_ elements: [BeamlineElement])") { a in try Lattice(a[0]) }
        t.staticProperty("linac4Like") { Lattice.linac4Like }
        t.staticMethod("fodo(cells: Int, cellLength: Double, phaseAdvance: Double, monitorOnlyCells: Int = 0) -> Lattice") { a in
            try Lattice.fodo(cells: a[0], cellLength: a[1], phaseAdvance: a[2], monitorOnlyCells: a[3])
        }
        t.property("elements") { $0.elements }
        t.property("monitors") { $0.monitors }
        t.property("correctors") { $0.correctors }
        t.property("responseMatrix") { $0.responseMatrix }
    }
    lib.declare(value: BeamlineOutcome.self, name: "BeamlineOutcome") { t in
        t.cases(BeamlineOutcome.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
        t.property("isDone") { $0.isDone }
    }
    lib.declare(value: BeamlineStep.self, name: "BeamlineStep") { t in
        t.property("readings") { $0.readings }
        t.property("rms") { $0.rms }
        t.property("reward") { $0.reward }
        t.property("outcome") { $0.outcome }
        t.property("steps") { $0.steps }
        t.property("description") { $0.description }
    }
    lib.declare(Beamline.self, name: "Beamline") { [unowned lib] t in
        t.initializer("init(noise: Double = 0.05, seed: Int = 0)") { a in try Beamline(noise: a[0], seed: a[1]) }
        t.initializer("init(response: Tensor, noise: Double = 0.05, target: Double = 1, limit: Double = 3, maxSteps: Int = 10, maxKick: Double = 2, seed: Int = 0)") { a in
            try Beamline(response: a[0], noise: a[1], target: a[2], limit: a[3], maxSteps: a[4], maxKick: a[5], seed: a[6])
        }
        t.method("reset() -> [Double]") { b, _ in b.reset() }
        t.method("reset(errorKicks: [Double]) -> [Double]") { b, a in b.reset(errorKicks: try a[0]) }
        t.method("step(_ action: [Double]) -> BeamlineStep") { b, a in try b.step(a[0]) }
        t.property("response") { $0.response }
        t.property("noise") { $0.noise }
        t.property("target") { $0.target }
        t.property("limit") { $0.limit }
        t.property("maxSteps") { $0.maxSteps }
        t.property("maxKick") { $0.maxKick }
        t.property("monitorCount") { $0.monitorCount }
        t.property("correctorCount") { $0.correctorCount }
        t.property("orbit") { $0.orbit }
        t.property("readings") { $0.readings }
        t.property("errorKicks") { $0.errorKicks }
        t.property("correctorSettings") { $0.correctorSettings }
        t.property("steps") { $0.steps }
        t.property("interactions") { $0.interactions }
        t.method("evaluate(starts: Int, maxSteps: Int = 5, policy: ([Double]) -> [Double]) -> SteeringReport") { b, a in
            let policy = try a.function(2)
            return try b.evaluate(starts: a[0], maxSteps: a[1]) { readings in
                try policy.call([readings.asValue], returning: [Double].self)
            }
        }
        t.staticMethod("rms(_ values: [Double]) -> Double") { a in Beamline.rms(try a[0]) }
        t.staticMethod("responseMatrix(csv file: String) -> Tensor") { a in
            try DataFiles.read(try a[0], for: lib) { path in try Beamline.responseMatrix(csv: path) }
        }
    }
    lib.declare(value: SingularValueDecomposition.self, name: "SingularValueDecomposition") { t in
        t.initializer("init(_ matrix: Tensor)") { a in try SingularValueDecomposition(a[0]) }
        t.property("u") { $0.u }
        t.property("singularValues") { $0.singularValues }
        t.property("v") { $0.v }
        t.property("sweeps") { $0.sweeps }
        t.property("defaultTolerance") { $0.defaultTolerance }
        t.method("rank(tolerance: Double? = nil) -> Int") { s, a in s.rank(tolerance: try a[0]) }
        t.method("pseudoInverse(tolerance: Double? = nil) -> Tensor") { s, a in s.pseudoInverse(tolerance: try a[0]) }
        t.property("description") { $0.description }
    }
}

extension BeamlineElementKind: NativeValue {}
extension BeamlineElement: NativeValue {}
extension Lattice: NativeValue {}
extension BeamlineOutcome: NativeValue {}
extension BeamlineStep: NativeValue {}
extension SingularValueDecomposition: NativeValue {}
extension Beamline: NativeObject {}
