// The dominant eigenvector of a symmetric matrix by power iteration (the first PCA axis).
let data: [[Double]] = [[2.5, 2.4], [0.5, 0.7], [2.2, 2.9], [1.9, 2.2], [3.1, 3.0],
                        [2.3, 2.7], [2.0, 1.6], [1.0, 1.1], [1.5, 1.6], [1.1, 0.9]]
let n = Double(data.count)
let mean = [data.map { $0[0] }.reduce(0, +) / n, data.map { $0[1] }.reduce(0, +) / n]
let centred = data.map { [$0[0] - mean[0], $0[1] - mean[1]] }

var cov = [[0.0, 0.0], [0.0, 0.0]]
for row in centred {
    for i in 0..<2 {
        for j in 0..<2 { cov[i][j] += row[i] * row[j] / (n - 1) }
    }
}
func r(_ x: Double, _ digits: Double = 1e5) -> Double { (x * digits).rounded() / digits }
print(cov.map { $0.map { r($0) } })

var v = [1.0, 0.0]
var eigenvalue = 0.0
for _ in 0..<50 {
    let w = [cov[0][0] * v[0] + cov[0][1] * v[1], cov[1][0] * v[0] + cov[1][1] * v[1]]
    let norm = (w[0] * w[0] + w[1] * w[1]).squareRoot()
    eigenvalue = norm
    v = [w[0] / norm, w[1] / norm]
}
print("eigenvalue", r(eigenvalue), "vector", v.map { r($0) })
let projected = centred.map { $0[0] * v[0] + $0[1] * v[1] }
print(projected.map { r($0, 1000) })
let explained = eigenvalue / (cov[0][0] + cov[1][1])
print("explained variance", r(explained, 1000))
