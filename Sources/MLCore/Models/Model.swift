/// A fitted model: it turns a features matrix (one example per row) into outputs (one row each).
///
/// MLCore's models share a small family of protocols, one per capability, so that each model
/// adopts exactly what it can honestly do and generic code (metrics, figures, experiments) asks
/// for no more than it needs:
///
/// | protocol | adds | adopted by |
/// |---|---|---|
/// | `Model` | `inputSize`, `predict(_:)` | every model |
/// | `Classifier` | `classCount`, `outputKind`, `classify(_:)` | `Sequential`, `DecisionTree`, `RandomForest`, `AdaBoost`, `GradientBoosting` |
/// | `Estimator` | `fit(_:)` from a data set alone | every model whose settings are fixed when it is made: the trees, forests, boosting, `PolynomialRegression` |
/// | `WeightedEstimator` | `fit(_:sampleWeights:)` | the trees, AdaBoost |
/// | `StagedClassifier` | the ensemble's prediction after each round | `AdaBoost`, `GradientBoosting` |
///
/// Why `fit` is a protocol of its own: training a network needs a loss, an optimiser and a number
/// of epochs at every call, so `Sequential` keeps its `fit(_:loss:optimizer:epochs:…)` and adopts
/// `Model` and `Classifier` only. The scikit-learn style models take every setting in their
/// initialiser and `fit(data)` is all they need, so an experiment that refits fresh models many
/// times (`BiasVariance`) can take any of them.
///
/// How the models still to come fit in: a support vector machine is a `Classifier` whose
/// `outputKind` is `.decisionValues` (no probabilities: `predict` gives w·x + b, positive for class
/// 1); k-means is an `Estimator` that ignores the targets and a `Classifier` whose classes are its
/// clusters (`classify` is the nearest centroid, `predict` the negative distances), so a decision
/// boundary draws its cells; a regression tree is a `Model` and an `Estimator` whose `predict`
/// is one value per example.
public protocol Model: AnyObject {
    /// The number of features per example the model takes; nil while it is not fitted or, for a
    /// network without layers, unknown.
    var inputSize: Int? { get }

    /// The model's output for each row of `features`, shape [examples, outputs].
    ///
    /// For a classifier it is what `outputKind` says: class probabilities or decision values. For
    /// a regressor, the predicted values.
    func predict(_ features: Tensor) throws -> Tensor
}

/// A model fitted from a data set alone, every other setting fixed when it was made (scikit-learn's
/// estimators): `let tree = DecisionTree(maxDepth: 3); try tree.fit(train)`.
///
/// Fitting again starts afresh: nothing learned from earlier data is kept.
public protocol Estimator: AnyObject {
    /// Learns from `data`; a classifier reads one column of class labels 0, 1, … (or one-hot rows).
    func fit(_ data: Dataset) throws
}

/// An estimator that also takes a weight per example: weight 2 counts an example twice, 0 leaves
/// it out (what bagging and boosting do to a tree's data). nil weights are all ones.
public protocol WeightedEstimator: Estimator {
    func fit(_ data: Dataset, sampleWeights: [Double]?) throws
}
