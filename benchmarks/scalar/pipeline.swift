// Scalar benchmark: chained map / filter / reduce with an operator reference, 20 passes over 100 000 Doubles.
let xs = (0..<100_000).map { Double($0 % 1000) / 100.0 }
var total = 0.0
for _ in 0..<20 {
    total += xs.map { $0 * $0 }.filter { $0 > 1 }.reduce(0, +)
}
print(total)
