import Foundation

// Logistic regression on a 1-D data set by gradient descent on the log-loss.
let xs: [Double] = [-3, -2, -1.5, -0.5, 0.5, 1, 2, 3]
let ys: [Double] = [0, 0, 0, 1, 0, 1, 1, 1]

func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

var w = 0.0, b = 0.0
for epoch in 1...300 {
    var dw = 0.0, db = 0.0, loss = 0.0
    for (x, y) in zip(xs, ys) {
        let p = sigmoid(w * x + b)
        loss -= y * log(p) + (1 - y) * log(1 - p)
        dw += (p - y) * x
        db += p - y
    }
    let n = Double(xs.count)
    w -= 0.5 * dw / n
    b -= 0.5 * db / n
    if epoch % 100 == 0 {
        print(epoch, (loss / n * 1e5).rounded() / 1e5)
    }
}
print("w", (w * 1000).rounded() / 1000, "b", (b * 1000).rounded() / 1000)
let probabilities = xs.map { (sigmoid(w * $0 + b) * 100).rounded() / 100 }
print(probabilities)
let predictions = xs.map { sigmoid(w * $0 + b) >= 0.5 ? 1.0 : 0.0 }
let accuracy = Double(zip(predictions, ys).filter { $0 == $1 }.count) / Double(ys.count)
print("accuracy", accuracy)
print("boundary at x =", (-b / w * 1000).rounded() / 1000)
