import Foundation

// Numerically stable log-sum-exp and log-softmax compared with the naive formulas.
func naiveLogSumExp(_ z: [Double]) -> Double { log(z.map { exp($0) }.reduce(0, +)) }
func logSumExp(_ z: [Double]) -> Double {
    let m = z.max()!
    return m + log(z.map { exp($0 - m) }.reduce(0, +))
}
let small: [Double] = [1, 2, 3]
let large: [Double] = [1000, 1001, 1002]
let tiny: [Double] = [-1000, -1001]
func r(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
print(r(naiveLogSumExp(small)), r(logSumExp(small)))
print(naiveLogSumExp(large), r(logSumExp(large)))
print(naiveLogSumExp(tiny), r(logSumExp(tiny)))
let logSoftmax = large.map { $0 - logSumExp(large) }
print(logSoftmax.map(r), r(logSoftmax.map { exp($0) }.reduce(0, +)))
// Binary cross-entropy from logits without overflow: max(z, 0) - z y + log(1 + exp(-|z|)).
func bceWithLogits(_ z: Double, _ y: Double) -> Double { max(z, 0) - z * y + log(1 + exp(-abs(z))) }
for (z, y) in [(0.0, 1.0), (5.0, 0.0), (-800.0, 1.0), (800.0, 1.0)] {
    print(z, y, r(bceWithLogits(z, y)))
}
