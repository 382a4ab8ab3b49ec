import Foundation
import MLCore
import Plots

/// A fitted SVM as the lecture draws one: the boundary f(x) = 0, the margin's edges f(x) = ±1
/// dashed, and the support vectors ringed.
extension Figure {
    /// The decision boundary of a two-feature `svm` over `data` (see `decisionBoundary`), with the
    /// margin edges and the support vectors. The shading is the decision value through the
    /// logistic function, so the edges are its levels σ(−1) and σ(1).
    public static func svmMargin(_ svm: SVM, data: Dataset, resolution: Int = 80, classNames: [String] = [],
                                 title: String = "SVM: margin and support vectors") throws -> Figure {
        try require(svm.inputSize != nil, "an SVM figure needs a fitted SVM; call fit(_:) first")
        try require(!svm.kernel.isPrecomputed, "an SVM with a precomputed kernel has no plane to draw: its features are kernel values")
        var figure = try decisionBoundary(svm, data: data, resolution: resolution, classNames: classNames, title: title)
        guard case .decisionBoundary(var boundary) = figure.content else { return figure }
        boundary.guideLevels = [1 / (1 + exp(1.0)), 1 / (1 + exp(-1.0))]
        boundary.guideName = "margin, f(x) = ±1"
        let v = svm.supportVectors.scalars
        boundary.ringed = stride(from: 0, to: v.count - 1, by: 2).map { (x: v[$0], y: v[$0 + 1]) }
        boundary.ringedName = "support vectors (\(svm.supportVectorCount))"
        figure.content = .decisionBoundary(boundary)
        return figure
    }
}
