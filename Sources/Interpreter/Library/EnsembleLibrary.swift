import MLCore

/// Ensembles of trees: `RandomForest`, `AdaBoost`, `GradientBoosting`.
func registerEnsembleLibrary(_ lib: NativeLibrary) {
    lib.declare(RandomForest.self, name: "RandomForest") { t in
        t.initializer("init(trees: Int = 100, criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .sqrt, bootstrap: Bool = true, seed: Int = 0, threads: Int? = nil)") { a in
            RandomForest(trees: try a[0], criterion: try a[1], maxDepth: try a[2], minSamplesSplit: try a[3], minSamplesLeaf: try a[4],
                         maxFeatures: try a[5], bootstrap: try a[6], seed: try a[7], threads: try a[8])
        }
        declareClassifierMembers(t)
        declareFit(t)
        t.method("vote(_ features: Tensor) -> [Int]") { m, a in try m.vote(a[0]) }
        t.property("treeCount") { $0.treeCount }
        t.property("trees") { $0.trees }
        t.property("oobScore") { $0.oobScore }
        t.property("featureImportances") { $0.featureImportances }
        t.property("maxFeatures") { $0.maxFeatures }
        t.property("bootstrap") { $0.bootstrap }
    }
    lib.declare(AdaBoost.self, name: "AdaBoost") { t in
        t.initializer("init(rounds: Int = 50, maxDepth: Int = 1, learningRate: Double = 1, criterion: SplitCriterion = .gini)") { a in
            AdaBoost(rounds: try a[0], maxDepth: try a[1], learningRate: try a[2], criterion: try a[3])
        }
        declareClassifierMembers(t)
        declareStagedMembers(t)
        declareWeightedFit(t)
        t.method("votes(_ features: Tensor) -> Tensor") { m, a in try m.votes(a[0]) }
        t.property("rounds") { $0.rounds }
        t.property("maxDepth") { $0.maxDepth }
        t.property("learningRate") { $0.learningRate }
        t.property("trees") { $0.trees }
        t.property("treeWeights") { $0.treeWeights }
        t.property("treeErrors") { $0.treeErrors }
        t.property("sampleWeights") { $0.sampleWeights }
        t.property("stopReason") { $0.stopReason }
        t.property("featureImportances") { $0.featureImportances }
    }
    lib.declare(GradientBoosting.self, name: "GradientBoosting") { t in
        t.initializer("init(rounds: Int = 100, learningRate: Double = 0.1, maxDepth: Int = 3, minSamplesLeaf: Int = 20, l2Regularization: Double = 0, maxBins: Int = 255)") { a in
            GradientBoosting(rounds: try a[0], learningRate: try a[1], maxDepth: try a[2], minSamplesLeaf: try a[3],
                             l2Regularization: try a[4], maxBins: try a[5])
        }
        declareClassifierMembers(t)
        declareStagedMembers(t)
        declareFit(t)
        t.method("decisionFunction(_ features: Tensor) -> Tensor") { m, a in try m.decisionFunction(a[0]) }
        t.property("rounds") { $0.rounds }
        t.property("learningRate") { $0.learningRate }
        t.property("maxDepth") { $0.maxDepth }
        t.property("trainingLoss") { $0.trainingLoss }
    }
}

/// The members of a boosted ensemble (`StagedClassifier`).
private func declareStagedMembers<T: StagedClassifier & NativeObject>(_ t: NativeMembers<T>) {
    t.property("roundCount") { $0.roundCount }
    t.method("stagedClassify(_ features: Tensor) -> [[Int]]") { m, a in try m.stagedClassify(a[0]) }
    t.method("stagedErrors(on data: Dataset) -> [Double]") { m, a in try m.stagedErrors(on: a[0]) }
}

extension RandomForest: NativeObject {}
extension AdaBoost: NativeObject {}
extension GradientBoosting: NativeObject {}
