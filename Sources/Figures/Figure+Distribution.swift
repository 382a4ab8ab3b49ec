import MLCore
import Plots

/// How values are distributed (histograms, e.g. of a layer's weights) and labelled bar charts.
extension Figure {
    /// A histogram of `values` in `bins` equal-width bins spanning the finite values.
    public static func histogram(of values: [Double], bins: Int = 20, title: String = "",
                                 xLabel: String = "value") throws -> Figure {
        try requireCount(bins, in: 1...1000, name: "bins")
        try require(values.contains(where: \.isFinite), "a histogram needs at least one finite value, got \(values.isEmpty ? "none" : "only NaN or infinite ones")")
        return .histogram(values, bins: .count(bins), title: title, xLabel: xLabel)
    }

    /// A histogram of every element of `tensor`, e.g. `model.denseLayers[0].weights`.
    public static func histogram(of tensor: Tensor, bins: Int = 20, title: String = "",
                                 xLabel: String = "value") throws -> Figure {
        try histogram(of: tensor.scalars, bins: bins, title: title, xLabel: xLabel)
    }

    /// One bar per label, e.g. the accuracy of each model.
    public static func bars(_ values: [Double], labels: [String], title: String = "",
                            yLabel: String = "") throws -> Figure {
        try require(!values.isEmpty, "a bar chart needs at least one value, got none")
        try require(values.count == labels.count, "a bar chart needs one label per value, got \(values.count) values and \(labels.count) labels")
        return .bar(labels: labels, values: values, title: title, yLabel: yLabel)
    }

    /// Groups of bars side by side within each label, e.g. training and validation accuracy
    /// (`groups`, named by `names`) of each model (`labels`).
    public static func bars(_ groups: [[Double]], names: [String], labels: [String], title: String = "",
                            yLabel: String = "") throws -> Figure {
        try require(!groups.isEmpty, "a grouped bar chart needs at least one group of values, got none")
        let groupNames = try seriesNames(names, count: groups.count, prefix: "group", what: "groups")
        for (name, values) in zip(groupNames, groups) {
            try require(values.count == labels.count,
                        "the group “\(name)” has \(values.count) values but there are \(labels.count) labels; give one value per label")
        }
        let chart = BarChart(labels: labels, groups: zip(groupNames, groups).map { BarGroup($0, values: $1) })
        return Figure(.bar(chart), title: title, yLabel: yLabel)
    }
}

/// Class-conditional distributions: how one feature is spread in each class, the plot physicists
/// draw to see whether a variable separates signal from background.
extension Figure {
    /// The normalised distribution of `values` in each class of `labels` (0, 1, …), as lines over
    /// shared bins spanning the finite values: each class's density integrates to 1, so classes of
    /// different sizes compare by shape. `classNames` names the classes in label order.
    public static func distributions(_ values: [Double], labels: [Int], classNames: [String] = [], bins: Int = 30,
                                     title: String = "", xLabel: String = "value") throws -> Figure {
        try requireCount(bins, in: 2...1000, name: "bins")
        try require(values.count == labels.count, "distributions need one label per value, got \(values.count) values and \(labels.count) labels")
        let finite = zip(values, labels).filter { $0.0.isFinite }
        try require(!finite.isEmpty, "distributions need at least one finite value, got \(values.isEmpty ? "none" : "only NaN or infinite ones")")
        let classes = Set(finite.map(\.1)).sorted()
        try require(classes.allSatisfy { $0 >= 0 }, "class labels must be 0, 1, …, got \(classes.first ?? 0)")
        let names = classes.map { $0 < classNames.count ? classNames[$0] : "class \($0)" }
        let low = finite.map(\.0).min() ?? 0, high = finite.map(\.0).max() ?? 1
        let width = high > low ? (high - low) / Double(bins) : 1
        let centres = (0..<bins).map { low + (Double($0) + 0.5) * width }
        let densities = classes.map { label -> [Double] in
            var counts = [Double](repeating: 0, count: bins)
            var total = 0.0
            for (value, valueLabel) in finite where valueLabel == label {
                counts[Swift.min(bins - 1, Int((value - low) / width))] += 1
                total += 1
            }
            return counts.map { $0 / (total * width) }
        }
        return try .curves(densities, names: names, x: centres, title: title, xLabel: xLabel, yLabel: "density")
    }
}
