/// One finished epoch of a `fit` running in a cell, for a progress bar.
public struct TrainingProgress: Sendable, Equatable {
    /// The epoch just finished, counting from 1.
    public var epoch: Int
    /// How many epochs the fit runs in all.
    public var epochs: Int
    public var loss: Double
    public var validationLoss: Double?

    public init(epoch: Int, epochs: Int, loss: Double, validationLoss: Double? = nil) {
        self.epoch = epoch
        self.epochs = epochs
        self.loss = loss
        self.validationLoss = validationLoss
    }
}
