import Foundation
import MLCore
import Plots

/// The figures of unsupervised learning: k-means clusters with their centroids, a PCA projection.
extension Figure {
    /// The clusters of a two-feature `kmeans` over `data`: each region of the plane tinted by its
    /// nearest centroid, the examples coloured by their cluster, the centroids ringed.
    public static func clusters(_ kmeans: KMeans, data: Dataset, resolution: Int = 80,
                                title: String = "k-means clusters") throws -> Figure {
        try require(kmeans.inputSize != nil, "a cluster figure needs a fitted k-means model; call fit(_:) first")
        let assigned = try kmeans.classify(data.features)
        let clustered = try Dataset(features: data.features, targets: Tensor(assigned.map(Double.init)))
        let names = (0..<kmeans.clusters).map { "cluster \($0)" }
        var figure = try decisionBoundary(kmeans, data: clustered, resolution: resolution, classNames: names, title: title)
        guard case .decisionBoundary(var boundary) = figure.content else { return figure }
        let c = kmeans.centroids.scalars
        boundary.ringed = stride(from: 0, to: c.count - 1, by: 2).map { (x: c[$0], y: c[$0 + 1]) }
        boundary.ringedName = "centroids"
        figure.content = .decisionBoundary(boundary)
        return figure
    }

    /// `data` projected onto the first two principal components of `pca`, coloured by class; the
    /// axes say how much of the variance each component keeps.
    public static func pcaProjection(_ pca: PCA, data: Dataset, classNames: [String] = [],
                                     title: String = "PCA projection") throws -> Figure {
        try require(pca.inputSize != nil, "a PCA figure needs a fitted PCA; call fit(_:) first")
        try require(pca.principalComponents.rowCount >= 2,
                    "a PCA projection is drawn on the first two components, but this PCA keeps \(pca.principalComponents.rowCount)")
        let projected = try pca.transform(data.features)
        let k = projected.columnCount
        var firstTwo: [Double] = []
        firstTwo.reserveCapacity(2 * projected.rowCount)
        for row in 0..<projected.rowCount { firstTwo += [projected.scalars[row * k], projected.scalars[row * k + 1]] }
        let points = try Dataset(features: Tensor(shape: [projected.rowCount, 2], scalars: firstTwo), targets: data.targets)
        func label(_ c: Int) -> String {
            "PC \(c + 1) (\(String(format: "%.1f", 100 * pca.explainedVarianceRatio[c])) % of the variance)"
        }
        return try scatter(points, classNames: classNames, title: title, xLabel: label(0), yLabel: label(1))
    }
}
