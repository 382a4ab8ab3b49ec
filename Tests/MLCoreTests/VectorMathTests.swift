import Foundation
import XCTest
@testable import MLCore

/// tanh, max and min through `VectorKernels` (CVectorMath's AVX-512 kernels on CPUs that have it),
/// the AVX-512 eˣ and σ over the grids VectorKernelsTests uses, and the portable Swift loops
/// called directly so that they stay tested on AVX-512 machines too.
final class VectorMathTests: XCTestCase {
    /// |value − reference| in units in the last place of the Double nearest the reference.
    func ulps(_ value: Double, _ reference: Float80) -> Double {
        let nearest = Double(reference)
        return Double(Swift.abs(Float80(value) - reference) / Float80(nearest.ulp))
    }

    /// A dense grid: uniform points over each range plus the given points.
    func grid(_ ranges: [(Double, Double)], count: Int, extra: [Double], seed: Int) -> [Double] {
        var generator = RandomGenerator(seed: seed)
        return ranges.flatMap { range in (0..<count).map { _ in generator.uniform(range.0, range.1) } } + extra
    }

    func testTanhIsWithinTwoUlpOfTheExtendedReference() {
        let points = grid([(-25, 25), (-1, 1), (-0.2, 0.2), (-0.07, 0.07), (-1e-3, 1e-3)], count: 60_000,
                          extra: [0.0625, -0.0625, 0.0625.nextDown, 19.06, 20, 1e-8, -1e-300, 0.5, 1, 2], seed: 7)
        let result = Tensor(points).tanh.scalars
        var worst = 0.0, at = 0.0
        for (x, y) in zip(points, result) {
            let error = ulps(y, Foundation.tanh(Float80(x)))
            if error > worst { worst = error; at = x }
        }
        // Measured 2.01 ulp (near |x| = 0.11, where E/(E + 2) rounds twice); glibc's own tanh is
        // 2.12 ulp on this grid, which is what CPUs without AVX-512 get.
        XCTAssertLessThanOrEqual(worst, VectorKernels.hasAVX512 ? 2.05 : 2.2, "worst error \(worst) ulp at \(at)")
    }

    func testTanhEdgeCasesMatchFoundation() {
        let edges: [Double] = [0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                               .leastNormalMagnitude, -.leastNormalMagnitude, 1e-300, 20, -20, 25, 710, -1e10,
                               .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        // In the middle of a full register and alone in the masked tail.
        for edge in edges {
            for position in [3, 8] {
                var values = [0.5, -2, 3, 1.25, 7, 0.01, -0.3, 9, 4]
                values[position] = edge
                let result = Tensor(values).tanh.scalars[position]
                XCTAssertEqual(result, Foundation.tanh(edge), "tanh(\(edge)) at \(position)")
                XCTAssertEqual(result.sign, edge.sign, "the sign of tanh(\(edge))")
            }
        }
        XCTAssertTrue(Tensor([1, 2, .nan, 4, 5, 6, 7, 8, .nan]).tanh.scalars.enumerated().allSatisfy { $0.offset % 6 == 2 ? $0.element.isNaN : !$0.element.isNaN })
    }

    func testExpAndSigmoidStayWithinTheirBoundsOnADenseGrid() {
        let points = grid([(-745.5, 710), (-40, 40), (-1, 1)], count: 60_000,
                          extra: [-745.1, -745.2, 709.78, -0.0, 5e-324], seed: 8)
        let exps = Tensor(points).exp.scalars, sigmoids = Tensor(points).sigmoid.scalars
        var worstExp = 0.0, worstSigmoid = 0.0
        for (i, x) in points.enumerated() {
            let e = Foundation.exp(Float80(x))
            worstExp = Swift.max(worstExp, ulps(exps[i], e))
            worstSigmoid = Swift.max(worstSigmoid, ulps(sigmoids[i], 1 / (1 + Foundation.exp(-Float80(x)))))
        }
        // AVX-512 measures 0.75 ulp (exp) and 1.3 ulp (σ); the portable loops are within 2 and 4.
        XCTAssertLessThanOrEqual(worstExp, VectorKernels.hasAVX512 ? 1 : 2, "exp: \(worstExp) ulp")
        XCTAssertLessThanOrEqual(worstSigmoid, VectorKernels.hasAVX512 ? 1.5 : 4, "sigmoid: \(worstSigmoid) ulp")
        let edges = Tensor([.nan, .infinity, -.infinity, 0, -0.0, 800, -800, 710, -746])
        XCTAssertEqual(edges.sigmoid.scalars.dropFirst(), [1, 0, 0.5, 0.5, 1, 0, 1, 0])
        XCTAssertTrue(edges.sigmoid.scalars[0].isNaN)
    }

    func testPortableExpAndSigmoidAgreeWithTheDispatchedOnes() {
        let points = grid([(-700, 700), (-5, 5)], count: 5_000, extra: [.nan, .infinity, -.infinity, 0], seed: 9)
        var exps = [Double](repeating: 0, count: points.count), sigmoids = exps
        VectorKernels.portableExp(points, into: &exps, count: points.count)
        VectorKernels.portableSigmoid(points, into: &sigmoids, count: points.count)
        let fastExps = Tensor(points).exp.scalars, fastSigmoids = Tensor(points).sigmoid.scalars
        for i in points.indices where !points[i].isNaN {
            XCTAssertTrue(exps[i] == fastExps[i] || Swift.abs(exps[i] - fastExps[i]) <= 3 * fastExps[i].ulp, "exp(\(points[i]))")
            XCTAssertTrue(sigmoids[i] == fastSigmoids[i] || Swift.abs(sigmoids[i] - fastSigmoids[i]) <= 5 * fastSigmoids[i].ulp,
                          "σ(\(points[i]))")
        }
        XCTAssertTrue(exps[points.count - 4].isNaN && sigmoids[points.count - 4].isNaN)
    }

    func testMaxAndMinAreTheExtremesForEveryLengthAndTail() {
        var generator = RandomGenerator(seed: 10)
        for count in 1...70 {
            let values = (0..<count).map { _ in generator.uniform(-5, 5) }
            let tensor = Tensor(values)
            XCTAssertEqual(tensor.max(), values.max(), "max of \(count)")
            XCTAssertEqual(tensor.min(), values.min(), "min of \(count)")
            values.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(VectorKernels.portableExtreme(buffer, largest: true), values.max())
                XCTAssertEqual(VectorKernels.portableExtreme(buffer, largest: false), values.min())
            }
        }
        XCTAssertNil(Tensor([Double]()).max())
        XCTAssertEqual(Tensor([-.infinity, -.infinity]).max(), -.infinity)
        XCTAssertEqual(Tensor([.infinity, 3]).min(), 3)
        XCTAssertEqual(Tensor([-0.0]).max()?.sign, .minus)
    }

    func testOneNaNAnywhereMakesMaxAndMinNaN() {
        for count in [1, 7, 8, 9, 31, 32, 33, 64, 70] {
            for position in 0..<count {
                var values = (0..<count).map { Double($0 % 5) - 2 }
                values[position] = .nan
                let tensor = Tensor(values)
                XCTAssertTrue(tensor.max()?.isNaN == true, "max, NaN at \(position) of \(count)")
                XCTAssertTrue(tensor.min()?.isNaN == true, "min, NaN at \(position) of \(count)")
                values.withUnsafeBufferPointer { buffer in
                    XCTAssertTrue(VectorKernels.portableExtreme(buffer, largest: true)?.isNaN == true)
                }
            }
        }
    }
}
