import Foundation
import MLCore
import Plots

/// What a trained classifier decides at every point of the plane, with the data on top.
extension Figure {
    /// What `model` decides over a `resolution` × `resolution` grid spanning `data`, shaded, with
    /// the examples drawn on top. Any classifier works: a network, a tree, a forest, a boosted
    /// ensemble (and whatever else adopts `Classifier`).
    ///
    /// The grid covers the data's range of x₁ and x₂ widened by `margin` (a fraction of each span,
    /// 0.1 = 10 % on every side) and then out to round axis ticks, so that the shading fills the
    /// chart; it is sent through the model as one batch, so 80 × 80 = 6400 points cost one
    /// forward pass. What is shaded depends on what the model gives:
    /// - two classes and probabilities (a sigmoid or softmax network, a tree, a forest, boosting):
    ///   the probability of class 1, with its 0.5 line drawn as the boundary;
    /// - two classes and decision values (a logit, a hinge score, an SVM's margin; with two
    ///   outputs, their difference): the value shown through the logistic function, so that the
    ///   drawn 0.5 line is the value's 0 — except a tanh network's output t, shown as (t + 1) / 2,
    ///   its own range mapped onto [0, 1];
    /// - three classes or more: the predicted class (the largest output), one tint per class.
    ///
    /// Throws unless the data has two features and the model takes two inputs.
    public static func decisionBoundary(_ model: any Classifier, data: Dataset, resolution: Int = 80,
                                        margin: Double = 0.1, classNames: [String] = [],
                                        title: String = "Decision boundary") throws -> Figure {
        let classified = try ClassifiedPoints(data, classNames: classNames, purpose: "a decision boundary")
        if let inputs = model.inputSize {
            try require(inputs == 2,
                        "a decision boundary is drawn over the plane (x₁, x₂), so it needs a model with 2 inputs, but this model takes \(inputs)")
        }
        try requireCount(resolution, in: 2...500, name: "resolution")
        try require(margin.isFinite && margin >= 0 && margin <= 10, "margin must be a fraction between 0 and 10 of the data's span, got \(margin)")
        let xRange = niceRange(widened(classified.xExtent, by: margin), ticks: 6)
        let yRange = niceRange(widened(classified.yExtent, by: margin), ticks: 5)
        let xs = evenlySpaced(xRange, count: resolution)
        let ys = evenlySpaced(yRange, count: resolution)
        var inputs: [Double] = []
        inputs.reserveCapacity(2 * resolution * resolution)
        for y in ys {                                  // row 0 is the bottom edge
            for x in xs { inputs.append(x); inputs.append(y) }
        }
        let batch = try Tensor(shape: [resolution * resolution, 2], scalars: inputs)
        let values = try gridValues(model, batch, points: resolution * resolution)
        let grid = Grid(x: AxisRange(xRange.lowerBound, xRange.upperBound), y: AxisRange(yRange.lowerBound, yRange.upperBound),
                        columns: resolution, rows: resolution, values: values)
        return .decisionBoundary(grid, points: classified.points, title: title, xLabel: "x₁", yLabel: "x₂")
    }
}

/// `range` widened by `fraction` of its span on each side; a single value gets ±0.5 (or ±10 %
/// of its size, if larger) so that the grid still has an area.
private func widened(_ range: ClosedRange<Double>, by fraction: Double) -> ClosedRange<Double> {
    let span = range.upperBound - range.lowerBound
    let pad = span > 0 ? fraction * span : max(0.5, 0.1 * abs(range.lowerBound))
    return (range.lowerBound - pad)...(range.upperBound + pad)
}

/// One number per grid point from the model's outputs, as described on `decisionBoundary`.
private func gridValues(_ model: any Classifier, _ batch: Tensor, points: Int) throws -> [Double] {
    let output = try model.predict(batch)
    let columns = points > 0 ? output.count / points : 0
    try require(columns >= 1 && output.count == points * columns,
                "the model returned \(output.count) numbers for \(points) grid points; a classifier must give the same number of outputs for every input")
    let scores = output.scalars
    guard model.classCount == 2, columns <= 2 else {
        return stride(from: 0, to: scores.count, by: columns).map { start in
            var best = start
            for i in start..<(start + columns) {
                if scores[i].isNaN { return .nan }           // a diverged model: leave the cell blank
                if scores[i] > scores[best] { best = i }
            }
            return Double(best - start)
        }
    }
    let positive = try model.positiveClassScores(batch)
    if model.outputKind == .probabilities { return positive }
    if let network = model as? Sequential, network.denseLayers.last?.activation == .tanh {
        return positive.map { ($0 + 1) / 2 }
    }
    return positive.map { $0.isNaN ? .nan : 1 / (1 + exp(-$0)) }
}
