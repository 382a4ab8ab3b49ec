import MLCore

/// The model protocols in lesson code: any classifier (a network, a tree, a forest, boosting)
/// goes to the same metric and figure calls, and every model type gets the same members.
func registerModelLibrary(_ lib: NativeLibrary) {
    lib.declare(value: ClassifierOutput.self, name: "ClassifierOutput") { t in
        t.cases(ClassifierOutput.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
    }
    for name in ["MLP", "Sequential"] {
        guard let type = lib.types[name] else { continue }
        declareClassifierMembers(NativeMembers<Sequential>(type: type, library: lib), skipping: ["predict", "inputSize", "description"])
    }
    guard let metrics = lib.types["Metrics"] else { return }
    let t = NativeMembers<NoValue>(type: metrics, library: lib)
    t.staticMethod("accuracy(_ model: Classifier, on data: Dataset) -> Double") { a in
        try Metrics.accuracy((a[0] as AnyClassifier).model, on: a[1])
    }
    t.staticMethod("confusionMatrix(_ model: Classifier, on data: Dataset) -> [[Int]]") { a in
        try Metrics.confusionMatrix((a[0] as AnyClassifier).model, on: a[1])
    }
    t.staticMethod("rocCurve(_ model: Classifier, on data: Dataset) -> [ROCPoint]") { a in
        try Metrics.rocCurve((a[0] as AnyClassifier).model, on: a[1])
    }
    t.staticMethod("auc(_ model: Classifier, on data: Dataset) -> Double") { a in
        try Metrics.auc((a[0] as AnyClassifier).model, on: a[1])
    }
    t.staticMethod("meanSquaredError(_ model: Model, on data: Dataset) -> Double") { a in
        try Metrics.meanSquaredError((a[0] as AnyModel).model, on: a[1])
    }
}

/// The members every classifier shares (`Classifier` and its extension), declared on one type.
func declareClassifierMembers<T: Classifier & NativeObject & CustomStringConvertible>(_ t: NativeMembers<T>, skipping: Set<String> = []) {
    if !skipping.contains("predict") { t.method("predict(_ features: Tensor) -> Tensor") { m, a in try m.predict(a[0]) } }
    if !skipping.contains("inputSize") { t.property("inputSize") { $0.inputSize } }
    if !skipping.contains("description") { t.property("description") { $0.description } }
    t.method("classify(_ features: Tensor) -> [Int]") { m, a in try m.classify(a[0] as Tensor) }
    t.method("probabilities(_ features: Tensor) -> Tensor") { m, a in try m.probabilities(a[0]) }
    t.method("positiveClassScores(_ features: Tensor) -> [Double]") { m, a in try m.positiveClassScores(a[0]) }
    t.property("classCount") { $0.classCount }
    t.property("outputKind") { $0.outputKind }
}

/// `fit(_ data:)` of a model fitted from a data set alone.
func declareFit<T: Estimator & NativeObject>(_ t: NativeMembers<T>) {
    t.method("fit(_ data: Dataset) -> Void") { m, a in try m.fit(a[0] as Dataset); return NoValue() }
}

/// `fit(_:)` and `fit(_:sampleWeights:)` of a model that takes a weight per example.
func declareWeightedFit<T: WeightedEstimator & NativeObject>(_ t: NativeMembers<T>) {
    declareFit(t)
    t.method("fit(_ data: Dataset, sampleWeights: [Double]?) -> Void") { m, a in
        try m.fit(a[0] as Dataset, sampleWeights: a[1]); return NoValue()
    }
}

extension ClassifierOutput: NativeValue {}

/// A lesson value holding any bridged classifier.
struct AnyClassifier: Bridgeable {
    let model: any Classifier
    static var bridgedTypeName: String { "Classifier" }
    static func fromValue(_ v: Value) -> AnyClassifier? {
        guard case .native(let object) = v, let model = object as? any Classifier else { return nil }
        return AnyClassifier(model: model)
    }
    var asValue: Value { .native(model) }
}

/// A lesson value holding any bridged model (a classifier or a regressor).
struct AnyModel: Bridgeable {
    let model: any Model
    static var bridgedTypeName: String { "Model" }
    static func fromValue(_ v: Value) -> AnyModel? {
        guard case .native(let object) = v, let model = object as? any Model else { return nil }
        return AnyModel(model: model)
    }
    var asValue: Value { .native(model) }
}

/// A lesson value holding a model fitted from a data set alone (what `BiasVariance` refits).
struct AnyEstimatorModel: Bridgeable {
    let model: any Model & Estimator
    static var bridgedTypeName: String { "Model & Estimator" }
    static func fromValue(_ v: Value) -> AnyEstimatorModel? {
        guard case .native(let object) = v, let model = object as? any Model & Estimator else { return nil }
        return AnyEstimatorModel(model: model)
    }
    var asValue: Value { .native(model) }
}

/// A lesson value holding a boosted ensemble.
struct AnyStagedClassifier: Bridgeable {
    let model: any StagedClassifier
    static var bridgedTypeName: String { "StagedClassifier" }
    static func fromValue(_ v: Value) -> AnyStagedClassifier? {
        guard case .native(let object) = v, let model = object as? any StagedClassifier else { return nil }
        return AnyStagedClassifier(model: model)
    }
    var asValue: Value { .native(model) }
}
