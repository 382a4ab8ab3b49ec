// Mini-batch slicing of a data set, with a last batch that is smaller.
let features: [[Double]] = (0..<10).map { [Double($0), Double($0 * $0)] }
let targets = (0..<10).map { $0 % 2 }
let batchSize = 4

var batches: [(x: [[Double]], y: [Int])] = []
var start = 0
while start < features.count {
    let end = min(start + batchSize, features.count)
    batches.append((x: Array(features[start..<end]), y: Array(targets[start..<end])))
    start = end
}
print("batches:", batches.count)
for (i, batch) in batches.enumerated() {
    let sum = batch.x.map { $0[1] }.reduce(0, +)
    print(i, batch.x.count, batch.y, sum)
}

// The same batching with stride and a permutation from a fixed order.
let order = [3, 7, 1, 9, 0, 5, 2, 8, 6, 4]
for s in stride(from: 0, to: order.count, by: batchSize) {
    let idx = order[s..<min(s + batchSize, order.count)]
    print(idx.map { targets[$0] }, idx.map { features[$0][0] })
}
