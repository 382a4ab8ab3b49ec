import Foundation

/// A random forest: many CART trees, each grown on a bootstrap sample of the data and trying a
/// random √features at every split, averaged (Breiman 2001).
///
///     let forest = RandomForest(trees: 200, seed: 1)
///     try forest.fit(train)
///     print(forest.oobScore ?? 0)                  // accuracy on the examples each tree never saw
///     print(try Metrics.auc(forest, on: test))
///
/// Bagging lowers the variance of deep trees: each tree overfits its own sample, and their errors
/// partly cancel in the average. Defaults are scikit-learn's `RandomForestClassifier`: 100 trees,
/// Gini, unlimited depth, √features per split, bootstrap samples. `predict` averages the trees'
/// class probabilities and `classify` takes the largest (soft voting, as scikit-learn); `vote`
/// gives the lecture's majority vote of the trees' classes. The trees grow on `threads` threads
/// (default: every core); each tree has its own seed drawn from `seed`, so the forest is the same
/// whatever the thread count.
public final class RandomForest: Classifier, Estimator, CustomStringConvertible {
    public let treeCount: Int
    public let criterion: SplitCriterion
    public let maxDepth: Int?
    public let minSamplesSplit: Int
    public let minSamplesLeaf: Int
    public let maxFeatures: MaxFeatures
    /// Whether each tree sees a bootstrap sample (n draws with replacement) or all the data.
    public let bootstrap: Bool
    public let seed: Int
    /// Threads that grow trees; nil: one per core.
    public let threads: Int?

    private var grown: [GrownTree] = []
    private var settings: TreeSettings?
    private var treeSeeds: [Int] = []
    private var fittedWidth: Int?
    public private(set) var classCount = 0
    /// The accuracy on the training examples of the trees that did not see them (out of bag):
    /// a free validation score; nil without bootstrap or when no example was ever left out.
    public private(set) var oobScore: Double?

    public init(trees: Int = 100, criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
                minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .sqrt, bootstrap: Bool = true, seed: Int = 0,
                threads: Int? = nil) {
        self.treeCount = trees
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.bootstrap = bootstrap
        self.seed = seed
        self.threads = threads
    }

    /// Grows the forest on `data` (targets: class labels or one-hot rows).
    public func fit(_ data: Dataset) throws {
        try require(treeCount >= 1, "RandomForest: trees must be ≥ 1, got \(treeCount)")
        if let threads { try require(threads >= 1, "RandomForest: threads must be ≥ 1, got \(threads)") }
        try require(criterion.isClassification, "RandomForest: criterion .squaredError is for regression; use .gini or .entropy")
        let settings = try TreeSettings(criterion: criterion, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
                                        minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures, model: "RandomForest")
        try FeatureMatrix.requireTrainable(data, model: "a random forest")
        let classes = try ClassLabels(data.targets, purpose: "a random forest")
        try classes.requireTwoClasses(purpose: "a random forest")
        let columns = SortedColumns(data.features)
        let target = TreeTarget.classes(classes.labels.map(Int32.init), count: classes.classCount)
        // One seed per tree: a count past the cell's allocation limit is refused before it is built.
        try Budget.current?.checkSize(treeCount, bytesPerElement: MemoryLayout<Int>.stride)
        var seeder = RandomGenerator(seed: seed)
        let seeds = (0..<treeCount).map { _ in Int(truncatingIfNeeded: seeder.next()) }
        let n = data.count, bootstrap = self.bootstrap
        let threadCount = Swift.min(threads ?? ParallelWork.defaultThreadCount, treeCount)
        let growers = try (0..<threadCount).map { _ in try TreeGrower(columns: columns, settings: settings) }
        // Batches of a few trees per thread: between batches the calling thread is back in
        // control (where a cell's budget is checked) and no grown tree is lost.
        let batch = 4 * threadCount
        var trees: [GrownTree] = []
        trees.reserveCapacity(treeCount)
        for first in stride(from: 0, to: treeCount, by: batch) {
            try Budget.checkCurrent()
            let count = Swift.min(batch, treeCount - first)
            trees += try ParallelWork.map(count: count, workers: growers) { grower, item in
                var generator = RandomGenerator(seed: seeds[first + item])
                let weights = bootstrap ? Self.bootstrapCounts(n, &generator) : [Double](repeating: 1, count: n)
                return grower.grow(target, weights: weights, generator: &generator)
            }
        }
        grown = trees
        self.settings = settings
        treeSeeds = seeds
        fittedWidth = data.featureCount
        classCount = classes.classCount
        oobScore = bootstrap ? outOfBagScore(data.features, classes.labels) : nil
    }

    /// How many times each of `n` examples is drawn in n draws with replacement.
    static func bootstrapCounts(_ n: Int, _ generator: inout RandomGenerator) -> [Double] {
        var counts = [Double](repeating: 0, count: n)
        for _ in 0..<n { counts[generator.integer(below: n)] += 1 }
        return counts
    }

    /// Accuracy of the averaged probabilities of the trees that left each example out of their
    /// sample (the samples are drawn again from the trees' seeds).
    private func outOfBagScore(_ features: Tensor, _ labels: [Int]) -> Double? {
        let n = features.rowCount, width = features.columnCount, k = classCount
        var sums = [Double](repeating: 0, count: n * k)
        var seen = [Bool](repeating: false, count: n)
        features.scalars.withUnsafeBufferPointer { x in
            guard let base = x.baseAddress else { return }
            for (tree, treeSeed) in zip(grown, treeSeeds) {
                var generator = RandomGenerator(seed: treeSeed)
                let counts = Self.bootstrapCounts(n, &generator)
                for i in 0..<n where counts[i] == 0 {
                    let leaf = tree.nodes.leaf(base + i * width)
                    for c in 0..<k { sums[i * k + c] += tree.nodes.values[leaf * k + c] }
                    seen[i] = true
                }
            }
        }
        var correct = 0, counted = 0
        for i in 0..<n where seen[i] {
            counted += 1
            if argmax(sums, from: i * k, count: k) == labels[i] { correct += 1 }
        }
        return counted > 0 ? Double(correct) / Double(counted) : nil
    }

    public var inputSize: Int? { fittedWidth }
    public var outputKind: ClassifierOutput { .probabilities }

    /// The trees' class probabilities averaged, [examples, classCount].
    public func predict(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "RandomForest", noun: "random forest")
        var output = [Double](repeating: 0, count: x.rowCount * classCount)
        let scale = 1 / Double(grown.count)
        for tree in grown { tree.nodes.accumulate(x, scale: scale, into: &output) }
        return Tensor(unchecked: [x.rowCount, classCount], scalars: output)
    }

    /// The class with the largest averaged probability.
    public func classify(_ features: Tensor) throws -> [Int] {
        Metrics.labels(try predict(features))
    }

    /// The majority vote of the trees' classes (ties: the lower class).
    public func vote(_ features: Tensor) throws -> [Int] {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "RandomForest", noun: "random forest")
        let k = classCount
        var votes = [Double](repeating: 0, count: x.rowCount * k)
        for tree in grown {
            for (row, leaf) in tree.nodes.leaves(x).enumerated() {
                votes[row * k + argmax(tree.nodes.values, from: leaf * k, count: k)] += 1
            }
        }
        return (0..<x.rowCount).map { argmax(votes, from: $0 * k, count: k) }
    }

    /// The fitted trees (each prints and draws like a `DecisionTree`).
    public var trees: [DecisionTree] {
        guard let settings, let width = fittedWidth else { return [] }
        return zip(grown, treeSeeds).map { DecisionTree(settings: settings, seed: $1, grown: $0, featureCount: width, classCount: classCount) }
    }

    /// The trees' impurity-based importances averaged (trees without a split left out) and
    /// normalised to sum to 1, as scikit-learn's `feature_importances_`.
    public var featureImportances: [Double] {
        guard let width = fittedWidth else { return [] }
        let splitting = grown.filter { $0.nodes.count > 1 }
        return GrownTree.averageImportances(splitting, weights: splitting.map { _ in 1 }, featureCount: width)
    }

    public var description: String {
        guard fittedWidth != nil else { return "RandomForest(trees: \(treeCount)) (not fitted)" }
        let depths = grown.map(\.nodes.maxDepth)
        let leaves = grown.map(\.nodes.leafCount)
        var text = "RandomForest of \(grown.count) trees on \(fittedWidth ?? 0) features, \(classCount) classes: depth \(depths.min() ?? 0)–\(depths.max() ?? 0), \(leaves.min() ?? 0)–\(leaves.max() ?? 0) leaves"
        if let oobScore { text += ", out-of-bag accuracy \(TreeText.number(oobScore, digits: 4))" }
        return text
    }
}
