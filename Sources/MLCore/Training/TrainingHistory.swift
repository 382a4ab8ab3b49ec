/// What happened during `fit`: per-epoch losses and accuracies, for plots and checks.
public struct TrainingHistory: Equatable, Sendable, CustomStringConvertible {
    /// Mean training loss of each epoch (averaged over its mini-batches, before the penalty terms).
    public var loss: [Double] = []
    /// Training accuracy of each epoch, from the mini-batch predictions.
    public var accuracy: [Double] = []
    /// Validation loss after each epoch (empty without validation data).
    public var validationLoss: [Double] = []
    /// Validation accuracy after each epoch.
    public var validationAccuracy: [Double] = []
    /// The learning rate used in each epoch.
    public var learningRates: [Double] = []
    /// Whether early stopping ended training before the last epoch.
    public var stoppedEarly = false
    /// The epoch (0-based) whose weights the model holds at the end when early stopping was on.
    public var bestEpoch: Int?

    /// The number of epochs run.
    public var epochs: Int { loss.count }

    public var description: String {
        guard let last = loss.last else { return "TrainingHistory(no epochs)" }
        var text = "TrainingHistory(\(epochs) epochs, loss: \(last)"
        if let accuracy = accuracy.last { text += ", accuracy: \(accuracy)" }
        if let validation = validationLoss.last { text += ", validation loss: \(validation)" }
        if let validation = validationAccuracy.last { text += ", validation accuracy: \(validation)" }
        return text + (stoppedEarly ? ", stopped early)" : ")")
    }
}

/// One epoch's numbers, handed to `fit`'s progress callback (e.g. for a progress bar).
public struct EpochReport: Equatable, Sendable {
    /// The epoch just finished, counting from 1.
    public var epoch: Int
    /// The number of epochs asked for.
    public var epochs: Int
    public var loss: Double
    public var accuracy: Double
    public var validationLoss: Double?
    public var validationAccuracy: Double?
}
