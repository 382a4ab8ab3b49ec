/// A CART regression tree: each leaf predicts the mean target of its training examples, and each
/// split is the one that most reduces the squared error (the children's weighted variance).
///
///     let tree = RegressionTree(maxDepth: 4)
///     try tree.fit(Datasets.sine(count: 100, noise: 0.2, seed: 1))
///     let curve = try tree.predict(x)              // a step function of x
///
/// Defaults are scikit-learn's `DecisionTreeRegressor` (squared error, no depth limit,
/// `minSamplesSplit` 2, `minSamplesLeaf` 1, every feature tried); the targets must be one column.
public final class RegressionTree: Model, WeightedEstimator, CustomStringConvertible {
    public let maxDepth: Int?
    public let minSamplesSplit: Int
    public let minSamplesLeaf: Int
    public let maxFeatures: MaxFeatures
    public let seed: Int

    private var grown: GrownTree?
    private var fittedWidth: Int?

    public init(maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1,
                maxFeatures: MaxFeatures = .all, seed: Int = 0) {
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.seed = seed
    }

    /// Grows the tree on `data`, whose targets are one column of finite numbers.
    public func fit(_ data: Dataset) throws {
        try fit(data, sampleWeights: nil)
    }

    /// Grows the tree with a weight per example (0 leaves an example out).
    public func fit(_ data: Dataset, sampleWeights: [Double]?) throws {
        let settings = try TreeSettings(criterion: .squaredError, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
                                        minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures, model: "RegressionTree")
        try FeatureMatrix.requireTrainable(data, model: "a regression tree")
        guard data.targetCount == 1 else {
            throw MLError.shapeMismatch("a regression tree predicts one number per example, but the targets have \(data.targetCount) columns")
        }
        if let bad = data.targets.scalars.firstIndex(where: { !$0.isFinite }) {
            throw MLError.invalidArgument("a regression tree needs finite targets, but example \(bad) has \(data.targets.scalars[bad])")
        }
        let weights = try SampleWeights.checked(sampleWeights, count: data.count, model: "a regression tree")
        let grower = try TreeGrower(columns: SortedColumns(data.features), settings: settings)
        var generator = RandomGenerator(seed: seed)
        grown = grower.grow(.values(data.targets.scalars), weights: weights, generator: &generator)
        fittedWidth = data.featureCount
    }

    public var inputSize: Int? { fittedWidth }

    /// The mean target of the leaf each example reaches, [examples, 1].
    public func predict(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: grown == nil ? nil : fittedWidth, type: "RegressionTree", noun: "regression tree")
        let nodes = grown?.nodes ?? TreeNodes(width: 1)
        var output = [Double](repeating: 0, count: x.rowCount)
        nodes.accumulate(x, scale: 1, into: &output)
        return Tensor(unchecked: [x.rowCount, 1], scalars: output)
    }

    /// The nodes in depth-first order, the root first; empty before `fit`.
    public var nodes: [TreeNode] { grown?.nodes.publicNodes ?? [] }
    public var depth: Int { grown?.nodes.maxDepth ?? 0 }
    public var leafCount: Int { grown?.nodes.leafCount ?? 0 }
    public var nodeCount: Int { grown?.nodes.count ?? 0 }
    /// Squared-error decrease per feature, normalised to sum to 1.
    public var featureImportances: [Double] { grown?.importances ?? [] }

    /// The tree as text, with optional feature names; subtrees deeper than `maxDepth` are summarised.
    public func text(featureNames: [String] = [], maxDepth: Int = 10) -> String {
        guard grown != nil else { return "RegressionTree (not fitted)" }
        return TreeText.render(nodes, criterion: .squaredError, featureNames: featureNames, classNames: [], maxDepth: maxDepth)
    }

    public var description: String { text() }
}
