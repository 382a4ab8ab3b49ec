/// The eigendecomposition A = V diag(λ) Vᵀ of a real symmetric matrix, by cyclic Jacobi rotations.
///
/// Why Jacobi: the matrices here are small (a covariance of tens of features), Jacobi is short,
/// needs no library, and is accurate to the last digits even for tiny eigenvalues. Each rotation
/// zeroes one off-diagonal pair (p, q) with tan φ = t, the smaller root of t² + 2θt − 1 = 0,
/// θ = (a_qq − a_pp) / 2a_pq; sweeps repeat until the off-diagonal part vanishes (quadratic
/// convergence, usually under ten sweeps).
public struct SymmetricEigen: Sendable {
    /// The eigenvalues, largest first.
    public let values: [Double]
    /// The eigenvectors, one per row, in the order of `values`, each of unit length with its
    /// largest-magnitude entry positive (so the signs are reproducible).
    public let vectors: [[Double]]

    /// Decomposes the symmetric n × n `matrix`; throws for a non-square, non-symmetric or
    /// non-finite one.
    public init(_ matrix: [[Double]]) throws {
        let n = matrix.count
        try require(matrix.allSatisfy { $0.count == n }, "an eigendecomposition needs a square matrix, got \(n) rows of lengths \(Set(matrix.map(\.count)).sorted())")
        var a = matrix.flatMap { $0 }
        try require(a.allSatisfy(\.isFinite), "an eigendecomposition needs finite entries")
        let scale = a.reduce(0) { Swift.max($0, abs($1)) }
        for p in 0..<n {
            for q in (p + 1)..<Swift.max(n, p + 1) {
                try require(abs(a[p * n + q] - a[q * n + p]) <= 1e-10 * Swift.max(scale, 1),
                            "an eigendecomposition here needs a symmetric matrix, but entry [\(p)][\(q)] is \(a[p * n + q]) and [\(q)][\(p)] is \(a[q * n + p])")
            }
        }
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where q != p { off += a[p * n + q] * a[p * n + q] } }
            if off <= 1e-30 * Swift.max(scale * scale, Double.leastNormalMagnitude) { break }
            for p in 0..<n {
                for q in (p + 1)..<Swift.max(n, p + 1) {
                    let apq = a[p * n + q]
                    if apq == 0 { continue }
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {                    // A ← A·J (columns p and q)
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {                    // A ← Jᵀ·A (rows p and q)
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    a[p * n + q] = 0
                    a[q * n + p] = 0
                    for k in 0..<n {                    // V ← V·J
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] != a[$1 * n + $1] ? a[$0 * n + $0] > a[$1 * n + $1] : $0 < $1 }
        values = order.map { a[$0 * n + $0] }
        vectors = order.map { column in
            var vector = (0..<n).map { v[$0 * n + column] }
            var largest = 0
            for k in 0..<n where abs(vector[k]) > abs(vector[largest]) + 1e-12 { largest = k }
            if n > 0, vector[largest] < 0 { vector = vector.map { -$0 } }
            return vector
        }
    }
}
