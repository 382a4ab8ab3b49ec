import Foundation

// Softmax with the max-subtraction trick, cross-entropy, and its gradient.
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max() ?? 0
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}

func crossEntropy(_ p: [Double], label: Int) -> Double {
    -log(max(p[label], 1e-12))
}

func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

let logits = [2.0, 1.0, 0.1]
let p = softmax(logits)
print(p.map(round4))
print(round4(p.reduce(0, +)))
print(round4(crossEntropy(p, label: 0)))

// The gradient of cross-entropy with respect to the logits is p - onehot.
var grad = p
grad[0] -= 1
print(grad.map(round4))

// Large logits do not overflow thanks to the shift.
print(softmax([1000, 1000]).map(round4))

let batch: [([Double], Int)] = [([1, 2, 3], 2), ([3, 1, 0], 0), ([0, 0, 0], 1)]
var total = 0.0
for (z, y) in batch {
    total += crossEntropy(softmax(z), label: y)
}
print("mean loss", round4(total / Double(batch.count)))
