import Foundation

/// A = U Σ Vᵀ, by one-sided Jacobi rotations (Hestenes 1958).
///
/// The method orthogonalises the columns of A in place: each rotation of a pair of columns makes
/// them orthogonal, and sweeps over all pairs repeat until every pair is orthogonal to machine
/// precision. The columns' lengths are then the singular values, the normalised columns U, and the
/// accumulated rotations V. It is short, needs no bidiagonalisation, and is accurate even for
/// small singular values (Demmel and Veselić 1992) — what orbit correction, whose weak directions
/// are exactly the small singular values, cares about.
public struct SingularValueDecomposition: Sendable, CustomStringConvertible {
    /// The left singular vectors, [rows, k] with k = min(rows, columns): orthonormal columns, and a
    /// zero column for each singular value that is exactly 0.
    public let u: Tensor
    /// σ₁ ≥ σ₂ ≥ … ≥ σₖ ≥ 0.
    public let singularValues: [Double]
    /// The right singular vectors, [columns, k], orthonormal columns.
    public let v: Tensor
    /// The sweeps over all column pairs the rotations took.
    public let sweeps: Int

    /// Decomposes a matrix ([rows, columns], finite entries).
    public init(_ matrix: Tensor) throws {
        try require(matrix.rank == 2 && matrix.count > 0, "a singular value decomposition needs a non-empty matrix, got shape \(describe(shape: matrix.shape))")
        try require(matrix.scalars.allSatisfy(\.isFinite), "a singular value decomposition needs finite entries")
        let rows = matrix.shape[0], columns = matrix.shape[1]
        if rows >= columns {
            let (u, s, v, sweeps) = try Self.jacobi(matrix.scalars, rows: rows, columns: columns)
            self.u = u; self.singularValues = s; self.v = v; self.sweeps = sweeps
        } else {
            // Aᵀ = V Σ Uᵀ: decompose the tall transpose and swap the factors.
            let (u, s, v, sweeps) = try Self.jacobi(matrix.transposed.scalars, rows: columns, columns: rows)
            self.u = v; self.singularValues = s; self.v = u; self.sweeps = sweeps
        }
    }

    public var description: String {
        "SingularValueDecomposition(\(u.shape[0]) × \(v.shape[0]), singular values \(singularValues))"
    }

    /// The default cut-off for "zero" singular values: max(rows, columns) · ε · σ₁, as numpy's
    /// `matrix_rank` and LAPACK's least-squares drivers use.
    public var defaultTolerance: Double {
        Double(Swift.max(u.shape[0], v.shape[0])) * Double.ulpOfOne * (singularValues.first ?? 0)
    }

    /// The number of singular values above `tolerance` (default `defaultTolerance`).
    public func rank(tolerance: Double? = nil) -> Int {
        let cut = tolerance ?? defaultTolerance
        return singularValues.filter { $0 > cut }.count
    }

    /// The Moore–Penrose pseudo-inverse A⁺ = V Σ⁺ Uᵀ, [columns, rows]: 1/σ for the singular
    /// values above `tolerance`, 0 for the others. A⁺b is the least-squares solution of Ax = b
    /// with the smallest norm.
    public func pseudoInverse(tolerance: Double? = nil) -> Tensor {
        let cut = tolerance ?? defaultTolerance
        let rows = u.shape[0], columns = v.shape[0], k = singularValues.count
        var result = [Double](repeating: 0, count: columns * rows)
        for index in 0..<k where singularValues[index] > cut {
            let inverse = 1 / singularValues[index]
            for i in 0..<columns {
                let vi = v.scalars[i * k + index] * inverse
                if vi == 0 { continue }
                for j in 0..<rows { result[i * rows + j] += vi * u.scalars[j * k + index] }
            }
        }
        return Tensor(unchecked: [columns, rows], scalars: result)
    }

    /// One-sided Jacobi on a tall matrix (rows ≥ columns), row-major `a`.
    private static func jacobi(_ a: [Double], rows m: Int, columns n: Int) throws -> (Tensor, [Double], Tensor, Int) {
        // Work on columns: column j of A is `work[j * m ..< (j + 1) * m]`.
        var work = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { work[j * m + i] = a[i * n + j] } }
        var rotations = [Double](repeating: 0, count: n * n)
        for j in 0..<n { rotations[j * n + j] = 1 }
        let budget = Budget.current
        var sweeps = 0
        var rotated = true
        while rotated && sweeps < 100 {
            rotated = false
            sweeps += 1
            try budget?.check()
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<m {
                        let x = work[p * m + i], y = work[q * m + i]
                        alpha += x * x; beta += y * y; gamma += x * y
                    }
                    // Orthogonal already (to working precision), or one column is zero.
                    guard gamma != 0, abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    // The rotation that zeroes the pair's inner product (Golub and Van Loan, §8.6).
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<m {
                        let x = work[p * m + i], y = work[q * m + i]
                        work[p * m + i] = c * x - s * y
                        work[q * m + i] = s * x + c * y
                    }
                    for i in 0..<n {
                        let x = rotations[p * n + i], y = rotations[q * n + i]
                        rotations[p * n + i] = c * x - s * y
                        rotations[q * n + i] = s * x + c * y
                    }
                }
            }
        }
        // Singular values are the columns' lengths; order them from the largest.
        let lengths = (0..<n).map { j in (0..<m).reduce(0.0) { $0 + work[j * m + $1] * work[j * m + $1] }.squareRoot() }
        let order = (0..<n).sorted { lengths[$0] > lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
        var u = [Double](repeating: 0, count: m * n), v = [Double](repeating: 0, count: n * n)
        for (position, j) in order.enumerated() {
            let length = lengths[j]
            for i in 0..<m { u[i * n + position] = length > 0 ? work[j * m + i] / length : 0 }
            for i in 0..<n { v[i * n + position] = rotations[j * n + i] }
        }
        return (Tensor(unchecked: [m, n], scalars: u), order.map { lengths[$0] }, Tensor(unchecked: [n, n], scalars: v), sweeps)
    }
}
