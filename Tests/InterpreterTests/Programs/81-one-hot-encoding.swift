// One-hot encoding of class indices and decoding by argmax.
func oneHot(_ label: Int, classes: Int) -> [Double] {
    var v = [Double](repeating: 0, count: classes)
    v[label] = 1
    return v
}

func argmax(_ v: [Double]) -> Int {
    var best = 0
    for i in 1..<v.count where v[i] > v[best] { best = i }
    return best
}

let labels = [2, 0, 1, 2]
let encoded = labels.map { oneHot($0, classes: 3) }
for row in encoded { print(row) }
print(encoded.map(argmax))

// Column sums give the class frequencies.
var frequencies = [Double](repeating: 0, count: 3)
for row in encoded {
    for j in row.indices { frequencies[j] += row[j] }
}
print(frequencies)

// A matrix of scores decoded to labels.
let scores: [[Double]] = [[0.1, 0.7, 0.2], [0.9, 0.05, 0.05], [0.3, 0.3, 0.4]]
let decoded = scores.map { argmax($0) }
print(decoded)
let agreement = zip(decoded, [1, 0, 1]).map { $0 == $1 ? 1 : 0 }.reduce(0, +)
print("agreement", agreement)
