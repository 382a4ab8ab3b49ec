import Foundation

// A 1-3-1 tanh network fitted to y = sin(x) on a few points by full-batch gradient descent.
let xs = stride(from: -3.0, through: 3.0, by: 1.0).map { $0 }
let ys = xs.map { sin($0) }
var w1: [Double] = [0.5, -0.3, 0.8], b1: [Double] = [0, 0.1, -0.1]
var w2: [Double] = [0.4, 0.2, -0.5], b2 = 0.0
let rate = 0.05
func forward(_ x: Double) -> (h: [Double], y: Double) {
    let h = (0..<3).map { tanh(w1[$0] * x + b1[$0]) }
    return (h, zip(w2, h).map { $0 * $1 }.reduce(b2, +))
}
for epoch in 0...2000 {
    var gw1 = [0.0, 0.0, 0.0], gb1 = [0.0, 0.0, 0.0], gw2 = [0.0, 0.0, 0.0], gb2 = 0.0, loss = 0.0
    for (x, y) in zip(xs, ys) {
        let (h, p) = forward(x)
        let e = p - y
        loss += e * e / Double(xs.count)
        for j in 0..<3 {
            gw2[j] += 2 * e * h[j] / Double(xs.count)
            let dh = 2 * e * w2[j] * (1 - h[j] * h[j]) / Double(xs.count)
            gw1[j] += dh * x
            gb1[j] += dh
        }
        gb2 += 2 * e / Double(xs.count)
    }
    for j in 0..<3 { w1[j] -= rate * gw1[j]; b1[j] -= rate * gb1[j]; w2[j] -= rate * gw2[j] }
    b2 -= rate * gb2
    if epoch % 500 == 0 { print("epoch", epoch, "loss", (loss * 1e5).rounded() / 1e5) }
}
print(xs.map { (forward($0).y * 100).rounded() / 100 })
print(ys.map { ($0 * 100).rounded() / 100 })
