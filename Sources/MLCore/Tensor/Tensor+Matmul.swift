/// Matrix products.
extension Tensor {
    /// The matrix product `self · other`.
    ///
    /// Matrix·matrix gives a matrix, matrix·vector a vector, vector·matrix a vector and
    /// vector·vector their dot product as a rank-0 tensor, as numpy's `matmul`/`dot` do.
    public func matmul(_ other: Tensor) throws -> Tensor {
        if rank >= 1 && other.rank == 2 { try Tensor.validate(shape: [rank == 2 ? shape[0] : 1, other.shape[1]]) }
        let result = try unbudgetedMatmul(other)
        // A product cut short by the budget (see `product`) is reported here.
        if let exceeded = Budget.current?.exceeded { throw exceeded }
        return result
    }

    private func unbudgetedMatmul(_ other: Tensor) throws -> Tensor {
        switch (rank, other.rank) {
        case (2, 2):
            guard shape[1] == other.shape[0] else {
                throw MLError.shapeMismatch("cannot multiply matrices of shapes \(describe(shape: shape)) and \(describe(shape: other.shape)): \(shape[1]) columns ≠ \(other.shape[0]) rows")
            }
            return Tensor.product(self, transposed: false, other, transposed: false)
        case (2, 1):
            guard shape[1] == other.shape[0] else {
                throw MLError.shapeMismatch("cannot multiply a matrix of shape \(describe(shape: shape)) by a vector of shape \(describe(shape: other.shape))")
            }
            let column = Tensor(unchecked: [other.count, 1], scalars: other.scalars)
            return Tensor(unchecked: [shape[0]], scalars: Tensor.product(self, transposed: false, column, transposed: false).scalars)
        case (1, 2):
            guard shape[0] == other.shape[0] else {
                throw MLError.shapeMismatch("cannot multiply a vector of shape \(describe(shape: shape)) by a matrix of shape \(describe(shape: other.shape))")
            }
            let row = Tensor(unchecked: [1, count], scalars: scalars)
            return Tensor(unchecked: [other.shape[1]], scalars: Tensor.product(row, transposed: false, other, transposed: false).scalars)
        case (1, 1):
            return Tensor(scalar: try dot(other))
        default:
            throw MLError.shapeMismatch("matmul needs vectors or matrices, got shapes \(describe(shape: shape)) and \(describe(shape: other.shape))")
        }
    }

    /// The dot product of two vectors of equal length.
    public func dot(_ other: Tensor) throws -> Double {
        guard count == other.count else {
            throw MLError.shapeMismatch("cannot take the dot product of shapes \(describe(shape: shape)) and \(describe(shape: other.shape))")
        }
        var total = 0.0
        for i in 0..<count { total += scalars[i] * other.scalars[i] }
        return total
    }

    /// Multiply-adds in one band of a large product: tens of milliseconds of work at most.
    static let budgetedBandWork = 1 << 27

    /// `op(a) · op(b)` for matrices whose shapes the caller has already checked, where `op` transposes
    /// when asked; used by layers for `X·Wᵀ` and `δᵀ·X` without materialising a transpose.
    ///
    /// Under a `Budget`, a large product is computed in bands of rows with a look at the budget
    /// between them; once it has run out the remaining rows are left zero and the budget's
    /// `exceeded` says why (callers that can throw report it).
    static func product(_ a: Tensor, transposed transposeA: Bool, _ b: Tensor, transposed transposeB: Bool) -> Tensor {
        let m = transposeA ? a.shape[1] : a.shape[0]
        let k = transposeA ? a.shape[0] : a.shape[1]
        let n = transposeB ? b.shape[0] : b.shape[1]
        // Gemm overwrites every element (accumulate: false), so the buffer needs no zero fill.
        let out = [Double](unsafeUninitializedCapacity: m * n) { o, initialized in
            a.scalars.withUnsafeBufferPointer { x in
                b.scalars.withUnsafeBufferPointer { y in
                    if let xBase = x.baseAddress, let yBase = y.baseAddress, let oBase = o.baseAddress {
                        let aOperand = transposeA ? Gemm.Operand(base: xBase, rowStride: 1, columnStride: a.shape[1])
                                                  : Gemm.Operand(base: xBase, rowStride: a.shape[1], columnStride: 1)
                        let bOperand = transposeB ? Gemm.Operand(base: yBase, rowStride: 1, columnStride: b.shape[1])
                                                  : Gemm.Operand(base: yBase, rowStride: b.shape[1], columnStride: 1)
                        let rowWork = Swift.max(n * k, 1)
                        let budget = Budget.current
                        let band = budget == nil ? m : Swift.max(1, budgetedBandWork / rowWork)
                        var row = 0
                        while row < m {
                            let rows = Swift.min(band, m - row)
                            if row > 0, budget?.isExhausted ?? false {
                                (oBase + row * n).initialize(repeating: 0, count: (m - row) * n)
                                break
                            }
                            Gemm.multiply(m: rows, n: n, k: k, a: aOperand.offset(row: row, column: 0), b: bOperand,
                                          c: oBase + row * n, ldc: n, accumulate: false)
                            row += rows
                        }
                    } else if let oBase = o.baseAddress {
                        oBase.initialize(repeating: 0, count: m * n)   // an empty operand: k = 0
                    }
                }
            }
            initialized = m * n
        }
        return Tensor(unchecked: [m, n], scalars: out)
    }
}
