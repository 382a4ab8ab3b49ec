import Foundation

/// What training minimises: how far predictions are from targets, averaged over examples.
///
/// Predictions and targets are matrices with one row per example. Classification targets are
/// 0/1 (binary), one-hot rows, or a single column of class indices for the categorical losses;
/// hinge targets are ±1 (0 is read as −1).
public enum Loss: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Mean of (prediction − target)² over all elements, as PyTorch's `MSELoss`.
    case meanSquaredError
    /// −mean[y·log p + (1−y)·log(1−p)] for probabilities p (logs clamped at −100, as PyTorch).
    case binaryCrossEntropy
    /// Binary cross-entropy of σ(z) computed from logits z without overflow.
    case binaryCrossEntropyWithLogits
    /// −mean over rows of Σₖ yₖ·log pₖ for probability rows p.
    case categoricalCrossEntropy
    /// Categorical cross-entropy of softmax(z) computed from logits z with the log-sum-exp trick.
    case categoricalCrossEntropyWithLogits
    /// mean max(0, 1 − y·f) with y = ±1: the SVM loss.
    case hinge
    /// The fraction of examples misclassified (evaluation only: it has no useful gradient).
    case zeroOne

    public var description: String { rawValue }

    /// Whether this loss measures probabilities (so accuracy thresholds at 0.5) rather than scores (at 0).
    var thresholdsAtHalf: Bool {
        switch self {
        case .binaryCrossEntropyWithLogits, .hinge, .categoricalCrossEntropyWithLogits: return false
        default: return true
        }
    }

    /// The fraction of rows classified correctly under this loss's conventions.
    public func accuracy(_ predictions: Tensor, _ targets: Tensor) throws -> Double {
        let (p, y) = try aligned(predictions, targets)
        if self == .hinge {
            var correct = 0
            for i in 0..<p.count where (p.scalars[i] >= 0) == (Loss.sign(y.scalars[i]) > 0) { correct += 1 }
            return p.count == 0 ? 0 : Double(correct) / Double(p.count)
        }
        return Metrics.accuracyOfAligned(p, y, threshold: thresholdsAtHalf ? 0.5 : 0)
    }

    /// ±1 from a target in {−1, 0, 1}.
    @inline(__always) static func sign(_ target: Double) -> Double { target > 0 ? 1 : -1 }

    /// Predictions and targets as matrices of one shape: vectors become columns, and a column of
    /// class indices becomes one-hot rows when the predictions have several columns.
    func aligned(_ predictions: Tensor, _ targets: Tensor) throws -> (Tensor, Tensor) {
        let p = predictions.asMatrix
        var y = targets.asMatrix
        if p.rank == 2, y.rank == 2, p.shape[1] > 1, y.shape[1] == 1, p.shape[0] == y.shape[0] {
            y = try Metrics.oneHot(y.scalars, classes: p.shape[1])
        }
        guard p.shape == y.shape else {
            throw MLError.shapeMismatch("\(rawValue) needs predictions and targets of one shape, got \(describe(shape: predictions.shape)) and \(describe(shape: targets.shape))")
        }
        return (p, y)
    }
}

extension Tensor {
    /// A vector as a one-column matrix; other tensors unchanged.
    var asMatrix: Tensor {
        switch rank {
        case 0: return Tensor(unchecked: [1, 1], scalars: scalars)
        case 1: return Tensor(unchecked: [count, 1], scalars: scalars)
        default: return self
        }
    }
}
