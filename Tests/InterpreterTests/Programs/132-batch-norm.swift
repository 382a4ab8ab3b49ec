// Batch normalisation of a mini-batch: per-feature mean and variance, then scale and shift.
let batch: [[Double]] = [[1, 10, -1], [2, 20, 0], [3, 30, 1], [4, 60, 2]]
let epsilon = 1e-5
let gamma: [Double] = [1, 0.5, 2]
let beta: [Double] = [0, 1, -1]

let features = batch[0].count
let n = Double(batch.count)
var means = [Double](repeating: 0, count: features)
var variances = [Double](repeating: 0, count: features)
for row in batch {
    for j in 0..<features { means[j] += row[j] / n }
}
for row in batch {
    for j in 0..<features { variances[j] += (row[j] - means[j]) * (row[j] - means[j]) / n }
}
print("means", means)
print("variances", variances)
func r(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }
let normalised = batch.map { row in
    (0..<features).map { j in gamma[j] * (row[j] - means[j]) / (variances[j] + epsilon).squareRoot() + beta[j] }
}
for row in normalised { print(row.map(r)) }

// Running averages as kept for inference.
var runningMean = [Double](repeating: 0, count: features)
let momentum = 0.9
for _ in 0..<3 {
    runningMean = zip(runningMean, means).map { momentum * $0 + (1 - momentum) * $1 }
}
print(runningMean.map(r))
