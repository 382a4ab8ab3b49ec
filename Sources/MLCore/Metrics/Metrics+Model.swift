/// The metrics of a fitted model on a data set: one call for a network, a tree, a forest or a
/// boosted ensemble alike.
///
/// The data's targets are read as class labels (one column of 0, 1, 2, … or one-hot rows); a
/// target that is no class label is an error naming its row.
extension Metrics {
    /// The fraction of `data` that `model` classifies correctly.
    public static func accuracy(_ model: any Classifier, on data: Dataset) throws -> Double {
        let (predicted, actual) = try classified(model, data, purpose: "accuracy")
        return Double(zip(predicted, actual).filter { $0 == $1 }.count) / Double(actual.count)
    }

    /// counts[actual][predicted] of `model` on `data`, over the model's classes (or the data's,
    /// if it has more).
    public static func confusionMatrix(_ model: any Classifier, on data: Dataset) throws -> [[Int]] {
        let (predicted, actual) = try classified(model, data, purpose: "a confusion matrix")
        let classes = Swift.max(model.classCount, (actual.max() ?? 0) + 1, (predicted.max() ?? 0) + 1)
        return try confusionMatrix(predicted: predicted, actual: actual, classes: classes)
    }

    /// The ROC curve of a binary `model` on `data`: its score for class 1 (a probability or a
    /// decision value) against the labels.
    public static func rocCurve(_ model: any Classifier, on data: Dataset) throws -> [ROCPoint] {
        let actual = try ClassLabels(data.targets, purpose: "a ROC curve").labels
        let scores = try model.positiveClassScores(data.features)
        if let bad = scores.firstIndex(where: { !$0.isFinite }) {
            throw MLError.invalidArgument("a ROC curve needs a finite score for every example, but the model scores example \(bad) as \(scores[bad])")
        }
        return try rocCurve(scores: scores, labels: actual)
    }

    /// The area under the ROC curve of a binary `model` on `data`.
    public static func auc(_ model: any Classifier, on data: Dataset) throws -> Double {
        auc(try rocCurve(model, on: data))
    }

    /// The mean squared difference between a regressor's predictions and the targets of `data`.
    public static func meanSquaredError(_ model: any Model, on data: Dataset) throws -> Double {
        let predictions = try model.predict(data.features).asMatrix
        guard predictions.shape == data.targets.shape else {
            throw MLError.shapeMismatch("the model gives predictions of shape \(describe(shape: predictions.shape)) for targets of shape \(describe(shape: data.targets.shape))")
        }
        try require(data.count > 0, "a mean squared error needs at least one example, got an empty data set")
        var total = 0.0
        for (p, y) in zip(predictions.scalars, data.targets.scalars) { total += (p - y) * (p - y) }
        return total / Double(predictions.count)
    }

    /// The model's classes and the data's labels, after checking that there is something to compare.
    private static func classified(_ model: any Classifier, _ data: Dataset, purpose: String) throws -> (predicted: [Int], actual: [Int]) {
        try require(data.count > 0, "\(purpose) needs at least one example, got an empty data set")
        let actual = try ClassLabels(data.targets, purpose: purpose).labels
        let predicted = try model.classify(data.features)
        guard predicted.count == actual.count else {
            throw MLError.shapeMismatch("the model gives \(predicted.count) classes for \(actual.count) examples")
        }
        return (predicted, actual)
    }
}
