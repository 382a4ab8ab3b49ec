/// A model that assigns each example one of the classes 0..<classCount.
///
/// `predict` gives a score per class, of the kind `outputKind` names; `classify` the label. The
/// metrics (`Metrics.accuracy(_:on:)`, `confusionMatrix(_:on:)`, `rocCurve(_:on:)`, `auc(_:on:)`)
/// and the figures (decision boundary, ROC) take any classifier through this protocol.
public protocol Classifier: Model {
    /// The number of classes it tells apart: labels are 0..<classCount (2 for a binary model).
    var classCount: Int { get }

    /// What `predict` returns.
    var outputKind: ClassifierOutput { get }

    /// The predicted class of each row of `features`.
    func classify(_ features: Tensor) throws -> [Int]
}

/// What a classifier's `predict` returns.
public enum ClassifierOutput: String, Sendable, CaseIterable {
    /// Class probabilities: [examples, classCount], each row summing to 1; a binary model may
    /// instead give one column, the probability of class 1 (a sigmoid network).
    case probabilities
    /// Decision values: larger means "more this class" but they are not probabilities. A binary
    /// model gives one column whose sign decides (an SVM's w·x + b, a network's logit), or two
    /// columns compared with each other; more classes give one column each.
    case decisionValues
}

extension Classifier {
    /// The class probabilities of each row of `features`, shape [examples, classCount].
    ///
    /// Throws for a classifier that gives decision values: a margin is not a probability, and
    /// turning it into one (Platt scaling) is a model of its own.
    public func probabilities(_ features: Tensor) throws -> Tensor {
        guard outputKind == .probabilities else {
            throw MLError.invalidArgument("this \(Self.self) gives decision values, not probabilities; use predict(_:) for its scores or classify(_:) for its classes")
        }
        let output = try predict(features).asMatrix
        guard output.columnCount == 1 else { return output }
        var scalars = [Double](repeating: 0, count: 2 * output.rowCount)
        for (row, p) in output.scalars.enumerated() {
            scalars[2 * row] = 1 - p
            scalars[2 * row + 1] = p
        }
        return Tensor(unchecked: [output.rowCount, 2], scalars: scalars)
    }

    /// One score per example that grows with the confidence in class 1, for ROC curves and
    /// decision boundaries of binary classifiers: the probability of class 1, or the decision value
    /// (the difference of the two columns when there are two).
    public func positiveClassScores(_ features: Tensor) throws -> [Double] {
        guard classCount == 2 else {
            throw MLError.invalidArgument("a score for class 1 needs a binary classifier, but this \(Self.self) has \(classCount) classes")
        }
        let output = try predict(features).asMatrix
        switch output.columnCount {
        case 1:
            return output.scalars
        case 2:
            let s = output.scalars
            let difference = outputKind == .decisionValues
            var scores = [Double](repeating: 0, count: output.rowCount)
            for row in 0..<output.rowCount {
                scores[row] = difference ? s[2 * row + 1] - s[2 * row] : s[2 * row + 1]
            }
            return scores
        default:
            throw MLError.shapeMismatch("a binary classifier should give 1 or 2 outputs per example, this \(Self.self) gives \(output.columnCount)")
        }
    }
}
