import XCTest
@testable import MLCore

/// One-sided Jacobi SVD against hand-derived singular values, reconstruction and orthogonality,
/// and the pseudo-inverse against the least-squares normal equations.
final class SingularValueDecompositionTests: XCTestCase {
    func product(_ a: Tensor, _ b: Tensor) throws -> [[Double]] { try a.matmul(b).rowArrays }

    func assertClose(_ a: [[Double]], _ b: [[Double]], _ tolerance: Double = 1e-12, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        for (x, y) in zip(a.joined(), b.joined()) { XCTAssertEqual(x, y, accuracy: tolerance, file: file, line: line) }
    }

    /// AᵀA of [[3, 0], [4, 5]] is [[25, 20], [20, 25]], eigenvalues 45 and 5: σ = √45, √5.
    func testTwoByTwoByHand() throws {
        let a = try Tensor([[3, 0], [4, 5]])
        let svd = try SingularValueDecomposition(a)
        XCTAssertEqual(svd.singularValues[0], 45.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(svd.singularValues[1], 5.0.squareRoot(), accuracy: 1e-12)
        try assertReconstructs(a, svd)
    }

    func assertReconstructs(_ a: Tensor, _ svd: SingularValueDecomposition, file: StaticString = #filePath, line: UInt = #line) throws {
        let k = svd.singularValues.count
        var sigma = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k { sigma[i][i] = svd.singularValues[i] }
        let rebuilt = try svd.u.matmul(try Tensor(sigma)).matmul(svd.v.transposed)
        assertClose(rebuilt.rowArrays, a.rowArrays, 1e-11, file: file, line: line)
        let identity = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        assertClose(try product(svd.u.transposed, svd.u), identity, 1e-11, file: file, line: line)
        assertClose(try product(svd.v.transposed, svd.v), identity, 1e-11, file: file, line: line)
    }

    func testTallWideAndRankDeficient() throws {
        let tall = try Tensor.normal([17, 16], seed: 3)
        let svd = try SingularValueDecomposition(tall)
        try assertReconstructs(tall, svd)
        XCTAssertEqual(svd.singularValues, svd.singularValues.sorted(by: >))
        let wide = tall.transposed
        let wideSVD = try SingularValueDecomposition(wide)
        XCTAssertEqual(wideSVD.u.shape, [16, 16])
        XCTAssertEqual(wideSVD.v.shape, [17, 16])
        for (x, y) in zip(wideSVD.singularValues, svd.singularValues) { XCTAssertEqual(x, y, accuracy: 1e-11) }
        // Rank 1: [1, 2, 3]ᵀ [1, 1]; σ = ‖(1, 2, 3)‖ · ‖(1, 1)‖ = √14 · √2.
        let rankOne = try Tensor([[1, 1], [2, 2], [3, 3]])
        let r1 = try SingularValueDecomposition(rankOne)
        XCTAssertEqual(r1.singularValues[0], 28.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(r1.singularValues[1], 0, accuracy: 1e-12)
        XCTAssertEqual(r1.rank(), 1)
        // A⁺ of a rank-one matrix a bᵀ is b aᵀ / (‖a‖² ‖b‖²).
        assertClose(r1.pseudoInverse().rowArrays, [[1, 2, 3].map { $0 / 28.0 }, [1, 2, 3].map { $0 / 28.0 }])
    }

    /// For a full-column-rank A, A⁺ = (AᵀA)⁻¹Aᵀ: check A⁺A = I and the normal equations Aᵀ(A A⁺ b − b) = 0.
    func testPseudoInverseSolvesLeastSquares() throws {
        let a = try Tensor.normal([17, 16], seed: 5)
        let pinv = try SingularValueDecomposition(a).pseudoInverse()
        XCTAssertEqual(pinv.shape, [16, 17])
        let identity = (0..<16).map { i in (0..<16).map { $0 == i ? 1.0 : 0.0 } }
        assertClose(try product(pinv, a), identity, 1e-10)
        let b = try Tensor.normal([17, 1], seed: 6)
        let residual = try a.matmul(try pinv.matmul(b)) - b
        let normal = try a.transposed.matmul(residual)
        XCTAssertLessThan(normal.scalars.map(abs).max() ?? 1, 1e-10)
    }

    func testRefusesBadMatrices() {
        XCTAssertThrowsError(try SingularValueDecomposition(Tensor([1, 2, 3])))
        XCTAssertThrowsError(try SingularValueDecomposition(Tensor([[1, .nan]])))
    }
}
