// Sorting by several keys, with tuples as comparison keys and stable tie-breaking by index.
struct Run { let model: String; let accuracy: Double; let seconds: Int }
let runs = [
    Run(model: "mlp", accuracy: 0.92, seconds: 30),
    Run(model: "knn", accuracy: 0.88, seconds: 2),
    Run(model: "tree", accuracy: 0.92, seconds: 5),
    Run(model: "svm", accuracy: 0.90, seconds: 12),
    Run(model: "linear", accuracy: 0.88, seconds: 1),
]
let ranked = runs.sorted { ($0.accuracy, -$0.seconds) > ($1.accuracy, -$1.seconds) }
print(ranked.map { $0.model })
let byName = runs.sorted { $0.model < $1.model }.map { $0.model }
print(byName)
let fastFirst = runs.enumerated().sorted { a, b in
    a.element.seconds != b.element.seconds ? a.element.seconds < b.element.seconds : a.offset < b.offset
}.map { $0.element.model }
print(fastFirst)
let words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(words.sorted(), words.sorted { $0.lowercased() < $1.lowercased() || ($0.lowercased() == $1.lowercased() && $0 < $1) })
var scores = [3, 1, 2]
scores.sort(by: >)
print(scores)
let argsort = [0.3, 0.1, 0.2].enumerated().sorted { $0.element < $1.element }.map { $0.offset }
print(argsort)
let topTwo = runs.sorted { $0.accuracy > $1.accuracy || ($0.accuracy == $1.accuracy && $0.model < $1.model) }.prefix(2).map { $0.model }
print(topTwo)
