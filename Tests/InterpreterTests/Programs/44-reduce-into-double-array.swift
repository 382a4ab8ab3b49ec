// Running sums and squared values collected with reduce(into:) and a [Double] accumulator.
let losses = [0.9, 0.7, 0.55, 0.42, 0.35, 0.3]
let squares = losses.reduce(into: [Double]()) { acc, x in acc.append(x * x) }
print(squares)

let cumulative = losses.reduce(into: [Double]()) { acc, x in
    acc.append((acc.last ?? 0) + x)
}
print(cumulative)

// Differences between consecutive epochs.
let deltas = losses.indices.dropFirst().reduce(into: [Double]()) { acc, i in
    acc.append(losses[i] - losses[i - 1])
}
print(deltas.map { ($0 * 100).rounded() / 100 })

var lengths: [Int] = []
for _ in 0..<30 {
    lengths.append(losses.reduce(into: [Double]()) { $0.append($1) }.count)
}
print(lengths.allSatisfy { $0 == 6 })

let stats = losses.reduce(into: (min: Double.infinity, max: -Double.infinity)) { s, x in
    s.min = Swift.min(s.min, x)
    s.max = Swift.max(s.max, x)
}
print(stats)
