import MLCore

/// `PolynomialRegression` and the bias–variance experiment.
func registerRegressionLibrary(_ lib: NativeLibrary) {
    lib.declare(PolynomialRegression.self, name: "PolynomialRegression") { t in
        t.initializer("init(degree: Int)") { a in PolynomialRegression(degree: try a[0]) }
        declareFit(t)
        t.method("predict(_ features: Tensor) -> Tensor") { m, a in try m.predict(a[0]) }
        t.property("degree") { $0.degree }
        t.property("coefficients") { $0.coefficients }
        t.property("inputSize") { $0.inputSize }
        t.property("description") { $0.description }
    }
    lib.declare(value: BiasVariance.self, name: "BiasVariance") { t in
        // The input range is MLCore's default 0...1 (lesson code has no Double ranges).
        t.initializer("init(noise: Double, trainingSize: Int, repetitions: Int = 100, testPoints: Int = 100, seed: Int, function: (Double) -> Double)") { a in
            let f = try a.function(5)
            return BiasVariance(noise: try a[0], trainingSize: try a[1], repetitions: try a[2], testPoints: try a[3], seed: try a[4]) { x in
                try f.call([.double(x)], returning: Double.self)
            }
        }
        t.property("noise") { $0.noise }
        t.property("trainingSize") { $0.trainingSize }
        t.property("repetitions") { $0.repetitions }
        t.method("run(complexities: [Int], model: (Int) -> Model) -> BiasVarianceResult") { experiment, a in
            let make = try a.function(1)
            return try experiment.run(complexities: a[0]) { complexity in
                try make.call([.int(complexity)], returning: AnyEstimatorModel.self).model
            }
        }
    }
    lib.declare(value: BiasVarianceResult.self, name: "BiasVarianceResult") { t in
        t.property("complexities") { $0.complexities }
        t.property("testX") { $0.testX }
        t.property("truth") { $0.truth }
        t.property("noise") { $0.noise }
        t.property("bias2") { $0.bias2 }
        t.property("variance") { $0.variance }
        t.property("testError") { $0.testError }
        t.property("expectedError") { $0.expectedError }
        t.property("meanPrediction") { $0.meanPrediction }
        t.property("fits") { $0.fits }
        t.property("bestComplexity") { $0.bestComplexity }
        t.property("description") { $0.description }
    }
}

extension PolynomialRegression: NativeObject {}
extension BiasVariance: NativeValue {}
extension BiasVarianceResult: NativeValue {}
