// Counting a confusion matrix and the usual metrics for a binary classifier.
let labels =      [1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1]
let predictions = [1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1]

var truePositives = 0
var trueNegatives = 0
var falsePositives = 0
var falseNegatives = 0
for (y, p) in zip(labels, predictions) {
    switch (y, p) {
    case (1, 1): truePositives += 1
    case (0, 0): trueNegatives += 1
    case (0, 1): falsePositives += 1
    default: falseNegatives += 1
    }
}
print("TP", truePositives, "TN", trueNegatives, "FP", falsePositives, "FN", falseNegatives)

let total = Double(labels.count)
let accuracy = Double(truePositives + trueNegatives) / total
let precision = Double(truePositives) / Double(truePositives + falsePositives)
let recall = Double(truePositives) / Double(truePositives + falseNegatives)
let f1 = 2 * precision * recall / (precision + recall)
print("accuracy", accuracy)
print("precision", precision)
print("recall", recall)
print("f1", f1)

// A 3-class confusion matrix as a 2-D array: rows are true classes.
let trueClasses = [0, 1, 2, 2, 1, 0, 2, 1, 0, 2]
let predicted   = [0, 2, 2, 2, 1, 0, 1, 1, 1, 2]
var matrix = [[Int]](repeating: [0, 0, 0], count: 3)
for (t, p) in zip(trueClasses, predicted) {
    matrix[t][p] += 1
}
for row in matrix {
    print(row)
}
var diagonal = 0
for k in 0..<3 {
    diagonal += matrix[k][k]
}
print("correct:", diagonal, "of", trueClasses.count)
for k in 0..<3 {
    let rowTotal = matrix[k].reduce(0, +)
    print("class \(k) recall:", Double(matrix[k][k]) / Double(rowTotal))
}
