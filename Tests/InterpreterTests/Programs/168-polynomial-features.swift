// Polynomial regression: degree-2 features solved with the normal equations (3x3 system).
let xs: [Double] = [-2, -1, 0, 1, 2, 3]
let ys: [Double] = [9.2, 3.8, 1.1, 2.1, 6.9, 15.2]
let features = xs.map { [1, $0, $0 * $0] }

var xtx = [[Double]](repeating: [0, 0, 0], count: 3)
var xty = [0.0, 0.0, 0.0]
for (f, y) in zip(features, ys) {
    for i in 0..<3 {
        xty[i] += f[i] * y
        for j in 0..<3 { xtx[i][j] += f[i] * f[j] }
    }
}
print(xtx, xty)

// Gauss-Jordan elimination on the augmented matrix.
var m = (0..<3).map { xtx[$0] + [xty[$0]] }
for col in 0..<3 {
    let pivot = m[col][col]
    m[col] = m[col].map { $0 / pivot }
    for row in 0..<3 where row != col {
        let factor = m[row][col]
        m[row] = zip(m[row], m[col]).map { $0 - factor * $1 }
    }
}
let coefficients = m.map { ($0[3] * 1e4).rounded() / 1e4 }
print("y = \(coefficients[0]) + \(coefficients[1]) x + \(coefficients[2]) x^2")
let predictions = features.map { f in zip(f, m.map { $0[3] }).map { $0 * $1 }.reduce(0, +) }
let sse = zip(predictions, ys).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
print("residual sum of squares", (sse * 1e4).rounded() / 1e4)
