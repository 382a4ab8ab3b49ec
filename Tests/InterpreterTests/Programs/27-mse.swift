// Mean squared error and mean absolute error for a few predictions.
func meanSquaredError(_ predictions: [Double], _ targets: [Double]) -> Double {
    var total = 0.0
    for i in 0..<predictions.count {
        let diff = predictions[i] - targets[i]
        total += diff * diff
    }
    return total / Double(predictions.count)
}

func meanAbsoluteError(_ predictions: [Double], _ targets: [Double]) -> Double {
    let diffs = zip(predictions, targets).map { abs($0 - $1) }
    return diffs.reduce(0, +) / Double(diffs.count)
}

let targets = [1.0, 2.0, 3.0, 4.0]
let perfect = [1.0, 2.0, 3.0, 4.0]
let offByOne = [2.0, 3.0, 4.0, 5.0]
let noisy = [1.1, 1.8, 3.3, 3.9]

print(meanSquaredError(perfect, targets), meanAbsoluteError(perfect, targets))
print(meanSquaredError(offByOne, targets), meanAbsoluteError(offByOne, targets))
print(meanSquaredError(noisy, targets), meanAbsoluteError(noisy, targets))

// The gradient of the MSE with respect to each prediction: 2 (p - t) / n.
let n = Double(targets.count)
let gradient = zip(noisy, targets).map { 2 * ($0 - $1) / n }
print(gradient)

// Fitting a constant: the best constant under MSE is the mean.
let mean = targets.reduce(0, +) / n
var bestC = 0.0
var bestLoss = Double.infinity
for step in 0...50 {
    let c = Double(step) / 10
    let loss = meanSquaredError([Double](repeating: c, count: targets.count), targets)
    if loss < bestLoss {
        bestLoss = loss
        bestC = c
    }
}
print("mean:", mean, "best constant:", bestC, "loss:", bestLoss)

// Variance is the MSE of predicting the mean.
let variance = meanSquaredError([Double](repeating: mean, count: 4), targets)
print("variance:", variance)
