// Scores, softmax probabilities and the gradient of cross-entropy for a batch, row by row.
import Foundation
let logits: [[Double]] = [[2, 1, 0], [0, 3, 1], [1, 1, 1]]
let labels = [0, 1, 2]
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
let probabilities = logits.map(softmax)
func r(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
for p in probabilities { print(p.map(r)) }
var gradient = probabilities
for (i, y) in labels.enumerated() { gradient[i][y] -= 1 }
let batch = Double(labels.count)
gradient = gradient.map { $0.map { $0 / batch } }
for g in gradient { print(g.map(r)) }
let loss = zip(probabilities, labels).map { -log($0[$1]) }.reduce(0, +) / batch
print("loss", r(loss))
let predicted = probabilities.map { p in p.indices.max { p[$0] < p[$1] }! }
print(predicted, zip(predicted, labels).filter { $0 == $1 }.count)
