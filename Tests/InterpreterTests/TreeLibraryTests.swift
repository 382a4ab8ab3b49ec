import XCTest
@testable import Interpreter

/// Trees, ensembles, polynomial regression and the bias–variance experiment from lesson code.
final class TreeLibraryTests: XCTestCase {
    func testATreeFitsPrintsAndIsMeasuredLikeAnyClassifier() {
        assertOutput("""
        let data = Dataset(features: Tensor([[1, 5], [2, 3], [3, 1], [4, 7], [5, 2], [6, 6], [7, 4]]), targets: Tensor([0, 0, 1, 0, 1, 1, 1]))
        let tree = DecisionTree(maxDepth: 2)
        try tree.fit(data)
        print(tree)
        print(tree.depth, tree.leafCount, tree.featureImportances, tree.nodes[0].threshold ?? 0, tree.nodes[2].isLeaf)
        print(try tree.classify(Tensor([[3, 1], [3, 4]])), try Metrics.accuracy(tree, on: data), tree.classCount, tree.outputKind)
        let stump = DecisionTree(criterion: .entropy, maxDepth: 1)
        try stump.fit(data)
        print(try Metrics.confusionMatrix(stump, on: data), try Metrics.auc(stump, on: data), SplitCriterion.impurity(.gini, classWeights: [3, 4]))
        """, """
        x₁ ≤ 4.5  (gini 0.49, 7 samples, [3, 4])
        ├─ yes: x₂ ≤ 2  (gini 0.375, 4 samples, [3, 1])
        │  ├─ yes: class 1  (gini 0, 1 sample, [0, 1])
        │  └─ no: class 0  (gini 0, 3 samples, [3, 0])
        └─ no: class 1  (gini 0, 3 samples, [0, 3])
        2 3 [0.5625, 0.4375] 4.5 true
        [1, 0] 1.0 2 probabilities
        [[3, 0], [1, 3]] 0.875 0.4897959183673469

        """)
    }

    func testEnsemblesAndTheirMembers() {
        assertOutput("""
        let data = try Datasets.moons(count: 200, noise: 0.2, seed: 1)
        let (train, test) = try data.split(0.7, seed: 2)
        let forest = RandomForest(trees: 20, maxFeatures: .count(1), seed: 3, threads: 2)
        try forest.fit(train)
        print(forest.trees.count, forest.oobScore != nil, try forest.vote(test.features).count, forest.featureImportances.count)
        let boost = AdaBoost(rounds: 10, maxDepth: 2)
        try boost.fit(train)
        print(boost.treeWeights.count == boost.roundCount, try boost.stagedErrors(on: test).count, boost.sampleWeights.count)
        let bdt = GradientBoosting(rounds: 15, learningRate: 0.2, minSamplesLeaf: 5)
        try bdt.fit(train)
        print(bdt.trainingLoss.count, try bdt.decisionFunction(test.features).shape, try Metrics.auc(bdt, on: test) > 0.9)
        let models: [Classifier] = [forest, boost, bdt]
        print(models.count)
        """, """
        20 true 60 2
        true 10 140
        15 [60, 1] true
        3

        """)
    }

    func testBiasVarianceTakesALessonFunctionAndAModelFactory() {
        assertOutput("""
        let experiment = BiasVariance(noise: 0.2, trainingSize: 20, repetitions: 10, testPoints: 5, seed: 1) { x in 2 * x }
        let result = try experiment.run(complexities: [0, 1]) { degree in PolynomialRegression(degree: degree) }
        print(result.complexities, result.bias2.count, result.bias2[0] > result.bias2[1], result.bestComplexity ?? -1)
        let line = PolynomialRegression(degree: 1)
        try line.fit(Dataset(features: Tensor([0, 1, 2]), targets: Tensor([1, 3, 5])))
        print(line.coefficients.map { ($0 * 1e9).rounded() / 1e9 })
        """, """
        [0, 1] 2 true 1
        [1.0, 2.0]

        """)
    }

    func testMistakesAreLocatedErrors() {
        assertError("""
        let data = try Datasets.moons(count: 10, seed: 1)
        let tree = DecisionTree(maxDepth: 0)
        try tree.1️⃣fit(data)
        """, "uncaught error: invalid argument: DecisionTree: maxDepth must be ≥ 1 (or nil for no limit), got 0")
        assertError("""
        let experiment = BiasVariance(noise: 0.1, trainingSize: 5, repetitions: 3, seed: 1) { x in x }
        let r = try experiment.1️⃣run(complexities: [1]) { d in d }
        """, "the closure returned 'Int' where 'Model & Estimator' was expected")
        assertError("""
        let tree = RegressionTree()
        1️⃣plotDecisionBoundary(tree, data: try Datasets.moons(count: 10, seed: 1))
        """, "no 'plotDecisionBoundary' accepts (_: RegressionTree, data: Dataset); available: plotDecisionBoundary(_: Classifier, data: Dataset, resolution: Int = 80, title: String = \"Decision boundary\")")
    }
}
