// Binning values into a histogram with fixed edges, and printing it as a bar chart.
let values: [Double] = [0.1, 0.35, 0.4, 0.45, 0.5, 0.52, 0.6, 0.61, 0.65, 0.7, 0.9, 0.99, 1.0]
let bins = 5
let lo = 0.0, hi = 1.0
var counts = [Int](repeating: 0, count: bins)
for v in values {
    var index = Int((v - lo) / (hi - lo) * Double(bins))
    if index == bins { index = bins - 1 }   // include the right edge
    counts[index] += 1
}
print(counts, counts.reduce(0, +) == values.count)
for (i, c) in counts.enumerated() {
    let left = lo + Double(i) * (hi - lo) / Double(bins)
    let right = left + (hi - lo) / Double(bins)
    let label = "[\((left * 10).rounded() / 10), \((right * 10).rounded() / 10))"
    print(label, String(repeating: "*", count: c))
}
let mode = counts.indices.max { counts[$0] < counts[$1] }!
print("mode bin", mode)
let cumulative = counts.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1) }
print(cumulative)
