import XCTest
@testable import MLCore

/// Polynomial least squares against hand-solved fits.
final class PolynomialRegressionTests: XCTestCase {
    func testLineThroughThreePointsByHand() throws {
        // (0, 0), (1, 1), (2, 1): slope Σ(x − 1)(y − 2/3)/Σ(x − 1)² = 1/2, intercept 2/3 − 1/2 = 1/6.
        let line = PolynomialRegression(degree: 1)
        try line.fit(try Dataset(features: Tensor([0, 1, 2]), targets: Tensor([0, 1, 1])))
        XCTAssertEqual(line.coefficients[0], 1.0 / 6, accuracy: 1e-14)
        XCTAssertEqual(line.coefficients[1], 0.5, accuracy: 1e-14)
        XCTAssertEqual(try line.predict(Tensor([4])).scalars[0], 1.0 / 6 + 2, accuracy: 1e-14)
    }

    func testRecoversAnExactPolynomial() throws {
        let xs: [Double] = [-2, -1, 0, 0.5, 1, 3, 4]
        let data = try Dataset(features: Tensor(xs), targets: Tensor(xs.map { 1 + 2 * $0 - 3 * $0 * $0 + 0.5 * $0 * $0 * $0 }))
        let cubic = PolynomialRegression(degree: 3)
        try cubic.fit(data)
        for (c, e) in zip(cubic.coefficients, [1, 2, -3, 0.5]) { XCTAssertEqual(c, e, accuracy: 1e-10) }
        XCTAssertEqual(try Metrics.meanSquaredError(cubic, on: data), 0, accuracy: 1e-20)
        // Degree 12 through 13 points of a noisy sine interpolates them (QR on scaled x stays accurate).
        let sine = try Datasets.sine(count: 13, noise: 0.1, seed: 2)
        let wiggly = PolynomialRegression(degree: 12)
        try wiggly.fit(sine)
        XCTAssertEqual(try Metrics.meanSquaredError(wiggly, on: sine), 0, accuracy: 1e-12)
    }

    func testBadInput() throws {
        XCTAssertThrowsError(try PolynomialRegression(degree: 3).fit(try Dataset(features: Tensor([1, 2, 2, 1]), targets: Tensor([1, 2, 3, 4])))) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "a polynomial of degree 3 has 4 coefficients, so it needs at least 4 distinct x values; got 2")
        }
        XCTAssertThrowsError(try PolynomialRegression(degree: -1).fit(try Datasets.sine(count: 5, seed: 1)))
        XCTAssertThrowsError(try PolynomialRegression(degree: 1).predict(Tensor([1])))
        XCTAssertThrowsError(try PolynomialRegression(degree: 1).fit(try Dataset(features: Tensor([[1, 2], [3, 4]]), targets: Tensor([1, 2]))))
    }
}
