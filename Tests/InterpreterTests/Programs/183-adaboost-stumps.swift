import Foundation

// AdaBoost with threshold stumps on 1-D data: weights, errors and the combined vote.
let xs: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
let ys: [Double] = [1, 1, -1, -1, 1, 1, -1, -1]
var weights = [Double](repeating: 1.0 / 8, count: 8)
var ensemble: [(threshold: Double, sign: Double, alpha: Double)] = []
func stump(_ x: Double, _ t: Double, _ s: Double) -> Double { x <= t ? s : -s }
func r(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
for round in 1...4 {
    var best = (threshold: 0.0, sign: 1.0, error: Double.infinity)
    for t in stride(from: 0.5, through: 8.5, by: 1.0) {
        for s in [1.0, -1.0] {
            var e = 0.0
            for i in xs.indices where stump(xs[i], t, s) != ys[i] { e += weights[i] }
            if e < best.error { best = (t, s, e) }
        }
    }
    let alpha = 0.5 * log((1 - best.error) / best.error)
    ensemble.append((best.threshold, best.sign, alpha))
    for i in xs.indices { weights[i] *= exp(-alpha * ys[i] * stump(xs[i], best.threshold, best.sign)) }
    let z = weights.reduce(0, +)
    weights = weights.map { $0 / z }
    print("round \(round): threshold \(best.threshold) sign \(best.sign) error \(r(best.error)) alpha \(r(alpha))")
}
let predictions = xs.map { x in ensemble.map { $0.alpha * stump(x, $0.threshold, $0.sign) }.reduce(0, +) >= 0 ? 1.0 : -1.0 }
print(predictions, zip(predictions, ys).filter { $0 == $1 }.count)
