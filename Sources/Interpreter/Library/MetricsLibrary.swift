import MLCore

/// Losses and the metrics that judge a trained model.
func registerMetricsLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Loss.self, name: "Loss") { t in
        t.cases(Loss.allCases) { $0.rawValue }
        t.staticProperty("allCases") { Loss.allCases }
        t.property("rawValue") { $0.rawValue }
        t.property("description") { $0.description }
        t.method("value(_ predictions: Tensor, _ targets: Tensor) -> Double") { l, a in try l.value(a[0] as Tensor, a[1]) }
        t.method("gradient(_ predictions: Tensor, _ targets: Tensor) -> Tensor") { l, a in try l.gradient(a[0], a[1]) }
        t.method("accuracy(_ predictions: Tensor, _ targets: Tensor) -> Double") { l, a in try l.accuracy(a[0], a[1]) }
    }
    lib.declare(value: Metrics.ROCPoint.self, name: "ROCPoint") { t in
        t.property("falsePositiveRate") { $0.falsePositiveRate }
        t.property("truePositiveRate") { $0.truePositiveRate }
        t.property("threshold") { $0.threshold }
    }
    lib.namespace("Metrics") { t in
        t.staticMethod("labels(_ predictions: Tensor, threshold: Double = 0.5) -> [Int]") { a in Metrics.labels(try a[0], threshold: try a[1]) }
        t.staticMethod("accuracy(_ predictions: Tensor, _ targets: Tensor, threshold: Double = 0.5) -> Double") { a in
            try Metrics.accuracy(a[0], a[1], threshold: a[2])
        }
        t.staticMethod("oneHot(_ indices: [Double], classes: Int) -> Tensor") { a in try Metrics.oneHot(a[0], classes: a[1]) }
        t.staticMethod("confusionMatrix(predicted: [Int], actual: [Int], classes: Int) -> [[Int]]") { a in
            try Metrics.confusionMatrix(predicted: a[0], actual: a[1], classes: a[2])
        }
        t.staticMethod("rocCurve(scores: [Double], labels: [Int]) -> [ROCPoint]") { a in try Metrics.rocCurve(scores: a[0], labels: a[1]) }
        t.staticMethod("auc(_ curve: [ROCPoint]) -> Double") { a in Metrics.auc(try a[0] as [Metrics.ROCPoint]) }
        t.staticMethod("auc(scores: [Double], labels: [Int]) -> Double") { a in try Metrics.auc(scores: a[0], labels: a[1]) }
    }
}
