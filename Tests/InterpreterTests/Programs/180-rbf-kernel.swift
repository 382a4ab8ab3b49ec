import Foundation

// An RBF kernel matrix and kernel ridge regression on four points.
let xs: [Double] = [0, 1, 2, 3]
let ys: [Double] = [0, 0.8, 0.9, 0.1]
let gammaValue = 0.5, lambda = 0.1
func kernel(_ a: Double, _ b: Double) -> Double { exp(-gammaValue * (a - b) * (a - b)) }
var k = xs.map { a in xs.map { b in kernel(a, b) } }
func r(_ v: Double) -> Double { (v * 1e4).rounded() / 1e4 }
for row in k { print(row.map(r)) }
for i in 0..<xs.count { k[i][i] += lambda }
// Solve (K + lambda I) alpha = y by Gaussian elimination.
var a = k, rhs = ys
let n = xs.count
for c in 0..<n {
    for row in (c + 1)..<n {
        let f = a[row][c] / a[c][c]
        for j in c..<n { a[row][j] -= f * a[c][j] }
        rhs[row] -= f * rhs[c]
    }
}
var alpha = [Double](repeating: 0, count: n)
for row in stride(from: n - 1, through: 0, by: -1) {
    var s = rhs[row]
    for j in (row + 1)..<n { s -= a[row][j] * alpha[j] }
    alpha[row] = s / a[row][row]
}
print("alpha", alpha.map(r))
for q in [0.5, 1.5, 2.5] {
    let p = zip(alpha, xs).map { $0 * kernel(q, $1) }.reduce(0, +)
    print(q, r(p))
}
