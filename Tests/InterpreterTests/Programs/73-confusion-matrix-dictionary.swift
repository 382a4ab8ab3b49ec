// A multi-class confusion matrix kept in a dictionary keyed by "true->predicted".
let truth =     ["cat", "dog", "cat", "bird", "dog", "cat", "bird", "dog"]
let predicted = ["cat", "cat", "cat", "bird", "dog", "dog", "dog", "dog"]

var matrix: [String: Int] = [:]
for (t, p) in zip(truth, predicted) {
    matrix["\(t)->\(p)", default: 0] += 1
}
for key in matrix.keys.sorted() {
    print(key, matrix[key]!)
}

let classes = Array(Set(truth)).sorted()
print(classes)
for c in classes {
    let tp = matrix["\(c)->\(c)"] ?? 0
    let actual = truth.filter { $0 == c }.count
    let predictedCount = predicted.filter { $0 == c }.count
    let precision = predictedCount == 0 ? 0 : Double(tp) / Double(predictedCount)
    let recall = Double(tp) / Double(actual)
    print(c, "precision", precision, "recall", recall)
}
let correct = zip(truth, predicted).filter { $0 == $1 }.count
print("accuracy", Double(correct) / Double(truth.count))
