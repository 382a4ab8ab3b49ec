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
