import Foundation

// A decision stump: the single threshold split with the lowest Gini impurity.
let feature: [Double] = [2.0, 3.5, 1.0, 4.0, 5.5, 6.0, 3.0, 7.5]
let label = [0, 0, 0, 1, 1, 1, 0, 1]

func gini(_ labels: [Int]) -> Double {
    if labels.isEmpty { return 0 }
    let ones = Double(labels.filter { $0 == 1 }.count)
    let p = ones / Double(labels.count)
    return 1 - p * p - (1 - p) * (1 - p)
}

print("gini of all:", gini(label))
print("gini of pure:", gini([1, 1, 1]), "gini of half:", gini([0, 1]))

// Try the midpoints between consecutive sorted feature values.
let sortedValues = feature.sorted()
var bestThreshold = 0.0
var bestImpurity = Double.infinity
for i in 0..<(sortedValues.count - 1) {
    let threshold = (sortedValues[i] + sortedValues[i + 1]) / 2
    var left: [Int] = []
    var right: [Int] = []
    for (x, y) in zip(feature, label) {
        if x <= threshold { left.append(y) } else { right.append(y) }
    }
    let n = Double(label.count)
    let impurity = Double(left.count) / n * gini(left) + Double(right.count) / n * gini(right)
    print("threshold", threshold, "impurity", (impurity * 1000).rounded() / 1000)
    if impurity < bestImpurity {
        bestImpurity = impurity
        bestThreshold = threshold
    }
}
print("best split: x <=", bestThreshold, "impurity", bestImpurity)

func stump(_ x: Double) -> Int { x <= bestThreshold ? 0 : 1 }
let predictions = feature.map(stump)
print(predictions, predictions == label)
print([0.5, 3.7, 3.8, 10.0].map(stump))
