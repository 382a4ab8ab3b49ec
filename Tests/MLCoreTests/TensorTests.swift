import Foundation
import XCTest
@testable import MLCore

/// Tensor construction, element-wise maths with broadcasting, reductions, slicing and printing.
final class TensorTests: XCTestCase {
    func testElementLimitFollowsEachThreadsBudget() {
        // Two threads with budgets of different limits, each checking its own while the other
        // holds a different one; the test thread installed none and keeps the default.
        let ready = DispatchGroup(), go = DispatchSemaphore(value: 0), done = DispatchGroup()
        let results = Results()
        for (index, limit) in [10, 1_000].enumerated() {
            ready.enter(); done.enter()
            Thread {
                Budget(limits: Budget.Limits(maxAllocation: limit)).install {
                    ready.leave()
                    go.wait()  // both budgets are installed before either thread checks
                    let fits = (try? Tensor.zeros([20, 20])) != nil  // 400 elements
                    results.set(index, fits: fits, limit: Tensor.maximumElementCount)
                }
                done.leave()
            }.start()
        }
        ready.wait()
        go.signal(); go.signal()
        done.wait()
        XCTAssertEqual(results.fits, [false, true])
        XCTAssertEqual(results.limits, [10, 1_000])
        XCTAssertEqual(Tensor.maximumElementCount, Tensor.defaultMaximumElementCount)
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var fits = [false, false], limits = [0, 0]
        func set(_ index: Int, fits: Bool, limit: Int) {
            lock.lock(); defer { lock.unlock() }
            self.fits[index] = fits
            limits[index] = limit
        }
    }

    func testConstructionAndShape() throws {
        let m = try Tensor([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(m.shape, [2, 3])
        XCTAssertEqual(m.rank, 2)
        XCTAssertEqual(m[1, 2], 6)
        XCTAssertEqual(Tensor([1, 2]).shape, [2])
        XCTAssertEqual(Tensor(scalar: 3).shape, [])
        XCTAssertEqual(try Tensor.identity(2).scalars, [1, 0, 0, 1])
        XCTAssertEqual(try Tensor.linspace(0, 1, count: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
    }

    func testBadShapesThrowWithBothShapes() {
        XCTAssertThrowsError(try Tensor([[1, 2], [3]])) { error in
            XCTAssertEqual("\(error)", "shape mismatch: row 1 has 1 elements but row 0 has 2")
        }
        XCTAssertThrowsError(try Tensor(shape: [2, 2], scalars: [1, 2, 3]))
        XCTAssertThrowsError(try Tensor.zeros([-1]))
        XCTAssertThrowsError(try Tensor([[1, 2, 3]]) + Tensor([1, 2])) { error in
            XCTAssertEqual("\(error)", "shape mismatch: cannot add tensors of shapes [1, 3] and [2]")
        }
        XCTAssertThrowsError(try Tensor([1, 2]).element(at: 2)) { error in
            XCTAssertEqual((error as? MLError)?.message, "index 2 is out of range for axis 0 of size 2")
        }
    }

    func testValueSemantics() throws {
        let a = Tensor([1, 2, 3])
        var b = a
        try b.set(9, at: 0)
        XCTAssertEqual(a.scalars, [1, 2, 3])
        XCTAssertEqual(b.scalars, [9, 2, 3])
    }

    func testBroadcasting() throws {
        let m = try Tensor([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(try (m + Tensor([10, 20, 30])).scalars, [11, 22, 33, 14, 25, 36])
        XCTAssertEqual(try (m * Tensor(shape: [2, 1], scalars: [1, -1])).scalars, [1, 2, 3, -4, -5, -6])
        let outer = try Tensor(shape: [3, 1], scalars: [1, 2, 3]) * Tensor([1, 10])
        XCTAssertEqual(outer.shape, [3, 2])
        XCTAssertEqual(outer.scalars, [1, 10, 2, 20, 3, 30])
        XCTAssertEqual(try (m - Tensor(scalar: 1)).scalars, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual((2 * m / 4).scalars, [0.5, 1, 1.5, 2, 2.5, 3])
        XCTAssertEqual((1 - Tensor([1, 3])).scalars, [0, -2])
        XCTAssertEqual((-Tensor([1])).scalars, [-1])
        var t = Tensor([1, 2])
        t += 1
        t *= 2
        try t -= Tensor([1, 1])
        try t /= Tensor(scalar: 2)
        XCTAssertEqual(t.scalars, [1.5, 2.5])
        XCTAssertThrowsError(try t += Tensor([1, 2, 3]))
    }

    func testBroadcastingAcrossThreeAxes() throws {
        let a = try Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
        let b = try Tensor(shape: [4, 1], scalars: [10, 20, 30, 40])
        let sum = try a + b
        XCTAssertEqual(sum.shape, [2, 4, 3])
        for i in 0..<2 { for j in 0..<4 { for k in 0..<3 {
            XCTAssertEqual(sum[i, j, k], a[i, 0, k] + b[j, 0])
        } } }
    }

    func testElementwiseFunctions() {
        let t = Tensor([-1, 0, 2])
        XCTAssertEqual(t.relu.scalars, [0, 0, 2])
        XCTAssertEqual(t.squared.scalars, [1, 0, 4])
        XCTAssertEqual(t.magnitude.scalars, [1, 0, 2])
        XCTAssertEqual(t.sigmoid.scalars[1], 0.5)
        XCTAssertEqual(Tensor([1000, -1000]).sigmoid.scalars, [1, 0])
        XCTAssertEqual(Tensor([0]).exp.scalars, [1])
        XCTAssertEqual(Tensor([4]).squareRoot.scalars, [2])
        XCTAssertEqual(Tensor([2]).power(3).scalars, [8])
        XCTAssertEqual(t.clamped(-0.5, 1).scalars, [-0.5, 0, 1])
    }

    func testReductions() throws {
        let m = try Tensor([[1, 5, 3], [4, 2, 6]])
        XCTAssertEqual(m.sum(), 21)
        XCTAssertEqual(m.mean(), 3.5)
        XCTAssertEqual(m.max(), 6)
        XCTAssertEqual(m.argmax(), 5)
        XCTAssertEqual(try m.sum(axis: 0).scalars, [5, 7, 9])
        XCTAssertEqual(try m.sum(axis: 1).scalars, [9, 12])
        XCTAssertEqual(try m.sum(axis: 1, keepingDimension: true).shape, [2, 1])
        XCTAssertEqual(try m.mean(axis: 0).scalars, [2.5, 3.5, 4.5])
        XCTAssertEqual(try m.max(axis: -1).scalars, [5, 6])
        XCTAssertEqual(try m.min(axis: 0).scalars, [1, 2, 3])
        XCTAssertEqual(try m.argmax(axis: 1).scalars, [1, 2])
        XCTAssertEqual(try m.argmax(axis: 0).scalars, [1, 0, 1])
        XCTAssertThrowsError(try m.sum(axis: 2))
        XCTAssertEqual(Tensor([3, 4]).norm(), 5)
    }

    func testRowsTransposeConcatenateReshape() throws {
        let m = try Tensor([[1, 2], [3, 4], [5, 6]])
        XCTAssertEqual(try m.row(1).scalars, [3, 4])
        XCTAssertEqual(try m.rows(1..<3).shape, [2, 2])
        XCTAssertEqual(try m.rows(at: [2, 0]).scalars, [5, 6, 1, 2])
        XCTAssertEqual(try m.column(1).scalars, [2, 4, 6])
        XCTAssertThrowsError(try m.rows(2..<4))
        XCTAssertEqual(m.transposed.shape, [2, 3])
        XCTAssertEqual(m.transposed.scalars, [1, 3, 5, 2, 4, 6])
        let cube = try Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Double.init))
        XCTAssertEqual(cube.transposed.shape, [4, 3, 2])
        XCTAssertEqual(cube.transposed[3, 2, 1], cube[1, 2, 3])
        XCTAssertEqual(try m.concatenated(with: m, axis: 0).shape, [6, 2])
        XCTAssertEqual(try m.concatenated(with: m, axis: 1).scalars, [1, 2, 1, 2, 3, 4, 3, 4, 5, 6, 5, 6])
        XCTAssertThrowsError(try m.concatenated(with: Tensor([1, 2]), axis: 0))
        XCTAssertEqual(try m.reshaped([2, -1]).shape, [2, 3])
        XCTAssertThrowsError(try m.reshaped([4, -1]))
        XCTAssertEqual(m.rowArrays, [[1, 2], [3, 4], [5, 6]])
    }

    func testDescriptionSmall() throws {
        XCTAssertEqual("\(Tensor([1, 2.5, -3]))", "[ 1.0,  2.5, -3.0]")
        XCTAssertEqual("\(try Tensor([[1, 2], [30, 4]]))", "[[ 1.0,  2.0],\n [30.0,  4.0]]")
        XCTAssertEqual("\(Tensor(scalar: 0.1 + 0.2))", "0.30000000000000004")
        XCTAssertEqual("\(Tensor([1e-05]))", "[1e-05]")
        let cube = try Tensor(shape: [2, 1, 2], scalars: [1, 2, 3, 4])
        XCTAssertEqual("\(cube)", "[[[1.0, 2.0]],\n\n [[3.0, 4.0]]]")
        XCTAssertEqual(Tensor([1]).debugDescription, "Tensor(shape: [1], [1.0])")
    }

    func testDescriptionElidesLargeTensors() throws {
        let big = try Tensor(shape: [100, 100], scalars: (0..<10_000).map { Double($0 % 10) })
        let lines = "\(big)".split(separator: "\n")
        XCTAssertEqual(lines.count, 7)
        XCTAssertEqual(String(lines[0]), "[[0.0, 1.0, 2.0, ..., 7.0, 8.0, 9.0],")
        XCTAssertEqual(String(lines[3]), " ...,")
        XCTAssertEqual(String(lines[6]), " [0.0, 1.0, 2.0, ..., 7.0, 8.0, 9.0]]")
        XCTAssertEqual("\(Tensor((0..<2000).map(Double.init)))",
                       "[   0.0,    1.0,    2.0,    ..., 1997.0, 1998.0, 1999.0]")
    }

    func testHugeShapesThrowInsteadOfExhaustingMemory() {
        XCTAssertThrowsError(try Tensor.zeros([1 << 40, 1 << 40])) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "a tensor of shape [1099511627776, 1099511627776] would have more than 100000000 elements")
        }
        XCTAssertThrowsError(try Tensor.zeros([0, Int.max, 4]))
        XCTAssertThrowsError(try Tensor(shape: [100_000, 100_000], scalars: []))
        XCTAssertThrowsError(try Tensor.zeros([200_000, 1]).matmul(Tensor.zeros([1, 200_000])))
        XCTAssertThrowsError(try Tensor.zeros([200_000, 1]) + Tensor.zeros([200_000]))
        XCTAssertThrowsError(try MLP([100_000, 100_000]))
        XCTAssertThrowsError(try Datasets.moons(count: Int.max, seed: 1))
        XCTAssertThrowsError(try Metrics.oneHot([1e300], classes: 2))
        XCTAssertEqual(try Metrics.accuracy(Tensor([0.9, 0.1]), Tensor([.nan, 0])), 0.5)
    }

    func testSumIsPairwiseAsNumpys() throws {
        // numpy: np.full(10**7, 0.1).sum() == 1000000.0; a running total gives 999999.9998389754.
        let tenth = try Tensor(repeating: 0.1, shape: [10_000_000])
        XCTAssertEqual(tenth.sum(), 1000000.0)
        XCTAssertEqual(tenth.mean(), 0.1)
        // The same order of additions as numpy (so the same last digit): against a plain rewrite of
        // numpy's pairwise_sum, which matches np.sum bit for bit on random arrays of 5 to 10⁵ elements.
        let values = (0..<1000).map { Double($0 % 7) * 0.1 - 0.3 }
        XCTAssertEqual(Tensor(values).sum(), numpyPairwise(values[...]))
        XCTAssertEqual(Tensor([Double]()).sum(), 0)
        XCTAssertEqual(try Tensor([[1, 2, 3], [4, 5, 6]]).sum(axis: 1).scalars, [6, 15])
    }

    /// numpy's `pairwise_sum` written plainly, without SIMD: the reference for the vector version.
    func numpyPairwise(_ a: ArraySlice<Double>) -> Double {
        let n = a.count, start = a.startIndex
        if n < 8 { return a.reduce(-0.0, +) }
        if n <= 128 {
            var r = Array(a[start..<(start + 8)])
            var i = 8
            while i < n - n % 8 { for j in 0..<8 { r[j] += a[start + i + j] }; i += 8 }
            var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { total += a[start + i]; i += 1 }
            return total
        }
        var half = n / 2
        half -= half % 8
        return numpyPairwise(a[start..<(start + half)]) + numpyPairwise(a[(start + half)...])
    }

    func testNaNPropagatesAsInNumpy() throws {
        // np.max / np.min / np.argmax / np.maximum(x, 0) with a NaN anywhere.
        for position in 0..<9 {
            var values = (0..<9).map(Double.init)
            values[position] = .nan
            let t = Tensor(values)
            XCTAssertTrue(t.max()?.isNaN ?? false, "max, NaN at \(position)")
            XCTAssertTrue(t.min()?.isNaN ?? false, "min, NaN at \(position)")
            XCTAssertEqual(t.argmax(), position)
            XCTAssertTrue(try t.max(axis: 0).scalars[0].isNaN)
            XCTAssertTrue(try t.min(axis: 0).scalars[0].isNaN)
        }
        XCTAssertEqual(Tensor([3, -1, 7, 2, 9, -4]).max(), 9)
        XCTAssertEqual(Tensor([3, -1, 7, 2, 9, -4]).min(), -4)
        XCTAssertNil(Tensor([Double]()).max())
        let relu = Tensor([.nan, -1, 2]).relu.scalars
        XCTAssertTrue(relu[0].isNaN)
        XCTAssertEqual(Array(relu[1...]), [0, 2])
        XCTAssertTrue(Activation.relu(Double.nan).isNaN)
        XCTAssertTrue(Activation.relu(Tensor([.nan])).scalars[0].isNaN)
        XCTAssertTrue(Value(.nan).relu().value.isNaN)
    }
}
