import Foundation

// Linear regression y ≈ w x + b by stochastic gradient descent with a seeded shuffle.
struct LCG {
    var state: Int
    mutating func next(below n: Int) -> Int {
        state = (1664525 * state + 1013904223) % 4294967296
        return state % n
    }
}

// Data from the line y = 2x + 1 with a fixed, hand-made "noise" pattern.
let noise = [0.1, -0.2, 0.05, 0.0, -0.1, 0.15, -0.05, 0.2, -0.15, 0.0]
var xs: [Double] = []
var ys: [Double] = []
for i in 0..<10 {
    let x = Double(i) / 4
    xs.append(x)
    ys.append(2 * x + 1 + noise[i])
}

func meanSquaredError(_ w: Double, _ b: Double) -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let e = w * x + b - y
        total += e * e
    }
    return total / Double(xs.count)
}

func round4(_ v: Double) -> Double { (v * 10000).rounded() / 10000 }

var w = 0.0
var b = 0.0
var rng = LCG(state: 3)
let learningRate = 0.05
for epoch in 1...60 {
    var order = Array(0..<xs.count)
    for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, rng.next(below: i + 1))
    }
    for i in order {
        let error = w * xs[i] + b - ys[i]
        w -= learningRate * 2 * error * xs[i]
        b -= learningRate * 2 * error
    }
    if epoch % 20 == 0 {
        print("epoch", epoch, "w", round4(w), "b", round4(b), "mse", round4(meanSquaredError(w, b)))
    }
}

// The closed-form least-squares answer for comparison.
let n = Double(xs.count)
let meanX = xs.reduce(0, +) / n
let meanY = ys.reduce(0, +) / n
var sxy = 0.0
var sxx = 0.0
for (x, y) in zip(xs, ys) {
    sxy += (x - meanX) * (y - meanY)
    sxx += (x - meanX) * (x - meanX)
}
let bestW = sxy / sxx
print("least squares: w", round4(bestW), "b", round4(meanY - bestW * meanX))
