// Tuples: nested, labelled, compared, swapped, returned and destructured in loops.
func minMax(_ xs: [Double]) -> (min: Double, max: Double)? {
    guard var lo = xs.first else { return nil }
    var hi = lo
    for x in xs.dropFirst() { lo = min(lo, x); hi = max(hi, x) }
    return (lo, hi)
}
if let r = minMax([3, -1, 7.5, 2]) { print(r, r.min, r.max, r.0) }
print(minMax([]) == nil)
let point = (x: 1, y: (a: 2.5, b: "z"))
print(point.y.a, point.y.b, point.x)
var pair = (first: "left", second: "right")
(pair.first, pair.second) = (pair.second, pair.first)
print(pair)
let records = [(name: "a", score: 3), (name: "b", score: 9), (name: "c", score: 5)]
for (name, score) in records where score > 4 { print(name, score) }
let best = records.max { $0.score < $1.score }!
print(best.name, best)
print((1, 2) == (1, 2), (1, "b") < (1, "c"), (2, 0) > (1, 9))
let (q, r) = (17 / 5, 17 % 5)
let (_, second) = (0, "kept")
print(q, r, second)
let triples = [(1, 2, 3), (4, 5, 6)].map { $0.0 + $0.1 + $0.2 }
print(triples)
let stats: (count: Int, mean: Double) = (count: 2, mean: 1.5)
print("count \(stats.count) mean \(stats.mean)")
