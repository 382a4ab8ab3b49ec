import MLCore

/// Support vector machines: `SVM`, its `Kernel`s and the lecture's explicit feature maps.
func registerSVMLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Kernel.self, name: "Kernel") { t in
        t.staticProperty("linear") { Kernel.linear }
        t.staticProperty("precomputed") { Kernel.precomputed }
        // γ nil is scikit-learn's "scale": 1 / (features × variance of the training data).
        t.staticMethod("rbf(gamma: Double? = nil) -> Kernel") { a in Kernel.rbf(gamma: gamma(try a[0])) }
        t.staticMethod("polynomial(degree: Int = 3, gamma: Double? = nil, coef0: Double = 0) -> Kernel") { a in
            Kernel.polynomial(degree: try a[0], gamma: gamma(try a[1]), coef0: try a[2])
        }
        t.staticMethod("custom(name: String = \"custom\", _ function: ([Double], [Double]) -> Double) -> Kernel") { a in
            let f = try a.function(1)
            return Kernel.custom(name: try a[0]) { x, y in
                try f.call([x.asValue, y.asValue], returning: Double.self)
            }
        }
        t.method("value(_ x: [Double], _ y: [Double]) -> Double") { k, a in try k.value(a[0] as [Double], a[1] as [Double]) }
        t.method("matrix(_ a: Tensor, _ b: Tensor) -> Tensor") { k, a in try k.matrix(a[0], a[1]) }
        t.method("matrix(_ a: Tensor, _ b: Tensor, gamma: Double) -> Tensor") { k, a in try k.matrix(a[0], a[1], gamma: a[2]) }
        t.property("isLinear") { $0.isLinear }
        t.property("description") { $0.description }
    }
    lib.declare(SVM.self, name: "SVM") { t in
        t.initializer("init(c: Double = 1, kernel: Kernel? = nil, tolerance: Double = 0.001, maxIterations: Int? = nil, cacheMegabytes: Double = 200)") { a in
            SVM(c: try a[0], kernel: (try a[1] as Kernel?) ?? .rbf(), tolerance: try a[2], maxIterations: try a[3],
                cacheMegabytes: try a[4])
        }
        declareClassifierMembers(t)
        declareFit(t)
        t.method("decisionFunction(_ features: Tensor) -> [Double]") { m, a in try m.decisionFunction(a[0]) }
        t.property("c") { $0.c }
        t.property("kernel") { $0.kernel }
        t.property("supportIndices") { $0.supportIndices }
        t.property("supportVectors") { $0.supportVectors }
        t.property("supportVectorCount") { $0.supportVectorCount }
        t.property("dualCoefficients") { $0.dualCoefficients }
        t.property("alphas") { $0.alphas }
        t.property("bias") { $0.bias }
        t.property("weights") { $0.weights }
        t.property("margin") { $0.margin }
        t.property("gamma") { $0.gamma }
        t.property("dualObjective") { $0.dualObjective }
        t.property("iterations") { $0.iterations }
        t.property("converged") { $0.converged }
    }
    lib.namespace("FeatureMap") { t in
        t.staticMethod("radial(_ features: Tensor) -> Tensor") { a in try FeatureMap.radial(a[0] as Tensor) }
        t.staticMethod("radial(_ data: Dataset) -> Dataset") { a in try FeatureMap.radial(a[0] as Dataset) }
        t.staticMethod("quadratic(_ features: Tensor) -> Tensor") { a in try FeatureMap.quadratic(a[0] as Tensor) }
        t.staticMethod("quadratic(_ data: Dataset) -> Dataset") { a in try FeatureMap.quadratic(a[0] as Dataset) }
    }
}

/// A lesson's γ: a number, or nil for scikit-learn's "scale".
private func gamma(_ value: Double?) -> KernelGamma { value.map(KernelGamma.value) ?? .scale }

extension Kernel: NativeValue {}
extension SVM: NativeObject {}
