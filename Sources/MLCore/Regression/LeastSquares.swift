/// Linear least squares, min ‖A·w − b‖, by Householder QR: stable where the normal equations
/// (AᵀA)w = Aᵀb square the condition number, which matters for polynomial features.
enum LeastSquares {
    /// The solution for a row-major `rows` × `columns` matrix `a` (rows ≥ columns) and `b`;
    /// throws when the columns are (numerically) linearly dependent.
    static func solve(_ a: [Double], rows: Int, columns: Int, _ b: [Double]) throws -> [Double] {
        var a = a, b = b
        var largestNorm = 0.0
        for k in 0..<columns {
            var norm = 0.0
            for i in 0..<rows { norm += a[i * columns + k] * a[i * columns + k] }
            largestNorm = Swift.max(largestNorm, norm.squareRoot())
        }
        for k in 0..<columns {
            var norm = 0.0
            for i in k..<rows { norm += a[i * columns + k] * a[i * columns + k] }
            norm = norm.squareRoot()
            guard norm > 1e-12 * largestNorm, norm > 0 else {
                throw MLError.invalidArgument("least squares: the features are linearly dependent (column \(k) adds nothing new); use fewer features or more distinct examples")
            }
            // Reflect column k onto −sign(a_kk)·norm·e_k: v = x − α e_k, H = I − 2vvᵀ/vᵀv.
            let alpha = a[k * columns + k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: rows - k)
            for i in k..<rows { v[i - k] = a[i * columns + k] }
            v[0] -= alpha
            var vv = 0.0
            for x in v { vv += x * x }
            guard vv > 0 else { continue }
            for j in k..<columns {
                var dot = 0.0
                for i in k..<rows { dot += v[i - k] * a[i * columns + j] }
                let scale = 2 * dot / vv
                for i in k..<rows { a[i * columns + j] -= scale * v[i - k] }
            }
            var dot = 0.0
            for i in k..<rows { dot += v[i - k] * b[i] }
            let scale = 2 * dot / vv
            for i in k..<rows { b[i] -= scale * v[i - k] }
        }
        // Back-substitution R·w = (Qᵀb)[0..<columns].
        var w = [Double](repeating: 0, count: columns)
        for k in stride(from: columns - 1, through: 0, by: -1) {
            var sum = b[k]
            for j in (k + 1)..<Swift.max(k + 1, columns) { sum -= a[k * columns + j] * w[j] }
            w[k] = sum / a[k * columns + k]
        }
        return w
    }
}
