import MLCore

/// CART trees: `DecisionTree`, `RegressionTree`, their nodes, criteria and feature sampling.
func registerTreeLibrary(_ lib: NativeLibrary) {
    lib.declare(value: SplitCriterion.self, name: "SplitCriterion") { t in
        t.cases(SplitCriterion.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
        t.property("description") { $0.description }
        t.staticMethod("impurity(_ criterion: SplitCriterion, classWeights: [Double]) -> Double") { a in
            SplitCriterion.impurity(try a[0], classWeights: try a[1])
        }
    }
    lib.declare(value: MaxFeatures.self, name: "MaxFeatures") { t in
        t.staticProperty("all") { MaxFeatures.all }
        t.staticProperty("sqrt") { MaxFeatures.sqrt }
        t.staticProperty("log2") { MaxFeatures.log2 }
        t.staticMethod("count(_ n: Int) -> MaxFeatures") { a in MaxFeatures.count(try a[0]) }
        t.staticMethod("fraction(_ f: Double) -> MaxFeatures") { a in MaxFeatures.fraction(try a[0]) }
        t.property("description") { $0.description }
    }
    lib.declare(value: TreeNode.self, name: "TreeNode") { t in
        t.property("feature") { $0.feature }
        t.property("threshold") { $0.threshold }
        t.property("left") { $0.left }
        t.property("right") { $0.right }
        t.property("depth") { $0.depth }
        t.property("samples") { $0.samples }
        t.property("weight") { $0.weight }
        t.property("impurity") { $0.impurity }
        t.property("value") { $0.value }
        t.property("isLeaf") { $0.isLeaf }
        t.method("label(featureNames: [String] = [], classNames: [String] = []) -> String") { n, a in
            n.label(featureNames: try a[0], classNames: try a[1])
        }
        t.method("statistics(criterion: SplitCriterion) -> [String]") { n, a in n.statistics(criterion: try a[0]) }
    }
    lib.declare(DecisionTree.self, name: "DecisionTree") { t in
        t.initializer("init(criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, seed: Int = 0)") { a in
            DecisionTree(criterion: try a[0], maxDepth: try a[1], minSamplesSplit: try a[2], minSamplesLeaf: try a[3],
                         maxFeatures: try a[4], seed: try a[5])
        }
        declareClassifierMembers(t)
        declareWeightedFit(t)
        t.method("leaves(_ features: Tensor) -> [Int]") { m, a in try m.leaves(a[0]) }
        t.method("text(featureNames: [String] = [], classNames: [String] = [], maxDepth: Int = 10) -> String") { m, a in
            m.text(featureNames: try a[0], classNames: try a[1], maxDepth: try a[2])
        }
        t.property("criterion") { $0.criterion }
        t.property("maxDepth") { $0.maxDepth }
        t.property("minSamplesSplit") { $0.minSamplesSplit }
        t.property("minSamplesLeaf") { $0.minSamplesLeaf }
        t.property("maxFeatures") { $0.maxFeatures }
        t.property("nodes") { $0.nodes }
        t.property("depth") { $0.depth }
        t.property("leafCount") { $0.leafCount }
        t.property("nodeCount") { $0.nodeCount }
        t.property("featureImportances") { $0.featureImportances }
    }
    lib.declare(RegressionTree.self, name: "RegressionTree") { t in
        t.initializer("init(maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, seed: Int = 0)") { a in
            RegressionTree(maxDepth: try a[0], minSamplesSplit: try a[1], minSamplesLeaf: try a[2], maxFeatures: try a[3], seed: try a[4])
        }
        declareWeightedFit(t)
        t.method("predict(_ features: Tensor) -> Tensor") { m, a in try m.predict(a[0]) }
        t.method("text(featureNames: [String] = [], maxDepth: Int = 10) -> String") { m, a in
            m.text(featureNames: try a[0], maxDepth: try a[1])
        }
        t.property("inputSize") { $0.inputSize }
        t.property("maxDepth") { $0.maxDepth }
        t.property("nodes") { $0.nodes }
        t.property("depth") { $0.depth }
        t.property("leafCount") { $0.leafCount }
        t.property("nodeCount") { $0.nodeCount }
        t.property("featureImportances") { $0.featureImportances }
        t.property("description") { $0.description }
    }
}

extension SplitCriterion: NativeValue {}
extension MaxFeatures: NativeValue {}
extension TreeNode: NativeValue {}
extension DecisionTree: NativeObject {}
extension RegressionTree: NativeObject {}
