import MLCore
import Plots

/// Boosting round by round: the lecture's picture of the training error falling while the test
/// error levels off.
extension Figure {
    /// The misclassified fraction of `train` (and of `test`, if given) after each round of a
    /// boosted ensemble (AdaBoost, gradient boosting).
    public static func stagedErrors(_ model: any StagedClassifier, train: Dataset, test: Dataset? = nil,
                                    title: String = "Error per boosting round") throws -> Figure {
        try require(model.roundCount > 0, "a staged-error chart needs a fitted ensemble; call fit(_:) first")
        var series = [Series("training error", y: try model.stagedErrors(on: train))]
        if let test { series.append(Series("test error", y: try model.stagedErrors(on: test))) }
        return Figure(.line(LineChart(series: series)), title: title, xLabel: "round", yLabel: "error")
    }
}
