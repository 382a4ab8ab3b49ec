import MLCore
import Plots

/// A 2-D data set as labelled points: the features as (x₁, x₂) and a class index per example.
///
/// Class labels come from `Dataset.labels` (rounded targets of one column, argmax of one-hot
/// rows). Plots draws class k in colour k and cannot show a negative class, so when any label is
/// negative — targets in {−1, +1} for the hinge loss, say — the distinct labels are renumbered
/// 0, 1, … in increasing order and named after their original values ("class -1", "class 1").
struct ClassifiedPoints {
    var points: ScatterPoints
    /// The smallest and largest finite x₁ and x₂.
    var xExtent: ClosedRange<Double>
    var yExtent: ClosedRange<Double>

    /// Reads `data`; `purpose` starts the error messages ("a scatter plot").
    init(_ data: Dataset, classNames: [String], purpose: String) throws {
        try require(data.featureCount == 2,
                    "\(purpose) needs 2 features per example (x₁, x₂), but this dataset has \(data.featureCount); choose two feature columns first")
        try require(data.count > 0, "\(purpose) needs at least one example, but this dataset is empty")
        let scalars = data.features.scalars
        let x = stride(from: 0, to: scalars.count, by: 2).map { scalars[$0] }
        let y = stride(from: 1, to: scalars.count, by: 2).map { scalars[$0] }
        guard let xExtent = finiteExtent(x), let yExtent = finiteExtent(y) else {
            throw FigureError("\(purpose) needs at least one example with finite features, but every example has a NaN or infinite feature")
        }
        var classes = data.labels
        var names = classNames
        if classes.contains(where: { $0 < 0 }) {
            let distinct = Array(Set(classes)).sorted()
            var index: [Int: Int] = [:]
            for (position, label) in distinct.enumerated() { index[label] = position }
            classes = classes.map { index[$0] ?? 0 }
            if names.isEmpty { names = distinct.map { "class \($0)" } }
        }
        self.points = ScatterPoints(x: x, y: y, classes: classes, classNames: names)
        self.xExtent = xExtent
        self.yExtent = yExtent
    }
}

/// The smallest and largest finite value, nil when there is none.
func finiteExtent(_ values: [Double]) -> ClosedRange<Double>? {
    var low = Double.infinity, high = -Double.infinity
    for value in values where value.isFinite {
        low = min(low, value)
        high = max(high, value)
    }
    return low <= high ? low...high : nil
}
