import Foundation

// Scaled dot-product attention for three tokens with two-dimensional keys.
let queries: [[Double]] = [[1, 0], [0, 1], [1, 1]]
let keys: [[Double]] = [[1, 0], [0, 1], [0.5, 0.5]]
let values: [[Double]] = [[10, 0], [0, 10], [5, 5]]

func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { $0 * $1 }.reduce(0, +) }
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
func r(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

let scale = 1 / Double(keys[0].count).squareRoot()
for (i, q) in queries.enumerated() {
    let scores = keys.map { dot(q, $0) * scale }
    let weights = softmax(scores)
    var output = [0.0, 0.0]
    for (w, v) in zip(weights, values) {
        output[0] += w * v[0]
        output[1] += w * v[1]
    }
    print("token \(i): weights \(weights.map(r)) output \(output.map(r))")
}
// A causal mask: token i attends only to tokens 0...i.
for i in 0..<3 {
    let scores = (0..<3).map { j in j <= i ? dot(queries[i], keys[j]) * scale : -Double.infinity }
    print(softmax(scores).map(r))
}
