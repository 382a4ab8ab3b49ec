import Figures
import MLCore
import Plots
import XCTest

/// An SVM's margin and support vectors, k-means clusters and a PCA projection as figures.
final class SVMFigureTests: XCTestCase {
    private func four() throws -> Dataset {
        try Dataset(features: Tensor([[-1, 0], [-2, 1], [1, 0], [2, -1]]), targets: Tensor([0, 0, 1, 1]))
    }

    func testMarginEdgesAndSupportVectors() throws {
        let svm = SVM(c: 1000, kernel: .linear, tolerance: 1e-9)
        try svm.fit(four())
        let figure = try Figure.svmMargin(svm, data: four(), resolution: 21, classNames: ["a", "b"])
        guard case .decisionBoundary(let boundary) = figure.content else { return XCTFail("expected a decision boundary") }
        // The edges f = ±1 are drawn at the logistic function's values there.
        XCTAssertEqual(boundary.guideLevels[0], 1 / (1 + exp(1.0)), accuracy: 1e-15)
        XCTAssertEqual(boundary.guideLevels[1], 1 / (1 + exp(-1.0)), accuracy: 1e-15)
        XCTAssertEqual(boundary.ringed.map(\.x), [-1, 1])
        XCTAssertEqual(boundary.ringed.map(\.y), [0, 0])
        XCTAssertEqual(boundary.ringedName, "support vectors (2)")
        let svg = renderSVG(figure)
        XCTAssertEqual(svg.components(separatedBy: "class=\"lp-ring\"").count - 1, 3, "two support vectors and the legend swatch")
        XCTAssertEqual(svg.components(separatedBy: "class=\"lp-reference\"").count - 1, 3, "two edges and the legend swatch")
        XCTAssertTrue(svg.contains("2 ringed points (support vectors (2))"))
        let text = renderTerminal(figure, width: 60, height: 20, color: false)
        XCTAssertTrue(text.contains("◎"))
        XCTAssertTrue(text.contains("· margin, f(x) = ±1"))
    }

    func testClustersAreTintedWithCentroidsRinged() throws {
        let data = try Datasets.blobs(count: 90, classes: 3, spread: 0.3, seed: 1)
        let kmeans = KMeans(clusters: 3, seed: 2)
        try kmeans.fit(data)
        let figure = try Figure.clusters(kmeans, data: data, resolution: 15)
        guard case .decisionBoundary(let boundary) = figure.content else { return XCTFail("expected a decision boundary") }
        XCTAssertEqual(boundary.points.classNames, ["cluster 0", "cluster 1", "cluster 2"])
        XCTAssertEqual(boundary.points.classes, kmeans.labels)
        XCTAssertEqual(boundary.ringed.count, 3)
        XCTAssertTrue(boundary.grid.values.allSatisfy { [0, 1, 2].contains($0) }, "the cells hold cluster labels")
    }

    func testProjectionAxesNameTheirVariance() throws {
        let pca = PCA()
        try pca.fit(features: Tensor([[2, 0], [0, 1], [-2, 0], [0, -1]]))
        let data = try Dataset(features: Tensor([[2, 0], [0, 1], [-2, 0], [0, -1]]), targets: Tensor([0, 1, 0, 1]))
        let figure = try Figure.pcaProjection(pca, data: data)
        XCTAssertEqual(figure.xLabel, "PC 1 (80.0 % of the variance)")
        XCTAssertEqual(figure.yLabel, "PC 2 (20.0 % of the variance)")
        guard case .scatter(let points) = figure.content else { return XCTFail("expected a scatter plot") }
        XCTAssertEqual(points.x, [2, 0, -2, 0])
        XCTAssertEqual(points.y, [0, 1, 0, -1])
    }

    func testUnfittedModelsAndOneComponentAreErrors() throws {
        XCTAssertThrowsError(try Figure.svmMargin(SVM(), data: four()))
        XCTAssertThrowsError(try Figure.clusters(KMeans(), data: four()))
        let pca = PCA(components: 1)
        try pca.fit(four())
        XCTAssertThrowsError(try Figure.pcaProjection(pca, data: four())) { error in
            XCTAssertEqual("\(error)", "a PCA projection is drawn on the first two components, but this PCA keeps 1")
        }
    }
}
