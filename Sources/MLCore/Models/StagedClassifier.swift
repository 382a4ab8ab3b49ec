/// A classifier built in rounds (boosting), whose prediction after every round can be replayed.
///
/// `stagedErrors(on:)` is the lecture's picture of boosting: the training error falls round after
/// round while the test error levels off (or, on noisy data, turns up again).
public protocol StagedClassifier: Classifier {
    /// The number of rounds the fitted ensemble holds (boosting may stop before the rounds asked for).
    var roundCount: Int { get }

    /// The predicted classes of `features` after each round: element r is what the first r + 1
    /// rounds decide.
    func stagedClassify(_ features: Tensor) throws -> [[Int]]
}

extension StagedClassifier {
    /// The fraction of `data` misclassified after each round.
    public func stagedErrors(on data: Dataset) throws -> [Double] {
        let truth = try ClassLabels(data.targets, purpose: "a staged error").labels
        guard !truth.isEmpty else { throw MLError.invalidArgument("a staged error needs at least one example, got an empty data set") }
        return try stagedClassify(data.features).map { predicted in
            Double(zip(predicted, truth).filter { $0 != $1 }.count) / Double(truth.count)
        }
    }
}
