// Nested loops over [[Double]]: matrix products, a heat-diffusion stencil and a transpose.
let n = 4
var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
var b = a
for i in 0..<n {
    for j in 0..<n {
        a[i][j] = Double(i + j)
        b[i][j] = i == j ? 2 : (abs(i - j) == 1 ? -1 : 0)
    }
}
var c = a
for i in 0..<n {
    for j in 0..<n {
        var s = 0.0
        for k in 0..<n { s += a[i][k] * b[k][j] }
        c[i][j] = s
    }
}
for row in c { print(row) }
var grid = [[Double]](repeating: [Double](repeating: 0, count: 5), count: 5)
grid[2][2] = 100
for _ in 0..<3 {
    var next = grid
    for i in 1..<4 {
        for j in 1..<4 {
            next[i][j] = (grid[i - 1][j] + grid[i + 1][j] + grid[i][j - 1] + grid[i][j + 1] + grid[i][j]) / 5
        }
    }
    grid = next
}
for row in grid { print(row.map { ($0 * 100).rounded() / 100 }) }
var t = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
for i in 0..<n { for j in 0..<n { t[j][i] = a[i][j] } }
print(t == a, t[0], grid.joined().reduce(0, +))
