import MLCore
import Plots

/// Receiver operating characteristic curves, each with its area under the curve in the legend.
extension Figure {
    /// The ROC curve of one model's `scores` for binary `labels` (1 positive, anything else
    /// negative), with its AUC.
    public static func roc(scores: [Double], labels: [Int], name: String = "model",
                           title: String = "ROC curve") throws -> Figure {
        .roc([try rocCurve(scores: scores, labels: labels, name: name)], title: title)
    }

    /// Several models' ROC curves on the same examples: one list of scores per model, named in
    /// order by `names` ("model 1", "model 2", … without names).
    public static func roc(scores: [[Double]], labels: [Int], names: [String] = [],
                           title: String = "ROC curve") throws -> Figure {
        try require(!scores.isEmpty, "a ROC chart needs at least one model's scores, got none")
        let labelsOfCurves = try seriesNames(names, count: scores.count, prefix: "model", what: "lists of scores")
        let curves = try zip(labelsOfCurves, scores).map { name, modelScores in
            try rocCurve(scores: modelScores, labels: labels, name: name)
        }
        return .roc(curves, title: title)
    }

    /// The ROC curve of a binary classifier on `data`: its score for class 1 (a probability or a
    /// decision value) against the data's labels (1 positive, anything else negative).
    ///
    /// Any classifier works: a network with one output (its score) or two (a softmax: the second
    /// probability), a tree, a forest, a boosted ensemble. More classes have no single score.
    public static func roc(_ model: any Classifier, data: Dataset, name: String = "model",
                           title: String = "ROC curve") throws -> Figure {
        try require(model.classCount == 2,
                    "a ROC curve needs one score per example, but the model gives \(model.classCount) outputs per example (one per class); use a binary classifier: one output (the score of the positive class) or two (a softmax over two classes)")
        let scores = try model.positiveClassScores(data.features)
        return .roc([try rocCurve(scores: scores, labels: data.labels, name: name)], title: title)
    }
}

/// One curve with MLCore's points and trapezoid AUC, after checking what MLCore does not.
private func rocCurve(scores: [Double], labels: [Int], name: String) throws -> ROCCurve {
    try require(scores.allSatisfy(\.isFinite),
                "the scores of “\(name)” contain NaN or infinite values; a ROC curve needs a finite score for every example")
    let points = try Metrics.rocCurve(scores: scores, labels: labels)
    return ROCCurve(name, falsePositiveRate: points.map(\.falsePositiveRate),
                    truePositiveRate: points.map(\.truePositiveRate), auc: Metrics.auc(points))
}
