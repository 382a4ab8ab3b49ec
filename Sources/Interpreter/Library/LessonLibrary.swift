import MLCore

/// The lesson library: MLCore and Figures exposed to lesson code, one declaration per API.
///
/// Each area lives in its own file; this function registers them in dependency order (a type
/// must be declared before a subclass or a default value names it).
func registerLessonLibrary(_ lib: NativeLibrary) {
    registerTensorLibrary(lib)
    registerNetworkLibrary(lib)
    registerAutodiffLibrary(lib)
    registerTapeLibrary(lib)
    registerOptimizerLibrary(lib)
    registerDataLibrary(lib)
    registerDataFileLibrary(lib)
    registerHiggsLibrary(lib)
    registerMetricsLibrary(lib)
    registerTrainingLibrary(lib)
    registerModelLibrary(lib)
    registerTreeLibrary(lib)
    registerEnsembleLibrary(lib)
    registerRegressionLibrary(lib)
    registerSVMLibrary(lib)
    registerUnsupervisedLibrary(lib)
    registerReinforcementLibrary(lib)
    registerQuantumLibrary(lib)
    registerBeamlineLibrary(lib)
    registerSteeringLibrary(lib)
    registerFigureLibrary(lib)
    registerModelFigureLibrary(lib)
    registerSVMFigureLibrary(lib)
    registerReinforcementFigureLibrary(lib)
    registerCheckLibrary(lib)
}

// Bridged MLCore types. Classes cross as themselves, structs and enums boxed.
extension Tensor: NativeValue {}
extension Tracked: NativeValue {}
extension Activation: NativeValue {}
extension Initializer: NativeValue {}
extension Loss: NativeValue {}
extension LearningRateSchedule: NativeValue {}
extension TestFunction: NativeValue {}
extension OptimizationPath: NativeValue {}
extension TrainingHistory: NativeValue {}
extension EpochReport: NativeValue {}
extension Dataset: NativeValue {}
extension Standardizer: NativeValue {}
extension RandomGenerator: NativeValue {}
extension ComputationGraph: NativeValue {}
extension Metrics.ROCPoint: NativeValue {}
extension MLCore.Value: NativeObject {}
extension Layer: NativeObject {}
extension Parameter: NativeObject {}
extension Tape: NativeObject {}
extension Sequential: NativeObject {}
extension Optimizer: NativeObject {}

/// A tuple built by a native (`(loss: 0.3, accuracy: 0.9)`), labelled when `labels` is given.
func tupleValue(_ elements: [Value], labels: [String?]? = nil) -> AnyLessonValue {
    AnyLessonValue(value: .tuple(TupleValue(elements: elements, labels: labels)))
}

/// An `(x: Double, y: Double)` tuple read from lesson code.
struct Point2D: Bridgeable {
    var x: Double
    var y: Double
    static var bridgedTypeName: String { "(x: Double, y: Double)" }
    static func fromValue(_ v: Value) -> Point2D? {
        guard case .tuple(let t) = v, t.elements.count == 2, let x = Double.fromValue(t.elements[0]),
              let y = Double.fromValue(t.elements[1]) else { return nil }
        return Point2D(x: x, y: y)
    }
    var asValue: Value { .tuple(TupleValue(elements: [.double(x), .double(y)], labels: ["x", "y"])) }
}
