/// One series of bars in a bar chart, a value per category label.
public struct BarGroup: Equatable, Sendable, Codable {
    /// The legend name (a chart with one unnamed group has no legend).
    public var name: String
    /// One value per label; missing values are drawn as nothing.
    public var values: [Double]

    /// Creates a series of bars.
    public init(_ name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// Bars over category labels; several groups are drawn side by side within each category.
public struct BarChart: Equatable, Sendable, Codable {
    /// The category labels along the horizontal axis.
    public var labels: [String]
    /// The series of bars.
    public var groups: [BarGroup]

    /// Creates a bar chart.
    public init(labels: [String], groups: [BarGroup]) {
        self.labels = labels
        self.groups = groups
    }
}
