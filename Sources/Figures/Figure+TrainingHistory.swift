import MLCore
import Plots

/// Loss and accuracy curves from `fit`'s `TrainingHistory`: the lecture's "always plot the losses".
extension Figure {
    /// The training loss per epoch, with the validation loss beside it when `fit` recorded one.
    ///
    /// Epochs are numbered from 1 on the x axis. `logY` puts the loss on a log scale, which shows
    /// a slow decline and a plateau as clearly as the first steep drop.
    public static func lossCurves(_ history: TrainingHistory, logY: Bool = false,
                                  title: String = "Loss") throws -> Figure {
        try requireEpochs(history, what: "loss curves")
        var series = [Series("training", y: history.loss)]
        if !history.validationLoss.isEmpty { series.append(Series("validation", y: history.validationLoss)) }
        return .line(series, title: title, xLabel: "epoch", yLabel: "loss", logY: logY)
    }

    /// The training accuracy per epoch, with the validation accuracy when `fit` recorded one.
    ///
    /// The second figure of a training run: accuracy moves much less than the loss, and the gap
    /// between its two curves is where overfitting shows.
    public static func accuracyCurves(_ history: TrainingHistory, title: String = "Accuracy") throws -> Figure {
        try requireEpochs(history, what: "accuracy curves")
        try require(!history.accuracy.isEmpty,
                    "accuracy curves need a history with accuracies; this one recorded only losses")
        var series = [Series("training", y: history.accuracy)]
        if !history.validationAccuracy.isEmpty { series.append(Series("validation", y: history.validationAccuracy)) }
        return .line(series, title: title, xLabel: "epoch", yLabel: "accuracy")
    }

    /// The training losses of several runs on one chart, one named series per run.
    ///
    /// Used to compare learning rates, batch sizes or optimisers: `names` labels the runs in
    /// order ("η=0.003", "η=0.3", "η=10"); without names they are "run 1", "run 2", ….
    /// With `validation: true` each run also gets its validation curve, named "<name> validation".
    public static func lossCurves(_ histories: [TrainingHistory], names: [String] = [], validation: Bool = false,
                                  logY: Bool = false, title: String = "Loss") throws -> Figure {
        try require(!histories.isEmpty, "comparing loss curves needs at least one training history, got none")
        let labels = try seriesNames(names, count: histories.count, prefix: "run", what: "histories")
        var series: [Series] = []
        for (name, history) in zip(labels, histories) {
            try requireEpochs(history, what: "loss curves", name: name)
            series.append(Series(name, y: history.loss))
            if validation {
                try require(!history.validationLoss.isEmpty,
                            "validation curves were asked for, but “\(name)” was trained without validation data (pass validation: to fit)")
                series.append(Series("\(name) validation", y: history.validationLoss))
            }
        }
        return .line(series, title: title, xLabel: "epoch", yLabel: "loss", logY: logY)
    }
}

/// Throws unless `history` has at least one epoch.
private func requireEpochs(_ history: TrainingHistory, what: String, name: String? = nil) throws {
    let which = name.map { "the history “\($0)”" } ?? "this history"
    try require(history.epochs > 0,
                "\(what) need a training history with at least one epoch, but \(which) is empty (was fit called with epochs: 0?)")
}
