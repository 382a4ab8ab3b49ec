import Foundation

// One sigmoid neuron trained by gradient descent with a hand-written gradient.
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

let xs: [Double] = [-2, -1, 0.5, 1, 2.5, 3]
let ys: [Double] = [0, 0, 0, 1, 1, 1]

var w = 0.0
var b = 0.0
let eta = 0.5

func loss() -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let p = sigmoid(w * x + b)
        total += -(y * log(p) + (1 - y) * log(1 - p))
    }
    return total / Double(xs.count)
}

print("initial loss:", loss())
for epoch in 1...200 {
    var gradW = 0.0
    var gradB = 0.0
    for (x, y) in zip(xs, ys) {
        let p = sigmoid(w * x + b)
        // d(cross-entropy)/dz = p - y for a sigmoid output
        gradW += (p - y) * x
        gradB += (p - y)
    }
    w -= eta * gradW / Double(xs.count)
    b -= eta * gradB / Double(xs.count)
    if epoch % 50 == 0 {
        print("epoch", epoch, "loss", (loss() * 10000).rounded() / 10000)
    }
}
print("w:", (w * 1000).rounded() / 1000, "b:", (b * 1000).rounded() / 1000)
for x in xs {
    let p = sigmoid(w * x + b)
    print(x, p > 0.5 ? 1 : 0, (p * 1000).rounded() / 1000)
}
print("boundary at x =", (-b / w * 1000).rounded() / 1000)
