// Scalar benchmark: nested loops over [[Double]], a 90 x 90 matrix product.
let n = 90
let a = (0..<n).map { i in (0..<n).map { j in Double((i * j) % 7) - 3.0 } }
let b = (0..<n).map { i in (0..<n).map { j in Double((i + 2 * j) % 5) * 0.5 } }
var c = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        var s = 0.0
        for k in 0..<n {
            s += a[i][k] * b[k][j]
        }
        c[i][j] = s
    }
}
var trace = 0.0
for i in 0..<n { trace += c[i][i] }
print(trace, c[3][7])
