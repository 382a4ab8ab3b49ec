// An ArraySlice keeps the indices of the array it came from.
let xs = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
let b = xs[4..<8]
print(b.indices)
print(b[4], b[7])
print(b.startIndex, b.endIndex, b.count)
print(b.first!, b.last!)
print(Array(b))
for i in b.indices {
    print(i, b[i], terminator: "; ")
}
print()

// Mini-batches as slices: positions are those of the full data set.
let data = Array(0..<10).map { Double($0) / 10 }
let batchSize = 4
for start in stride(from: 0, to: data.count, by: batchSize) {
    let batch = data[start..<Swift.min(start + batchSize, data.count)]
    print(batch.startIndex, batch.reduce(0, +))
}
let tail = xs.dropFirst(7)
print(tail.startIndex, tail)
print(b.firstIndex(of: 15)!)
