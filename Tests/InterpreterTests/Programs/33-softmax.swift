import Foundation

// Softmax, its numerically stable form, and cross-entropy.
func softmax(_ logits: [Double]) -> [Double] {
    let largest = logits.max() ?? 0
    let exps = logits.map { exp($0 - largest) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
}

func naiveSoftmax(_ logits: [Double]) -> [Double] {
    let exps = logits.map { exp($0) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
}

func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

let logits = [2.0, 1.0, 0.1]
let probs = softmax(logits)
print(probs.map(round4))
print(round4(probs.reduce(0, +)))

// Adding a constant to every logit changes nothing.
print(softmax(logits.map { $0 + 100 }).map(round4))

// Large logits overflow the naive version.
let big = [1000.0, 1001.0]
print(naiveSoftmax(big).map { $0.isNaN }, exp(1000.0))
print(softmax(big).map(round4))

// Cross-entropy of the prediction against a one-hot label.
func crossEntropy(_ p: [Double], label: Int) -> Double {
    return -log(p[label])
}
for label in 0..<3 {
    print("label", label, "loss", round4(crossEntropy(probs, label: label)))
}

// Gradient of cross-entropy through softmax: p - onehot.
let label = 0
var gradient = probs
gradient[label] -= 1
print(gradient.map(round4), round4(gradient.reduce(0, +)))

// Temperature sharpens or flattens the distribution.
for temperature in [0.5, 1.0, 5.0] {
    print(temperature, softmax(logits.map { $0 / temperature }).map(round4))
}

// Arg-max picks the predicted class.
let predicted = probs.firstIndex(of: probs.max() ?? 0) ?? -1
print("predicted class:", predicted)
