// Scalar benchmark: grow an array of a million Doubles by appending, then map and sum it.
var values: [Double] = []
for i in 0..<1_000_000 {
    values.append(Double(i % 1000) * 0.001)
}
let squares = values.map { $0 * $0 }
var total = 0.0
for v in squares {
    total += v
}
let positives = values.filter { $0 > 0.5 }.count
print(values.count, positives)
print(total)
