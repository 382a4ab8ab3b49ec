// Standardising features to zero mean and unit variance, column by column.
let data: [[Double]] = [[1, 200], [2, 180], [3, 260], [4, 240], [5, 220]]

func column(_ m: [[Double]], _ j: Int) -> [Double] { m.map { $0[j] } }
func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }
func std(_ v: [Double]) -> Double {
    let m = mean(v)
    return (v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(v.count)).squareRoot()
}

let means = (0..<2).map { mean(column(data, $0)) }
let stds = (0..<2).map { std(column(data, $0)) }
print("means", means)
print("stds", stds.map { ($0 * 1e4).rounded() / 1e4 })

let scaled = data.map { row in
    row.indices.map { (row[$0] - means[$0]) / stds[$0] }
}
for row in scaled {
    print(row.map { ($0 * 1000).rounded() / 1000 })
}
let newMeans = (0..<2).map { (mean(column(scaled, $0)) * 1e9).rounded() / 1e9 }
print("after", newMeans, (0..<2).map { (std(column(scaled, $0)) * 1e9).rounded() / 1e9 })

// Min-max scaling to [0, 1].
let col = column(data, 1)
let lo = col.min()!, hi = col.max()!
print(col.map { ($0 - lo) / (hi - lo) })
