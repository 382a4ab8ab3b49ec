// Ridge and lasso penalties, and the effect of L2 weight decay on gradient descent.
let weights: [Double] = [0.5, -1.5, 2.0, 0.0]
let l1 = weights.map { abs($0) }.reduce(0, +)
let l2 = weights.map { $0 * $0 }.reduce(0, +)
print("L1", l1, "L2", l2)

// Minimise (w - 3)^2 + lambda * w^2: the optimum is 3 / (1 + lambda).
for lambda in [0.0, 0.5, 1.0, 3.0] {
    var w = 0.0
    for _ in 0..<500 {
        let g = 2 * (w - 3) + 2 * lambda * w
        w -= 0.05 * g
    }
    print("lambda", lambda, "w", (w * 1e6).rounded() / 1e6, "expected", (3 / (1 + lambda) * 1e6).rounded() / 1e6)
}

// Soft thresholding, the proximal step of the L1 penalty.
func softThreshold(_ x: Double, _ t: Double) -> Double {
    x > t ? x - t : (x < -t ? x + t : 0)
}
print(weights.map { softThreshold($0, 0.75) })
