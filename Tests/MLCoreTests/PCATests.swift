import XCTest
@testable import MLCore

/// PCA and its Jacobi eigendecomposition against hand values and scikit-learn.
final class PCATests: XCTestCase {
    /// [[2, 1], [1, 2]] has eigenvalues 3 and 1 with eigenvectors (1, 1)/√2 and (1, −1)/√2.
    func testEigenOfATwoByTwoByHand() throws {
        let eigen = try SymmetricEigen([[2, 1], [1, 2]])
        XCTAssertEqual(eigen.values[0], 3, accuracy: 1e-14)
        XCTAssertEqual(eigen.values[1], 1, accuracy: 1e-14)
        let r = 0.5.squareRoot()
        for (got, expected) in zip(eigen.vectors.flatMap { $0 }, [r, r, r, -r]) { XCTAssertEqual(got, expected, accuracy: 1e-14) }
    }

    /// A random symmetric 6 × 6 matrix: A v = λ v for every pair, and the vectors are orthonormal.
    func testEigenResidualsAndOrthogonality() throws {
        var generator = RandomGenerator(seed: 4)
        var a = [[Double]](repeating: [Double](repeating: 0, count: 6), count: 6)
        for i in 0..<6 { for j in i..<6 { a[i][j] = generator.uniform(-1, 1); a[j][i] = a[i][j] } }
        let eigen = try SymmetricEigen(a)
        for (value, vector) in zip(eigen.values, eigen.vectors) {
            for i in 0..<6 {
                let av = (0..<6).reduce(0) { $0 + a[i][$1] * vector[$1] }
                XCTAssertEqual(av, value * vector[i], accuracy: 1e-12)
            }
        }
        for p in 0..<6 {
            for q in 0..<6 {
                let d = zip(eigen.vectors[p], eigen.vectors[q]).reduce(0) { $0 + $1.0 * $1.1 }
                XCTAssertEqual(d, p == q ? 1 : 0, accuracy: 1e-12)
            }
        }
        XCTAssertEqual(eigen.values, eigen.values.sorted(by: >))
    }

    /// (±2, 0), (0, ±1): mean 0, variances 8/3 and 2/3 (n − 1 = 3), no covariance, so the
    /// components are the axes and the ratios 0.8 and 0.2.
    func testAxisAlignedDataByHand() throws {
        let pca = PCA()
        try pca.fit(features: Tensor([[2, 0], [0, 1], [-2, 0], [0, -1]]))
        XCTAssertEqual(pca.mean, [0, 0])
        XCTAssertEqual(pca.explainedVariance[0], 8.0 / 3, accuracy: 1e-14)
        XCTAssertEqual(pca.explainedVariance[1], 2.0 / 3, accuracy: 1e-14)
        XCTAssertEqual(pca.explainedVarianceRatio[0], 0.8, accuracy: 1e-14)
        XCTAssertEqual(pca.principalComponents.scalars, [1, 0, 0, 1])
        XCTAssertEqual(try pca.transform(Tensor([[3, -4]])).scalars, [3, -4])
    }

    /// scikit-learn 1.9.1 `PCA().fit(X)` on the ten points of SVMTests.
    func testMatchesScikitLearn() throws {
        let x = try Tensor([[0, 0], [1, 0.5], [0.5, 1.5], [2, 2], [1.5, 0], [3, 1], [2.5, 2.5], [0, 2], [3, 3], [1, 2.5]])
        let pca = PCA()
        try pca.fit(features: x)
        XCTAssertEqual(pca.explainedVariance[0], 1.71182324, accuracy: 1e-8)
        XCTAssertEqual(pca.explainedVariance[1], 0.7576212, accuracy: 1e-7)
        XCTAssertEqual(pca.explainedVarianceRatio[0], 0.69320176, accuracy: 1e-8)
        for (got, expected) in zip(pca.principalComponents.scalars, [0.75585842, 0.6547351, -0.6547351, 0.75585842]) {
            XCTAssertEqual(abs(got), abs(expected), accuracy: 1e-7)
        }
        // All components kept: the projection loses nothing.
        let back = try pca.inverseTransform(try pca.transform(x))
        for (a, b) in zip(back.scalars, x.scalars) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        // The projections are uncorrelated with the explained variances as their variances.
        let z = try pca.transform(x).rowArrays
        let v0 = z.reduce(0) { $0 + $1[0] * $1[0] } / 9, c01 = z.reduce(0) { $0 + $1[0] * $1[1] } / 9
        XCTAssertEqual(v0, pca.explainedVariance[0], accuracy: 1e-12)
        XCTAssertEqual(c01, 0, accuracy: 1e-12)
    }

    func testFewerComponentsAndSameOutput() throws {
        let data = try Datasets.blobs(count: 100, classes: 3, seed: 2)
        let wide = try Dataset(features: Tensor(data.features.rowArrays.map { [$0[0], $0[1], $0[0] + $0[1], 0.1 * $0[0]] }), targets: data.targets)
        let pca = PCA(components: 2)
        try pca.fit(wide)
        XCTAssertEqual(pca.principalComponents.shape, [2, 4])
        XCTAssertEqual(pca.allVariances.count, 4)
        XCTAssertEqual(pca.allVariances[3], 0, accuracy: 1e-10)
        XCTAssertEqual(pca.explainedVarianceRatio.reduce(0, +), 1, accuracy: 1e-10, "a rank-2 data set")
        XCTAssertEqual(try pca.transform(wide).features.shape, [100, 2])
        let again = PCA(components: 2)
        try again.fit(wide)
        XCTAssertEqual(try again.transform(wide.features), try pca.transform(wide.features))
    }

    func testBadInputIsAnErrorWithAMessage() throws {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message { try PCA().fit(features: Tensor.zeros([0, 3])) }, "invalid argument: PCA needs at least 2 examples to measure a variance, got 0")
        XCTAssertTrue(message { try PCA().fit(features: Tensor([[0, .nan], [1, 1]])) }.contains("feature 1 of example 0 is nan"))
        XCTAssertTrue(message { try PCA(components: 3).fit(features: Tensor([[0, 0], [1, 1]])) }.contains("between 1 and the 2 features"))
        XCTAssertTrue(message { _ = try PCA().transform(Tensor([[0, 0]])) }.contains("not fitted"))
        let pca = PCA()
        try pca.fit(features: Tensor([[0, 0], [1, 2], [2, 1]]))
        XCTAssertTrue(message { _ = try pca.transform(Tensor([[0, 0, 0]])) }.contains("fitted on 2 features but got 3"))
        XCTAssertTrue(message { _ = try SymmetricEigen([[1, 2], [3, 4]]) }.contains("symmetric"))
    }
}
