import Foundation

// Gaussian naive Bayes on two features and two classes.
let xs: [[Double]] = [[1.0, 2.1], [1.2, 1.9], [0.8, 2.4], [3.0, 0.5], [3.3, 0.9], [2.9, 0.4]]
let ys = [0, 0, 0, 1, 1, 1]

struct Gaussian {
    let mean: Double, variance: Double
    init(_ values: [Double]) {
        let m = values.reduce(0, +) / Double(values.count)
        mean = m
        variance = values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count) + 1e-9
    }
    func logDensity(_ x: Double) -> Double {
        -0.5 * log(2 * Double.pi * variance) - (x - mean) * (x - mean) / (2 * variance)
    }
}

var models: [[Gaussian]] = []
var priors: [Double] = []
for c in 0...1 {
    let rows = zip(xs, ys).filter { $0.1 == c }.map { $0.0 }
    priors.append(Double(rows.count) / Double(xs.count))
    models.append((0..<2).map { j in Gaussian(rows.map { $0[j] }) })
}
func r(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
for c in 0...1 { print("class", c, models[c].map { (r($0.mean), r($0.variance)) }) }
func classify(_ x: [Double]) -> (label: Int, scores: [Double]) {
    let scores = (0...1).map { c in log(priors[c]) + (0..<2).map { models[c][$0].logDensity(x[$0]) }.reduce(0, +) }
    return (scores[0] >= scores[1] ? 0 : 1, scores.map(r))
}
for q in [[1.1, 2.0], [3.1, 0.6], [2.0, 1.5]] { print(q, classify(q)) }
