import XCTest
@testable import MLCore

/// The packed, blocked matrix product against a naive triple loop, on awkward sizes.
final class MatmulTests: XCTestCase {
    func naive(_ a: Tensor, _ b: Tensor) -> [Double] {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        var out = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for p in 0..<k { for j in 0..<n { out[i * n + j] += a.scalars[i * k + p] * b.scalars[p * n + j] } } }
        return out
    }

    func assertClose(_ actual: [Double], _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        let worst = zip(actual, expected).map { Swift.abs($0 - $1) }.max() ?? 0
        XCTAssertLessThan(worst, 1e-9, file: file, line: line)
    }

    func testSmallHandExample() throws {
        let a = try Tensor([[1, 2], [3, 4]]), b = try Tensor([[5, 6], [7, 8]])
        XCTAssertEqual(try a.matmul(b).scalars, [19, 22, 43, 50])
    }

    func testAwkwardSizesMatchNaive() throws {
        for (m, k, n) in [(1, 1, 1), (7, 13, 5), (6, 4, 4), (13, 300, 9), (65, 130, 67), (121, 257, 33)] {
            let a = try Tensor.uniform([m, k], low: -1, high: 1, seed: m)
            let b = try Tensor.uniform([k, n], low: -1, high: 1, seed: n)
            assertClose(try a.matmul(b).scalars, naive(a, b))
        }
    }

    func testMultithreadedSizesMatchNaive() throws {
        for (m, k, n) in [(150, 200, 170), (300, 90, 20)] {
            let a = try Tensor.uniform([m, k], low: -1, high: 1, seed: 1)
            let b = try Tensor.uniform([k, n], low: -1, high: 1, seed: 2)
            assertClose(try a.matmul(b).scalars, naive(a, b))
        }
    }

    /// The machine's OpenBLAS (opened at run time) and MLCore's own kernel, on the same products,
    /// plain and transposed, with and without accumulation.
    func testOpenBLASAndOwnKernelAgree() throws {
        XCTAssertNotNil(OpenBLAS.dgemm, "libopenblas.so.0 could not be opened (scripts/ensure-deps installs libopenblas0)")
        for (m, k, n) in [(1, 1, 1), (7, 13, 5), (65, 130, 67), (150, 200, 170)] {
            let a = try Tensor.uniform([m, k], low: -1, high: 1, seed: 7)
            let b = try Tensor.uniform([n, k], low: -1, high: 1, seed: 8)
            var results: [[Double]] = []
            for blas in [true, false] {
                var c = [Double](repeating: 0.5, count: m * n)
                a.scalars.withUnsafeBufferPointer { pa in
                    b.scalars.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            // A·Bᵀ added to C: B is read through its strides, transposed.
                            Gemm.multiply(m: m, n: n, k: k,
                                          a: .init(base: pa.baseAddress!, rowStride: k, columnStride: 1),
                                          b: .init(base: pb.baseAddress!, rowStride: 1, columnStride: k),
                                          c: pc.baseAddress!, ldc: n, accumulate: true, blas: blas)
                        }
                    }
                }
                results.append(c)
            }
            assertClose(results[0], results[1])
            assertClose(results[1], naive(a, b.transposed).map { $0 + 0.5 })
        }
    }

    func testTransposedOperandsMatchExplicitTranspose() throws {
        let a = try Tensor.uniform([9, 14], low: -1, high: 1, seed: 3)
        let b = try Tensor.uniform([11, 14], low: -1, high: 1, seed: 4)
        assertClose(Tensor.product(a, transposed: false, b, transposed: true).scalars, naive(a, b.transposed))
        let c = try Tensor.uniform([9, 5], low: -1, high: 1, seed: 5)
        assertClose(Tensor.product(a, transposed: true, c, transposed: false).scalars, naive(a.transposed, c))
    }

    func testVectorCases() throws {
        let m = try Tensor([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(try m.matmul(Tensor([1, 0, -1])).scalars, [-2, -2])
        XCTAssertEqual(try Tensor([1, 1]).matmul(m).scalars, [5, 7, 9])
        XCTAssertEqual(try Tensor([1, 2]).matmul(Tensor([3, 4])).scalar, 11)
        XCTAssertEqual(try Tensor([1, 2]).dot(Tensor([3, 4])), 11)
    }

    func testEmptyInnerDimensionGivesZeros() throws {
        let a = try Tensor.zeros([2, 0]), b = try Tensor.zeros([0, 3])
        XCTAssertEqual(try a.matmul(b).scalars, [0, 0, 0, 0, 0, 0])
    }

    func testMismatchNamesBothShapes() {
        XCTAssertThrowsError(try Tensor.zeros([2, 3]).matmul(Tensor.zeros([2, 3]))) { error in
            XCTAssertEqual((error as? MLError)?.message,
                           "cannot multiply matrices of shapes [2, 3] and [2, 3]: 3 columns ≠ 2 rows")
        }
        XCTAssertThrowsError(try Tensor.zeros([2, 2, 2]).matmul(Tensor.zeros([2, 2])))
    }
}
