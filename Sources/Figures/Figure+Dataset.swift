import MLCore
import Plots

/// A data set of two features drawn as points, one colour and marker per class.
extension Figure {
    /// The examples of a 2-D `data` set as a scatter plot, coloured by class.
    ///
    /// Classes come from the targets: a column of 0/1 or integer labels, or one-hot rows (the
    /// position of the 1). `classNames` names the classes in the legend in order; without it
    /// they are "class 0", "class 1", …. Throws unless the data has exactly two features.
    public static func scatter(_ data: Dataset, classNames: [String] = [], title: String = "",
                               xLabel: String = "x₁", yLabel: String = "x₂") throws -> Figure {
        let classified = try ClassifiedPoints(data, classNames: classNames, purpose: "a scatter plot")
        return .scatter(classified.points, title: title, xLabel: xLabel, yLabel: yLabel)
    }
}
