import Foundation

/// AdaBoost as the lecture tells it: shallow trees fitted one after another, each on the data
/// re-weighted so that the examples the previous trees got wrong count more; the trees then vote,
/// each with a weight that grows with its accuracy.
///
/// Round m, with example weights wᵢ summing to 1 (all 1/n at first):
/// 1. fit a tree of depth `maxDepth` to the weighted data;
/// 2. its weighted error εₘ = Σ wᵢ over the examples it misclassifies;
/// 3. stop if εₘ ≥ 1 − 1/K (50 % for two classes: no better than guessing; within 1e-10 counts)
///    — that tree is dropped;
/// 4. its say αₘ = learningRate · (ln((1 − εₘ)/εₘ) + ln(K − 1));
/// 5. wᵢ ← wᵢ · e^{αₘ} for every misclassified example, then renormalise.
/// The ensemble predicts the class with the largest total say Σₘ αₘ [hₘ(x) = k]. For two classes
/// this is Freund and Schapire's AdaBoost; for more it is SAMME (Zhu et al. 2009), whose extra
/// ln(K − 1) keeps αₘ positive for any tree better than chance. A perfect tree (εₘ = 0) gets say 1
/// and ends training, as in scikit-learn.
///
/// Defaults are scikit-learn's `AdaBoostClassifier`: 50 rounds of stumps (depth 1), learning rate
/// 1. Nothing is random: every tree tries every feature. `predict` gives probabilities as
/// scikit-learn derives them from the vote (a softmax of the normalised say); `votes` the vote itself.
public final class AdaBoost: StagedClassifier, WeightedEstimator, CustomStringConvertible {
    public let rounds: Int
    /// The depth of every tree (1: stumps).
    public let maxDepth: Int
    /// Shrinks every tree's say; values below 1 need more rounds but often generalise better.
    public let learningRate: Double
    public let criterion: SplitCriterion

    private var grown: [GrownTree] = []
    private var settings: TreeSettings?
    private var fittedWidth: Int?
    public private(set) var classCount = 0
    /// αₘ: the say of each tree in the vote.
    public private(set) var treeWeights: [Double] = []
    /// εₘ: each tree's weighted training error when it was fitted.
    public private(set) var treeErrors: [Double] = []
    /// The example weights after the last round (summing to 1): what the next round would fit.
    public private(set) var sampleWeights: [Double] = []
    /// Why training ended before `rounds`, if it did ("a perfect tree", "error reached 50 %").
    public private(set) var stopReason: String?

    public init(rounds: Int = 50, maxDepth: Int = 1, learningRate: Double = 1, criterion: SplitCriterion = .gini) {
        self.rounds = rounds
        self.maxDepth = maxDepth
        self.learningRate = learningRate
        self.criterion = criterion
    }

    /// Boosts on `data` (targets: class labels or one-hot rows).
    public func fit(_ data: Dataset) throws {
        try fit(data, sampleWeights: nil)
    }

    /// Boosts starting from the given example weights instead of 1/n each.
    public func fit(_ data: Dataset, sampleWeights initialWeights: [Double]?) throws {
        try require(rounds >= 1, "AdaBoost: rounds must be ≥ 1, got \(rounds)")
        try require(learningRate > 0 && learningRate.isFinite, "AdaBoost: learningRate must be > 0, got \(learningRate)")
        try require(criterion.isClassification, "AdaBoost: criterion .squaredError is for regression; use .gini or .entropy")
        let settings = try TreeSettings(criterion: criterion, maxDepth: maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1,
                                        maxFeatures: .all, model: "AdaBoost")
        try FeatureMatrix.requireTrainable(data, model: "AdaBoost")
        let classes = try ClassLabels(data.targets, purpose: "AdaBoost")
        try classes.requireTwoClasses(purpose: "AdaBoost")
        var weights = try SampleWeights.checked(initialWeights, count: data.count, model: "AdaBoost")
        normalize(&weights)

        let n = data.count, k = classes.classCount, labels = classes.labels
        let target = TreeTarget.classes(labels.map(Int32.init), count: k)
        let grower = try TreeGrower(columns: SortedColumns(data.features), settings: settings)
        var generator = RandomGenerator(seed: 0)          // unused: every feature is tried
        let chanceError = 1 - 1 / Double(k)
        var trees: [GrownTree] = [], says: [Double] = [], errors: [Double] = []
        stopReason = nil
        for round in 0..<rounds {
            try Budget.checkCurrent()
            let tree = grower.grow(target, weights: weights, generator: &generator)
            let predicted = Self.classes(of: tree.nodes, data.features, classCount: k)
            var error = 0.0
            for i in 0..<n where predicted[i] != labels[i] { error += weights[i] }
            if error <= 0 {
                trees.append(tree); says.append(1); errors.append(0)
                stopReason = "round \(round + 1): a perfect tree (weighted error 0)"
                break
            }
            // Within rounding of chance counts as chance: re-weighting puts exactly half the
            // weight on the last tree's mistakes, so a tree that repeats them sits on the line.
            if error >= chanceError - 1e-10 {
                guard round > 0 else {
                    throw MLError.invalidArgument("AdaBoost: the first tree's weighted error is \(TreeText.number(error, digits: 4)), no better than guessing (\(TreeText.number(chanceError, digits: 4))); boosting cannot start")
                }
                stopReason = "round \(round + 1): weighted error \(TreeText.number(error, digits: 4)) reached \(TreeText.number(100 * chanceError, digits: 4)) %"
                break
            }
            let say = learningRate * (log((1 - error) / error) + log(Double(k - 1)))
            let boost = exp(say)
            for i in 0..<n where predicted[i] != labels[i] { weights[i] *= boost }
            normalize(&weights)
            trees.append(tree); says.append(say); errors.append(error)
        }
        grown = trees
        treeWeights = says
        treeErrors = errors
        sampleWeights = weights
        self.settings = settings
        fittedWidth = data.featureCount
        classCount = k
    }

    private func normalize(_ weights: inout [Double]) {
        let total = weights.reduce(0, +)
        for i in weights.indices { weights[i] /= total }
    }

    /// The majority class of the leaf each row reaches.
    static func classes(of nodes: TreeNodes, _ features: Tensor, classCount k: Int) -> [Int] {
        nodes.leaves(features).map { leaf in argmax(nodes.values, from: leaf * k, count: k) }
    }

    public var inputSize: Int? { fittedWidth }
    public var outputKind: ClassifierOutput { .probabilities }
    public var roundCount: Int { grown.count }

    /// Each class's share of the trees' say, Σₘ αₘ [hₘ(x) = k] / Σₘ αₘ: [examples, classCount],
    /// rows summing to 1.
    public func votes(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "AdaBoost", noun: "AdaBoost ensemble")
        var output = [Double](repeating: 0, count: x.rowCount * classCount)
        let total = treeWeights.reduce(0, +)
        for (tree, say) in zip(grown, treeWeights) {
            for (row, c) in Self.classes(of: tree.nodes, x, classCount: classCount).enumerated() {
                output[row * classCount + c] += say / total
            }
        }
        return Tensor(unchecked: [x.rowCount, classCount], scalars: output)
    }

    /// Class probabilities from the vote, as scikit-learn's SAMME: for two classes
    /// p₁ = 1/(1 + e^{−d}) with d = share₁ − share₀; for K classes a softmax of share/(K − 1).
    public func predict(_ features: Tensor) throws -> Tensor {
        var shares = try votes(features)
        let k = classCount, rows = shares.rowCount
        for row in 0..<rows {
            if k == 2 {
                let d = shares.scalars[row * 2 + 1] - shares.scalars[row * 2]
                let p = 1 / (1 + exp(-d))
                shares.scalars[row * 2] = 1 - p
                shares.scalars[row * 2 + 1] = p
            } else {
                var largest = -Double.infinity
                for c in 0..<k { largest = Swift.max(largest, shares.scalars[row * k + c] / Double(k - 1)) }
                var sum = 0.0
                for c in 0..<k {
                    let e = exp(shares.scalars[row * k + c] / Double(k - 1) - largest)
                    shares.scalars[row * k + c] = e
                    sum += e
                }
                for c in 0..<k { shares.scalars[row * k + c] /= sum }
            }
        }
        return shares
    }

    /// The class with the largest total say (ties: the lower class).
    public func classify(_ features: Tensor) throws -> [Int] {
        Metrics.labels(try votes(features))
    }

    /// The classes after each round: element m is the vote of the first m + 1 trees.
    public func stagedClassify(_ features: Tensor) throws -> [[Int]] {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "AdaBoost", noun: "AdaBoost ensemble")
        let k = classCount
        var tally = [Double](repeating: 0, count: x.rowCount * k)
        var stages: [[Int]] = []
        stages.reserveCapacity(grown.count)
        for (tree, say) in zip(grown, treeWeights) {
            for (row, c) in Self.classes(of: tree.nodes, x, classCount: k).enumerated() { tally[row * k + c] += say }
            stages.append((0..<x.rowCount).map { row in argmax(tally, from: row * k, count: k) })
        }
        return stages
    }

    /// The fitted trees, in the order they were boosted.
    public var trees: [DecisionTree] {
        guard let settings, let width = fittedWidth else { return [] }
        return grown.map { DecisionTree(settings: settings, seed: 0, grown: $0, featureCount: width, classCount: classCount) }
    }

    /// Impurity-based importances of the trees, averaged with their says and normalised to 1.
    public var featureImportances: [Double] {
        guard let width = fittedWidth else { return [] }
        return GrownTree.averageImportances(grown, weights: treeWeights, featureCount: width)
    }

    public var description: String {
        guard fittedWidth != nil else { return "AdaBoost(rounds: \(rounds), maxDepth: \(maxDepth)) (not fitted)" }
        var text = "AdaBoost of \(grown.count) trees of depth ≤ \(maxDepth) on \(fittedWidth ?? 0) features, \(classCount) classes"
        if let stopReason { text += "; stopped at \(stopReason)" }
        return text
    }
}
