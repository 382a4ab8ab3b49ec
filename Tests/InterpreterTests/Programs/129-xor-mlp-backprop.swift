import Foundation

// A 2-2-1 network learning XOR by backpropagation, with fixed initial weights.
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

var w1: [[Double]] = [[0.5, -0.4], [0.3, 0.8]]   // hidden x input
var b1: [Double] = [0.1, -0.2]
var w2: [Double] = [0.7, -0.6]
var b2 = 0.05
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 1, 1, 0]
let rate = 2.0

func forward(_ x: [Double]) -> (hidden: [Double], output: Double) {
    let h = (0..<2).map { j in sigmoid(w1[j][0] * x[0] + w1[j][1] * x[1] + b1[j]) }
    return (h, sigmoid(w2[0] * h[0] + w2[1] * h[1] + b2))
}

for epoch in 1...3000 {
    var loss = 0.0
    for (x, t) in zip(inputs, targets) {
        let (h, o) = forward(x)
        loss += (o - t) * (o - t)
        let dOut = 2 * (o - t) * o * (1 - o)
        for j in 0..<2 {
            let dHidden = dOut * w2[j] * h[j] * (1 - h[j])
            w2[j] -= rate * dOut * h[j]
            for i in 0..<2 { w1[j][i] -= rate * dHidden * x[i] }
            b1[j] -= rate * dHidden
        }
        b2 -= rate * dOut
    }
    if epoch % 1000 == 0 { print("epoch", epoch, "loss", (loss / 4 * 1e6).rounded() / 1e6) }
}
print(inputs.map { (forward($0).output * 1000).rounded() / 1000 })
print(inputs.map { forward($0).output > 0.5 ? 1 : 0 })
