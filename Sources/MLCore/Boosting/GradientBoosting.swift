import Foundation

/// Gradient-boosted decision trees for classification: the BDT of the Higgs case study.
///
/// Boosting builds an additive model F(x) = F₀ + Σₘ fₘ(x) in log-odds: each round fits a small
/// regression tree fₘ to the negative gradient of the log-loss at the current F (the residual
/// y − p) using second-order (Newton) leaf values, and adds it shrunk by `learningRate`.
/// Split finding works on binned features (at most `maxBins` per feature, as LightGBM and
/// scikit-learn's `HistGradientBoostingClassifier`), which makes every round one pass over
/// the examples per tree level.
///
///     let bdt = GradientBoosting(rounds: 200, learningRate: 0.1, maxDepth: 3)
///     try bdt.fit(train)
///     print(try Metrics.auc(bdt, on: test))
///
/// Defaults: 100 rounds, learning rate 0.1 and depth 3 (scikit-learn's `GradientBoostingClassifier`);
/// at least 20 examples per leaf, no L2 regularisation and 255 bins (its `HistGradientBoosting`).
/// Two classes need one tree per round, K > 2 classes one per class (softmax). Nothing is random.
public final class GradientBoosting: StagedClassifier, Estimator, CustomStringConvertible {
    public let rounds: Int
    /// Shrinkage η: each tree's contribution is multiplied by it.
    public let learningRate: Double
    /// The depth of every tree (depth 3: at most 8 leaves).
    public let maxDepth: Int
    /// Each leaf keeps at least this many training examples.
    public let minSamplesLeaf: Int
    /// λ in the leaf values −G/(H + λ): shrinks leaves with few or confident examples.
    public let l2Regularization: Double
    /// Bins per feature, 2…255.
    public let maxBins: Int

    private var baseline: [Double] = []
    /// trees[round][output]
    private var grown: [[TreeNodes]] = []
    private var fittedWidth: Int?
    public private(set) var classCount = 0
    /// The mean log-loss on the training data after each round.
    public private(set) var trainingLoss: [Double] = []

    public init(rounds: Int = 100, learningRate: Double = 0.1, maxDepth: Int = 3, minSamplesLeaf: Int = 20,
                l2Regularization: Double = 0, maxBins: Int = 255) {
        self.rounds = rounds
        self.learningRate = learningRate
        self.maxDepth = maxDepth
        self.minSamplesLeaf = minSamplesLeaf
        self.l2Regularization = l2Regularization
        self.maxBins = maxBins
    }

    /// The number of raw scores per example: 1 for two classes (the log-odds of class 1), else one per class.
    private var outputs: Int { classCount == 2 ? 1 : classCount }

    /// Boosts on `data` (targets: class labels or one-hot rows).
    public func fit(_ data: Dataset) throws {
        try require(rounds >= 1, "GradientBoosting: rounds must be ≥ 1, got \(rounds)")
        try require(learningRate > 0 && learningRate.isFinite, "GradientBoosting: learningRate must be > 0, got \(learningRate)")
        try require(maxDepth >= 1, "GradientBoosting: maxDepth must be ≥ 1, got \(maxDepth)")
        try require(minSamplesLeaf >= 1, "GradientBoosting: minSamplesLeaf must be ≥ 1, got \(minSamplesLeaf)")
        try require(l2Regularization >= 0 && l2Regularization.isFinite, "GradientBoosting: l2Regularization must be ≥ 0, got \(l2Regularization)")
        try require(maxBins >= 2 && maxBins <= 255, "GradientBoosting: maxBins must be between 2 and 255, got \(maxBins)")
        try FeatureMatrix.requireTrainable(data, model: "gradient boosting")
        let classes = try ClassLabels(data.targets, purpose: "gradient boosting")
        try classes.requireTwoClasses(purpose: "gradient boosting")

        classCount = classes.classCount
        let n = data.count, k = classCount, outputs = self.outputs, labels = classes.labels
        var prior = [Double](repeating: 0, count: k)
        for label in labels { prior[label] += 1 / Double(n) }
        if k == 2 {
            baseline = [log(prior[1] / prior[0])]
        } else {
            let logs = prior.map { log(Swift.max($0, 1e-15)) }
            let mean = logs.reduce(0, +) / Double(k)
            baseline = logs.map { $0 - mean }
        }
        let grower = HistogramGrower(bins: FeatureBins(data.features, maxBins: maxBins), maxDepth: maxDepth,
                                     minSamplesLeaf: minSamplesLeaf, l2Regularization: l2Regularization,
                                     learningRate: learningRate)
        var raw = [Double](repeating: 0, count: n * outputs)
        for i in 0..<n { for o in 0..<outputs { raw[i * outputs + o] = baseline[o] } }
        var gradients = [Double](repeating: 0, count: n * outputs)
        var hessians = [Double](repeating: 0, count: n * outputs)
        var trees: [[TreeNodes]] = []
        var losses: [Double] = []
        for _ in 0..<rounds {
            try Budget.checkCurrent()
            Self.lossDerivatives(raw, labels, outputs: outputs, gradients: &gradients, hessians: &hessians)
            var roundTrees: [TreeNodes] = []
            raw.withUnsafeMutableBufferPointer { r in
                gradients.withUnsafeBufferPointer { g in
                    hessians.withUnsafeBufferPointer { h in
                        guard let rb = r.baseAddress, let gb = g.baseAddress, let hb = h.baseAddress else { return }
                        for o in 0..<outputs {
                            roundTrees.append(grower.grow(gradients: gb + o * n, hessians: hb + o * n, raw: rb + o, rawStride: outputs))
                        }
                    }
                }
            }
            trees.append(roundTrees)
            losses.append(Self.logLoss(raw, labels, outputs: outputs))
        }
        grown = trees
        trainingLoss = losses
        fittedWidth = data.featureCount
    }

    /// ∂loss/∂F and ∂²loss/∂F² of every example's raw scores, stored output by output.
    static func lossDerivatives(_ raw: [Double], _ labels: [Int], outputs: Int,
                                gradients: inout [Double], hessians: inout [Double]) {
        let n = labels.count
        if outputs == 1 {
            for i in 0..<n {
                let p = 1 / (1 + exp(-raw[i]))
                gradients[i] = p - Double(labels[i])
                hessians[i] = p * (1 - p)
            }
            return
        }
        var probabilities = [Double](repeating: 0, count: outputs)
        for i in 0..<n {
            softmax(raw, row: i, outputs: outputs, into: &probabilities)
            for o in 0..<outputs {
                let p = probabilities[o]
                gradients[o * n + i] = p - (labels[i] == o ? 1 : 0)
                hessians[o * n + i] = p * (1 - p)
            }
        }
    }

    /// The mean log-loss (binary or multinomial) of raw scores, computed without overflow.
    static func logLoss(_ raw: [Double], _ labels: [Int], outputs: Int) -> Double {
        let n = labels.count
        var total = 0.0
        for i in 0..<n {
            if outputs == 1 {
                let f = raw[i]
                // log(1 + e^f) − y·f
                total += Swift.max(f, 0) + log1p(exp(-Swift.abs(f))) - Double(labels[i]) * f
            } else {
                var largest = -Double.infinity
                for o in 0..<outputs { largest = Swift.max(largest, raw[i * outputs + o]) }
                var sum = 0.0
                for o in 0..<outputs { sum += exp(raw[i * outputs + o] - largest) }
                total += largest + log(sum) - raw[i * outputs + labels[i]]
            }
        }
        return total / Double(Swift.max(n, 1))
    }

    private static func softmax(_ raw: [Double], row: Int, outputs: Int, into p: inout [Double]) {
        var largest = -Double.infinity
        for o in 0..<outputs { largest = Swift.max(largest, raw[row * outputs + o]) }
        var sum = 0.0
        for o in 0..<outputs {
            p[o] = exp(raw[row * outputs + o] - largest)
            sum += p[o]
        }
        for o in 0..<outputs { p[o] /= sum }
    }

    public var inputSize: Int? { fittedWidth }
    public var outputKind: ClassifierOutput { .probabilities }
    public var roundCount: Int { grown.count }

    /// The raw scores F(x): the log-odds of class 1 for two classes ([examples, 1]), one score
    /// per class otherwise (whose softmax gives the probabilities).
    public func decisionFunction(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "GradientBoosting", noun: "gradient-boosting ensemble")
        return Tensor(unchecked: [x.rowCount, outputs], scalars: rawScores(x, rounds: grown.count))
    }

    private func rawScores(_ x: Tensor, rounds: Int) -> [Double] {
        var raw = [Double](repeating: 0, count: x.rowCount * outputs)
        for i in 0..<x.rowCount { for o in 0..<outputs { raw[i * outputs + o] = baseline[o] } }
        for roundTrees in grown.prefix(rounds) { add(roundTrees, x, to: &raw) }
        return raw
    }

    private func add(_ roundTrees: [TreeNodes], _ x: Tensor, to raw: inout [Double]) {
        let outputs = self.outputs
        for (o, tree) in roundTrees.enumerated() {
            for (row, leaf) in tree.leaves(x).enumerated() { raw[row * outputs + o] += tree.values[leaf] }
        }
    }

    /// Class probabilities, [examples, classCount]: the logistic of the log-odds, or a softmax.
    public func predict(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "GradientBoosting", noun: "gradient-boosting ensemble")
        return probabilities(fromRaw: rawScores(x, rounds: grown.count), rows: x.rowCount)
    }

    private func probabilities(fromRaw raw: [Double], rows: Int) -> Tensor {
        var out = [Double](repeating: 0, count: rows * classCount)
        if outputs == 1 {
            for i in 0..<rows {
                let p = 1 / (1 + exp(-raw[i]))
                out[2 * i] = 1 - p
                out[2 * i + 1] = p
            }
        } else {
            var p = [Double](repeating: 0, count: outputs)
            for i in 0..<rows {
                Self.softmax(raw, row: i, outputs: outputs, into: &p)
                for o in 0..<outputs { out[i * outputs + o] = p[o] }
            }
        }
        return Tensor(unchecked: [rows, classCount], scalars: out)
    }

    /// The most probable class.
    public func classify(_ features: Tensor) throws -> [Int] {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "GradientBoosting", noun: "gradient-boosting ensemble")
        return Self.labels(rawScores(x, rounds: grown.count), outputs: outputs)
    }

    /// Classes from raw scores: log-odds ≥ 0 for two classes, the largest score otherwise.
    private static func labels(_ raw: [Double], outputs: Int) -> [Int] {
        if outputs == 1 { return raw.map { $0 >= 0 ? 1 : 0 } }
        return stride(from: 0, to: raw.count, by: outputs).map { argmax(raw, from: $0, count: outputs) }
    }

    /// The classes after each round.
    public func stagedClassify(_ features: Tensor) throws -> [[Int]] {
        let x = try FeatureMatrix.forPrediction(features, width: fittedWidth, type: "GradientBoosting", noun: "gradient-boosting ensemble")
        var raw = rawScores(x, rounds: 0)
        var stages: [[Int]] = []
        stages.reserveCapacity(grown.count)
        for roundTrees in grown {
            add(roundTrees, x, to: &raw)
            stages.append(Self.labels(raw, outputs: outputs))
        }
        return stages
    }

    public var description: String {
        guard fittedWidth != nil else { return "GradientBoosting(rounds: \(rounds), maxDepth: \(maxDepth)) (not fitted)" }
        let loss = trainingLoss.last.map { TreeText.number($0, digits: 4) } ?? "?"
        return "GradientBoosting of \(grown.count) rounds × \(outputs) tree\(outputs == 1 ? "" : "s") of depth ≤ \(maxDepth) on \(fittedWidth ?? 0) features, \(classCount) classes; training log-loss \(loss)"
    }
}
