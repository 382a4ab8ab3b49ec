import XCTest
import Plots
@testable import Interpreter

/// SVMs, kernels, k-means and PCA from lesson code, with their figures and located errors.
final class SVMLibraryTests: XCTestCase {
    func testTheFourPointSVMFromLessonCode() {
        assertOutput("""
        let four = try Dataset(features: Tensor([[-1, 0], [-2, 1], [1, 0], [2, -1]]), targets: Tensor([0, 0, 1, 1]))
        let svm = SVM(c: 1000, kernel: .linear, tolerance: 1e-9)
        try svm.fit(four)
        print(svm.supportIndices, svm.alphas.map { ($0 * 1000).rounded() / 1000 }, ((svm.margin ?? 0) * 1000).rounded() / 1000, svm.converged)
        print(try svm.classify(Tensor([[-3, 0], [3, 0]])), svm.outputKind, svm.classCount, try Metrics.accuracy(svm, on: four))
        print(try Kernel.polynomial(degree: 2, gamma: 1, coef0: 0).value([1, 2], [3, -1]), try Kernel.rbf(gamma: 0.5).value([0, 0], [0, 0]))
        let custom = SVM(kernel: .custom(name: "dot") { x, y in x[0] * y[0] + x[1] * y[1] })
        try custom.fit(four)
        print(custom.supportVectorCount, custom.kernel, SVM().kernel)
        print(try FeatureMap.radial(Tensor([[3, 4]])).scalars, try FeatureMap.quadratic(four).featureCount)
        """, """
        [0, 2] [0.5, 0.5] 2.0 true
        [0, 1] decisionValues 2 1.0
        1.0 1.0
        2 dot rbf(gamma: scale)
        [3.0, 5.0] 3

        """)
    }

    func testKMeansAndPCAFromLessonCode() {
        assertOutput("""
        let squares = try Dataset(features: Tensor([[0, 0], [0, 1], [1, 0], [1, 1], [10, 0], [10, 1], [11, 0], [11, 1]]), targets: Tensor([0, 0, 0, 0, 1, 1, 1, 1]))
        let kmeans = KMeans(clusters: 2, seed: 1)
        try kmeans.fit(squares)
        print(kmeans.inertia, kmeans.labels[0] != kmeans.labels[4], kmeans.iterations >= 1, try KMeans.elbow(squares, upTo: 2))
        let pca = PCA()
        try pca.fit(features: Tensor([[2, 0], [0, 1], [-2, 0], [0, -1]]))
        print(pca.explainedVarianceRatio.map { ($0 * 1000).rounded() / 1000 }, pca.principalComponents.scalars, try pca.transform(Tensor([[1, 1]])).scalars)
        print(try pca.transform(squares).featureCount, KMeans(initialization: .random).initialization)
        """, """
        4.0 true true [204.0, 4.0]
        [0.8, 0.2] [1.0, 0.0, 0.0, 1.0] [1.0, 1.0]
        2 random

        """)
    }

    func testEachFigureAddsOneDecisionBoundaryOrScatter() throws {
        let out = runCell("""
        let data = try Datasets.moons(count: 60, noise: 0.2, seed: 1)
        let svm = SVM()
        try svm.fit(data)
        plotMargin(svm, data: data, resolution: 20)
        let kmeans = KMeans(clusters: 3, seed: 2)
        try kmeans.fit(data)
        plotClusters(kmeans, data: data, resolution: 20)
        let pca = PCA()
        try pca.fit(data)
        plotProjection(pca, data: data)
        """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.figures.count, 3)
        guard case .decisionBoundary(let margin) = out.figures[0].content else { return XCTFail("expected a decision boundary") }
        XCTAssertEqual(margin.guideLevels.count, 2)
        XCTAssertFalse(margin.ringed.isEmpty)
        guard case .decisionBoundary(let clusters) = out.figures[1].content else { return XCTFail("expected a decision boundary") }
        XCTAssertEqual(clusters.ringed.count, 3)
        XCTAssertEqual(clusters.ringedName, "centroids")
        guard case .scatter = out.figures[2].content else { return XCTFail("expected a scatter plot") }
        XCTAssertTrue(out.figures[2].xLabel.hasPrefix("PC 1 ("))
    }

    func testBadInputIsALocatedError() {
        assertError("""
        let one = try Dataset(features: Tensor([[0, 0], [1, 1]]), targets: Tensor([1, 1]))
        let svm = SVM()
        try svm.1️⃣fit(one)
        """, "uncaught error: invalid argument: an SVM needs examples of at least two classes, but every example has class 1")
        assertError("""
        let kmeans = KMeans(clusters: 3)
        try kmeans.1️⃣fit(features: Tensor([[0, 0], [1, 1]]))
        """, "uncaught error: invalid argument: k-means with 3 clusters needs at least 3 examples, got 2")
        assertError("""
        let pca = PCA()
        1️⃣plotProjection(pca, data: try Datasets.moons(count: 10, seed: 1))
        """, "uncaught error: a PCA figure needs a fitted PCA; call fit(_:) first")
        assertError("""
        let data = try Datasets.moons(count: 10, seed: 1)
        let svm = SVM(kernel: .custom { x, y in Double.nan })
        try svm.1️⃣fit(data)
        """, "uncaught error: invalid argument: the custom kernel returned nan; a kernel value must be finite")
    }
}
