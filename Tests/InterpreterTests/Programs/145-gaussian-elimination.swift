// Solving a linear system by Gaussian elimination with partial pivoting, and a 3x3 inverse.
func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    var m = a
    var v = b
    let n = b.count
    for col in 0..<n {
        var pivot = col
        for row in (col + 1)..<n where abs(m[row][col]) > abs(m[pivot][col]) { pivot = row }
        if abs(m[pivot][col]) < 1e-12 { return nil }
        m.swapAt(col, pivot)
        v.swapAt(col, pivot)
        for row in (col + 1)..<n {
            let factor = m[row][col] / m[col][col]
            for k in col..<n { m[row][k] -= factor * m[col][k] }
            v[row] -= factor * v[col]
        }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
        var s = v[row]
        for k in (row + 1)..<n { s -= m[row][k] * x[k] }
        x[row] = s / m[row][row]
    }
    return x
}
func r(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }
let a: [[Double]] = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
print(solve(a, [8, -11, -3])!.map(r))
print(solve([[1, 2], [2, 4]], [1, 2]) as Any)
var inverse: [[Double]] = []
for j in 0..<3 {
    var e = [0.0, 0.0, 0.0]
    e[j] = 1
    inverse.append(solve(a, e)!)
}
let columns = inverse
let rows = (0..<3).map { i in columns.map { $0[i] } }
for row in rows { print(row.map(r)) }
