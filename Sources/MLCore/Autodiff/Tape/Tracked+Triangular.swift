import Foundation

/// The two operations a normalised advantage function (NAF) head needs beyond the element-wise
/// ones: lower-triangular matrices assembled from a row of numbers, and one matrix-vector
/// product per row of a batch.
extension Tracked {
    /// What `lowerTriangular(size:diagonal:)` does to the diagonal entries.
    public enum TriangularDiagonal: Sendable {
        /// The entries as they are.
        case asIs
        /// e^x of each entry held in [−limit, limit], so the diagonal is positive (and L Lᵀ
        /// positive definite) and finite; the gradient is 0 where an entry was held.
        case exp(limit: Double)
    }

    /// Rows of m(m+1)/2 numbers as lower-triangular m × m matrices: a matrix [n, m(m+1)/2] gives
    /// [n, m, m], a vector one [m, m]. Entry (i, k), k ≤ i, is number i(i+1)/2 + k of its row
    /// (the triangle read row by row); the entries above the diagonal are 0.
    public func lowerTriangular(size m: Int, diagonal: TriangularDiagonal = .asIs) throws -> Tracked {
        let x = value
        let entries = m * (m + 1) / 2
        guard m >= 1, x.rank == 1 || x.rank == 2, x.shape[x.rank - 1] == entries else {
            throw MLError.shapeMismatch("lowerTriangular(size: \(m)) needs rows of \(m) · \(m + 1) / 2 = \(entries) numbers, got shape \(describe(shape: x.shape))")
        }
        let rows = x.rank == 2 ? x.shape[0] : 1
        let shape = x.rank == 2 ? [rows, m, m] : [m, m]
        try Tensor.validate(shape: shape)
        var out = [Double](repeating: 0, count: rows * m * m)
        // ∂L/∂x on the diagonal: e^x where it was not held, 0 where it was (1 as it is).
        var slope = [Double](repeating: 1, count: rows * m)
        for r in 0..<rows {
            for i in 0..<m {
                for k in 0...i {
                    let entry = x.scalars[r * entries + i * (i + 1) / 2 + k]
                    guard i == k, case .exp(let limit) = diagonal else { out[(r * m + i) * m + k] = entry; continue }
                    let y = Foundation.exp(Swift.min(limit, Swift.max(-limit, entry)))
                    out[(r * m + i) * m + k] = y
                    slope[r * m + i] = abs(entry) <= limit ? y : 0
                }
            }
        }
        return tape.record(Tensor(unchecked: shape, scalars: out), from: self) { [input = self.index] g, tape in
            var dx = [Double](repeating: 0, count: x.count)
            for r in 0..<rows {
                for i in 0..<m {
                    for k in 0...i {
                        let gradient = g.scalars[(r * m + i) * m + k]
                        dx[r * entries + i * (i + 1) / 2 + k] = i == k ? gradient * slope[r * m + i] : gradient
                    }
                }
            }
            tape.accumulate(Tensor(unchecked: x.shape, scalars: dx), into: input)
        }
    }

    /// Aᵣ·vᵣ for each row r of a batch: matrices A [n, p, q] (this tensor) and vectors v [n, q]
    /// give [n, p]; `transposed` uses Aᵣᵀ (v [n, p], result [n, q]). Each sum runs over its
    /// index in ascending order.
    public func matrixVectorProducts(_ vectors: Tracked, transposed: Bool = false) throws -> Tracked {
        try sameTape(vectors, "multiply")
        let a = value, v = vectors.value
        guard a.rank == 3, v.rank == 2, v.shape[0] == a.shape[0], v.shape[1] == (transposed ? a.shape[1] : a.shape[2]) else {
            throw MLError.shapeMismatch("matrixVectorProducts\(transposed ? "(transposed: true)" : "") needs matrices [n, p, q] and vectors [n, \(transposed ? "p" : "q")], got \(describe(shape: a.shape)) and \(describe(shape: v.shape))")
        }
        let (n, p, q) = (a.shape[0], a.shape[1], a.shape[2])
        let width = transposed ? q : p
        var out = [Double](repeating: 0, count: n * width)
        a.scalars.withUnsafeBufferPointer { a in
            v.scalars.withUnsafeBufferPointer { v in
                out.withUnsafeMutableBufferPointer { out in
                    for r in 0..<n {
                        for i in 0..<p {
                            let row = (r * p + i) * q
                            if transposed {
                                let vi = v[r * p + i]
                                for j in 0..<q { out[r * q + j] += a[row + j] * vi }
                            } else {
                                for j in 0..<q { out[r * p + i] += a[row + j] * v[r * q + j] }
                            }
                        }
                    }
                }
            }
        }
        return tape.record(Tensor(unchecked: [n, width], scalars: out), from: self, vectors) { [matrices = self.index, vectors = vectors.index] g, tape in
            // y = A v: ∂A[i, j] = g[i] v[j], ∂v[j] = Σᵢ A[i, j] g[i]; transposed, i and j swap roles.
            var da = [Double](repeating: 0, count: a.count), dv = [Double](repeating: 0, count: v.count)
            g.scalars.withUnsafeBufferPointer { g in
                a.scalars.withUnsafeBufferPointer { a in
                    v.scalars.withUnsafeBufferPointer { v in
                        for r in 0..<n {
                            for i in 0..<p {
                                let row = (r * p + i) * q
                                for j in 0..<q {
                                    if transposed {
                                        da[row + j] = v[r * p + i] * g[r * q + j]
                                        dv[r * p + i] += a[row + j] * g[r * q + j]
                                    } else {
                                        da[row + j] = g[r * p + i] * v[r * q + j]
                                        dv[r * q + j] += a[row + j] * g[r * p + i]
                                    }
                                }
                            }
                        }
                    }
                }
            }
            tape.accumulate(Tensor(unchecked: a.shape, scalars: da), into: matrices)
            tape.accumulate(Tensor(unchecked: v.shape, scalars: dv), into: vectors)
        }
    }
}
