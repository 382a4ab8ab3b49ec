import MLCore

/// Unsupervised learning: `KMeans` clustering and `PCA`.
func registerUnsupervisedLibrary(_ lib: NativeLibrary) {
    lib.declare(value: KMeans.Initialization.self, name: "KMeansInitialization") { t in
        t.cases(KMeans.Initialization.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
    }
    lib.declare(KMeans.self, name: "KMeans") { t in
        t.initializer("init(clusters: Int = 8, initialization: KMeansInitialization = .kMeansPlusPlus, restarts: Int = 1, maxIterations: Int = 300, tolerance: Double = 0.0001, seed: Int = 0)") { a in
            KMeans(clusters: try a[0], initialization: try a[1], restarts: try a[2], maxIterations: try a[3],
                   tolerance: try a[4], seed: try a[5])
        }
        declareClassifierMembers(t)
        declareFit(t)
        t.method("fit(features: Tensor) -> Void") { m, a in try m.fit(features: a[0]); return NoValue() }
        t.method("squaredDistances(_ features: Tensor) -> Tensor") { m, a in try m.squaredDistances(a[0]) }
        t.staticMethod("elbow(_ data: Dataset, upTo maxClusters: Int, restarts: Int = 1, seed: Int = 0) -> [Double]") { a in
            try KMeans.elbow(a[0], upTo: a[1], restarts: a[2], seed: a[3])
        }
        t.property("clusters") { $0.clusters }
        t.property("initialization") { $0.initialization }
        t.property("centroids") { $0.centroids }
        t.property("labels") { $0.labels }
        t.property("inertia") { $0.inertia }
        t.property("iterations") { $0.iterations }
    }
    lib.declare(PCA.self, name: "PCA") { t in
        t.initializer("init(components: Int? = nil)") { a in PCA(components: try a[0]) }
        declareFit(t)
        t.method("fit(features: Tensor) -> Void") { m, a in try m.fit(features: a[0]); return NoValue() }
        t.method("transform(_ features: Tensor) -> Tensor") { m, a in try m.transform(a[0] as Tensor) }
        t.method("transform(_ data: Dataset) -> Dataset") { m, a in try m.transform(a[0] as Dataset) }
        t.method("inverseTransform(_ projected: Tensor) -> Tensor") { m, a in try m.inverseTransform(a[0]) }
        t.property("inputSize") { $0.inputSize }
        t.property("mean") { $0.mean }
        t.property("principalComponents") { $0.principalComponents }
        t.property("explainedVariance") { $0.explainedVariance }
        t.property("explainedVarianceRatio") { $0.explainedVarianceRatio }
        t.property("allVariances") { $0.allVariances }
        t.property("description") { $0.description }
    }
}

extension KMeans.Initialization: NativeValue {}
extension KMeans: NativeObject {}
extension PCA: NativeObject {}
