// Linear regression y = w x + b by full-batch gradient descent.
let xs: [Double] = [0, 1, 2, 3, 4, 5]
let ys: [Double] = [1.1, 2.9, 5.2, 7.1, 8.8, 11.0]

var w = 0.0, b = 0.0
let learningRate = 0.02
let n = Double(xs.count)

func loss(_ w: Double, _ b: Double) -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let e = w * x + b - y
        total += e * e
    }
    return total / n
}

for epoch in 0...400 {
    var dw = 0.0, db = 0.0
    for (x, y) in zip(xs, ys) {
        let e = w * x + b - y
        dw += 2 * e * x / n
        db += 2 * e / n
    }
    w -= learningRate * dw
    b -= learningRate * db
    if epoch % 100 == 0 {
        print("epoch", epoch, "loss", (loss(w, b) * 1e6).rounded() / 1e6)
    }
}
print("w", (w * 1000).rounded() / 1000, "b", (b * 1000).rounded() / 1000)

// The closed-form least-squares solution for comparison.
let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
let sxy = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
let sxx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
let slope = sxy / sxx
print("closed form", (slope * 1000).rounded() / 1000, ((my - slope * mx) * 1000).rounded() / 1000)
