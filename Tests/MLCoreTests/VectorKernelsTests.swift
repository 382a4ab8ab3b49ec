import Foundation
import XCTest
@testable import MLCore

/// The SIMD kernels against a reference: `exp` within 2 ulp of the 80-bit `expl`, edge cases as
/// `Foundation.exp`, the sigmoid against its scalar form.
final class VectorKernelsTests: XCTestCase {
    /// |value − reference| in units in the last place of the Double nearest the reference.
    func ulps(_ value: Double, _ reference: Float80) -> Double {
        let nearest = Double(reference)
        return Double(Swift.abs(Float80(value) - reference) / Float80(nearest.ulp))
    }

    func testExpIsWithinTwoUlpOverItsWholeRange() {
        var generator = RandomGenerator(seed: 5)
        var points = (0..<200_000).map { _ in generator.uniform(-708, 709) }
        points += (0..<50_000).map { _ in generator.uniform(-1, 1) }
        points += [0, -0.0, 1, -1, 0.5 * M_LN2, -0.5 * M_LN2, 708, -708, 709, 1e-300, -1e-300, 5e-324]
        let result = Tensor(points).exp.scalars
        var worst = 0.0
        for (x, y) in zip(points, result) { worst = Swift.max(worst, ulps(y, Foundation.exp(Float80(x)))) }
        XCTAssertLessThanOrEqual(worst, 2, "worst error \(worst) ulp")
        XCTAssertEqual(Tensor([0, 0, 0, 0]).exp.scalars, [1, 1, 1, 1])
    }

    func testExpEdgeCasesMatchFoundation() {
        let edges: [Double] = [.infinity, -.infinity, .nan, 710, 1000, -709, -740, -745.1, -746, -1e10,
                               .leastNonzeroMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude]
        // In blocks of four with ordinary lanes beside them, and alone in the scalar tail.
        for edge in edges {
            for position in 0..<5 {
                var values = [0.5, -2, 3, 1.25, 7]
                values[position] = edge
                let result = Tensor(values).exp.scalars
                let expected = Foundation.exp(edge)
                if expected.isNaN { XCTAssertTrue(result[position].isNaN) } else {
                    XCTAssertEqual(result[position], expected, "exp(\(edge)) at \(position)")
                }
            }
        }
        XCTAssertGreaterThan(Tensor([-740, -740, -740, -740]).exp.scalars[0], 0, "a subnormal result")
    }

    func testSigmoidMatchesTheScalarFormula() {
        var generator = RandomGenerator(seed: 6)
        var points = (0..<20_000).map { _ in generator.uniform(-40, 40) }
        points += [0, 707, 708, 709, -708, -709, -800, 800, .infinity, -.infinity]
        let result = Tensor(points).sigmoid.scalars
        for (x, y) in zip(points, result) {
            let reference = 1 / (1 + Foundation.exp(-Float80(x)))
            XCTAssertLessThanOrEqual(ulps(y, reference), 4, "σ(\(x))")
        }
        XCTAssertTrue(Tensor([1, .nan, 2, 3]).sigmoid.scalars[1].isNaN)
        XCTAssertEqual(Tensor([0, 0, 0, 0]).sigmoid.scalars, [0.5, 0.5, 0.5, 0.5])
    }
}
