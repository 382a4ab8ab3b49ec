/// A CART classification tree: binary splits on one feature at a time, chosen greedily to make
/// the children as pure as possible (Gini or entropy), grown until the leaves are pure or a limit
/// stops them.
///
///     let tree = DecisionTree(maxDepth: 3)
///     try tree.fit(train)
///     print(tree)                                  // the splits, one node per line
///     print(try Metrics.accuracy(tree, on: test))
///
/// Defaults are scikit-learn's `DecisionTreeClassifier`: Gini, no depth limit, `minSamplesSplit` 2,
/// `minSamplesLeaf` 1, every feature tried at every split. Settings are checked by `fit` (which is
/// where a lesson meets the error). `predict` gives the class fractions of the leaf each example
/// reaches ([examples, classes]); `classify` the largest (ties: the lower class). With every
/// feature tried, ties between equally good splits go to the lower feature index, so no random
/// numbers are drawn; with `maxFeatures` below all, `seed` draws the features tried at each node.
public final class DecisionTree: Classifier, WeightedEstimator, CustomStringConvertible {
    public let criterion: SplitCriterion
    /// The deepest a leaf may be (the root has depth 0); nil: no limit.
    public let maxDepth: Int?
    /// A node with fewer examples is not split.
    public let minSamplesSplit: Int
    /// Each child of a split keeps at least this many examples.
    public let minSamplesLeaf: Int
    /// Features tried at each split.
    public let maxFeatures: MaxFeatures
    /// Seeds the choice of features when not all are tried.
    public let seed: Int

    private var grown: GrownTree?
    private var fittedWidth: Int?
    public private(set) var classCount = 0

    public init(criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
                minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, seed: Int = 0) {
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.seed = seed
    }

    /// A fitted tree grown by an ensemble.
    init(settings: TreeSettings, seed: Int, grown: GrownTree, featureCount: Int, classCount: Int) {
        criterion = settings.criterion
        maxDepth = settings.maxDepth == Int.max ? nil : settings.maxDepth
        minSamplesSplit = settings.minSamplesSplit
        minSamplesLeaf = settings.minSamplesLeaf
        maxFeatures = settings.maxFeatures
        self.seed = seed
        self.grown = grown
        self.fittedWidth = featureCount
        self.classCount = classCount
    }

    /// The checked settings (the error names the tree).
    func settings(model: String = "DecisionTree") throws -> TreeSettings {
        try require(criterion.isClassification, "\(model): criterion .squaredError is for regression; use RegressionTree, or .gini or .entropy")
        return try TreeSettings(criterion: criterion, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
                                minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures, model: model)
    }

    /// Grows the tree on `data` (targets: class labels 0, 1, … or one-hot rows).
    public func fit(_ data: Dataset) throws {
        try fit(data, sampleWeights: nil)
    }

    /// Grows the tree with a weight per example: an example of weight 2 counts as two copies,
    /// one of weight 0 is left out (what AdaBoost and bagging do to a tree's data).
    public func fit(_ data: Dataset, sampleWeights: [Double]?) throws {
        let settings = try self.settings()
        try FeatureMatrix.requireTrainable(data, model: "a decision tree")
        let classes = try ClassLabels(data.targets, purpose: "a decision tree")
        try classes.requireTwoClasses(purpose: "a decision tree")
        let weights = try SampleWeights.checked(sampleWeights, count: data.count, model: "a decision tree")
        let grower = try TreeGrower(columns: SortedColumns(data.features), settings: settings)
        var generator = RandomGenerator(seed: seed)
        grown = grower.grow(.classes(classes.labels.map(Int32.init), count: classes.classCount),
                            weights: weights, generator: &generator)
        fittedWidth = data.featureCount
        classCount = classes.classCount
    }

    public var inputSize: Int? { fittedWidth }
    public var outputKind: ClassifierOutput { .probabilities }

    /// The class fractions of the leaf each example reaches, [examples, classCount].
    public func predict(_ features: Tensor) throws -> Tensor {
        let (nodes, x) = try checkedInput(features)
        var output = [Double](repeating: 0, count: x.rowCount * classCount)
        nodes.accumulate(x, scale: 1, into: &output)
        return Tensor(unchecked: [x.rowCount, classCount], scalars: output)
    }

    /// The majority class of the leaf each example reaches.
    public func classify(_ features: Tensor) throws -> [Int] {
        Metrics.labels(try predict(features))
    }

    /// The index (in `nodes`) of the leaf each example reaches.
    public func leaves(_ features: Tensor) throws -> [Int] {
        let (nodes, x) = try checkedInput(features)
        return nodes.leaves(x)
    }

    /// The nodes in depth-first order, the root first; empty before `fit`.
    public var nodes: [TreeNode] { grown?.nodes.publicNodes ?? [] }
    /// The depth of the deepest leaf (0 for a single leaf).
    public var depth: Int { grown?.nodes.maxDepth ?? 0 }
    /// The number of leaves.
    public var leafCount: Int { grown?.nodes.leafCount ?? 0 }
    /// The number of nodes.
    public var nodeCount: Int { grown?.nodes.count ?? 0 }

    /// How much each feature's splits decreased the impurity, weighted by the examples they
    /// split, normalised to sum to 1 (scikit-learn's `feature_importances_`; all zero for a tree
    /// without splits).
    public var featureImportances: [Double] { grown?.importances ?? [] }

    /// The tree as text (see `description`), with optional names for the features and classes;
    /// subtrees deeper than `maxDepth` are summarised.
    public func text(featureNames: [String] = [], classNames: [String] = [], maxDepth: Int = 10) -> String {
        guard grown != nil else { return "DecisionTree (not fitted)" }
        return TreeText.render(nodes, criterion: criterion, featureNames: featureNames, classNames: classNames, maxDepth: maxDepth)
    }

    /// One line per node: the split or the leaf's class, its impurity, sample count and class mix.
    public var description: String { text() }

    var grownNodes: TreeNodes? { grown?.nodes }

    private func checkedInput(_ features: Tensor) throws -> (TreeNodes, Tensor) {
        let x = try FeatureMatrix.forPrediction(features, width: grown == nil ? nil : fittedWidth, type: "DecisionTree", noun: "decision tree")
        return (grown?.nodes ?? TreeNodes(width: classCount), x)
    }
}
