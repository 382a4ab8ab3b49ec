import Foundation
import XCTest
@testable import MLCore

/// The bias–variance decomposition against cases whose answer is known in closed form.
final class BiasVarianceTests: XCTestCase {
    func testTheMeanOfNoisyConstantsHasVarianceSigmaSquaredOverN() throws {
        // f = 2, σ = 1, n = 20: a degree-0 fit is the sample mean: unbiased, variance σ²/n = 0.05.
        let experiment = BiasVariance(noise: 1, trainingSize: 20, repetitions: 4000, testPoints: 5, seed: 1) { _ in 2 }
        let result = try experiment.run(complexities: [0]) { PolynomialRegression(degree: $0) }
        XCTAssertEqual(result.variance[0], 0.05, accuracy: 0.005)
        XCTAssertEqual(result.bias2[0], 0, accuracy: 1e-4)
        XCTAssertEqual(result.noise, 1)
        // Measured on 20 000 fresh noise draws: standard error √(2/20 000) = 0.01.
        XCTAssertEqual(result.testError[0], 1.05, accuracy: 0.04)
    }

    func testBiasPlusVarianceIsTheMeanSquaredDistanceToTheTruth() throws {
        let experiment = BiasVariance(noise: 0.3, trainingSize: 25, repetitions: 50, testPoints: 40, seed: 2) { sin(2 * .pi * $0) }
        let result = try experiment.run(complexities: [1, 3, 9]) { PolynomialRegression(degree: $0) }
        for (c, fits) in result.fits.enumerated() {
            var total = 0.0
            for fit in fits { for (p, f) in zip(fit, result.truth) { total += (p - f) * (p - f) } }
            let mean = total / Double(fits.count * result.truth.count)
            XCTAssertEqual(result.bias2[c] + result.variance[c], mean, accuracy: 1e-12 * mean)
        }
        // A line cannot follow a sine (bias); degree 9 on 25 points follows the noise (variance).
        XCTAssertGreaterThan(result.bias2[0], 10 * result.bias2[1])
        XCTAssertGreaterThan(result.variance[2], 2 * result.variance[1])
        XCTAssertEqual(result.bestComplexity, 3)
        for i in 0..<3 { XCTAssertEqual(result.testError[i], result.expectedError[i], accuracy: 0.15 * result.expectedError[i]) }
    }

    func testTreesOfRisingDepthAndDeterminism() throws {
        let experiment = BiasVariance(noise: 0.3, trainingSize: 40, repetitions: 30, testPoints: 30, seed: 3) { sin(2 * .pi * $0) }
        let first = try experiment.run(complexities: [1, 2, 8]) { RegressionTree(maxDepth: $0) }
        let again = try experiment.run(complexities: [1, 2, 8]) { RegressionTree(maxDepth: $0) }
        XCTAssertEqual(first.bias2, again.bias2)
        XCTAssertEqual(first.variance, again.variance)
        XCTAssertGreaterThan(first.bias2[0], first.bias2[2])
        XCTAssertGreaterThan(first.variance[2], first.variance[0])
        XCTAssertTrue(first.description.hasPrefix("complexity  bias²     variance  noise     expected  measured\n1 "))
    }

    func testBadInput() {
        let experiment = BiasVariance(noise: 0.1, trainingSize: 10, repetitions: 1, seed: 1) { $0 }
        XCTAssertThrowsError(try experiment.run(complexities: [1]) { PolynomialRegression(degree: $0) }) { error in
            XCTAssertEqual((error as? MLError)?.message, "BiasVariance: repetitions must be ≥ 2 (a variance needs two fits), got 1")
        }
        let infinite = BiasVariance(noise: 0.1, trainingSize: 10, repetitions: 3, seed: 1) { 1 / ($0 - $0) }
        XCTAssertThrowsError(try infinite.run(complexities: [1]) { PolynomialRegression(degree: $0) }) { error in
            XCTAssertEqual((error as? MLError)?.message, "BiasVariance: the true function gave inf; every value must be finite")
        }
    }
}
