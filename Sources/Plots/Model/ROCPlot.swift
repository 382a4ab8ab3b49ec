/// One model's ROC curve: true-positive rate against false-positive rate.
public struct ROCCurve: Equatable, Sendable, Codable {
    /// The model's name in the legend.
    public var name: String
    /// False-positive rates, in [0, 1].
    public var falsePositiveRate: [Double]
    /// True-positive rates, in [0, 1].
    public var truePositiveRate: [Double]
    /// The area under the curve; when nil it is computed with the trapezoid rule.
    public var auc: Double?

    /// Creates a curve.
    public init(_ name: String, falsePositiveRate: [Double], truePositiveRate: [Double], auc: Double? = nil) {
        self.name = name
        self.falsePositiveRate = falsePositiveRate
        self.truePositiveRate = truePositiveRate
        self.auc = auc
    }

    /// The finite points sorted by false-positive rate, then true-positive rate.
    var sortedPoints: [(x: Double, y: Double)] {
        let count = min(falsePositiveRate.count, truePositiveRate.count)
        return (0..<count)
            .map { (x: falsePositiveRate[$0], y: truePositiveRate[$0]) }
            .filter { $0.x.isFinite && $0.y.isFinite }
            .enumerated()
            .sorted { a, b in
                if a.element.x != b.element.x { return a.element.x < b.element.x }
                if a.element.y != b.element.y { return a.element.y < b.element.y }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    /// The given AUC, or the trapezoid-rule area under the sorted points (0 with fewer than two).
    var area: Double {
        if let auc { return auc }
        let points = sortedPoints
        guard points.count > 1 else { return 0 }
        var sum = 0.0
        for i in 1..<points.count {
            sum += (points[i].x - points[i - 1].x) * (points[i].y + points[i - 1].y) / 2
        }
        return sum
    }
}

/// ROC curves for several models, with the chance diagonal for reference.
public struct ROCPlot: Equatable, Sendable, Codable {
    /// The curves.
    public var curves: [ROCCurve]

    /// Creates a ROC plot.
    public init(curves: [ROCCurve]) {
        self.curves = curves
    }
}
