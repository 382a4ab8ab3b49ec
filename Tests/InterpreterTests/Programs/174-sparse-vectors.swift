// Sparse vectors as [Int: Double] dictionaries: dot products, norms and nearest neighbours.
typealias Sparse = [Int: Double]
func dot(_ a: Sparse, _ b: Sparse) -> Double {
    var s = 0.0
    for k in a.keys.sorted() { if let v = b[k] { s += a[k]! * v } }
    return s
}
func norm(_ a: Sparse) -> Double { dot(a, a).squareRoot() }
func add(_ a: Sparse, _ b: Sparse) -> Sparse { a.merging(b) { $0 + $1 } }
let docs: [String: Sparse] = [
    "intro": [0: 1, 3: 2, 7: 1],
    "gradients": [3: 1, 4: 3, 7: 2],
    "cats": [1: 4, 2: 1],
]
let query: Sparse = [3: 1, 7: 1]
let ranked = docs.keys.sorted().map { name -> (String, Double) in
    let d = docs[name]!
    return (name, dot(query, d) / (norm(query) * norm(d)))
}.sorted { $0.1 > $1.1 }
for (name, score) in ranked { print(name, (score * 1000).rounded() / 1000) }
let sum = add(docs["intro"]!, docs["gradients"]!)
print(sum.keys.sorted().map { "\($0):\(sum[$0]!)" })
print(sum.count, sum.values.reduce(0, +), docs["cats"]![5] ?? 0)
