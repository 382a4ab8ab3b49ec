// Inverted dropout with a seeded mask: training scales the kept units, inference keeps all.
struct LCG {
    var state: Int
    mutating func next() -> Double {
        state = (state &* 1103515245 &+ 12345) & 0x7FFFFFFF
        return Double(state) / Double(0x7FFFFFFF)
    }
}
func dropout(_ x: [Double], rate: Double, rng: inout LCG, training: Bool) -> [Double] {
    guard training else { return x }
    return x.map { v in rng.next() < rate ? 0 : v / (1 - rate) }
}
var rng = LCG(state: 7)
let activations: [Double] = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]
for step in 1...3 {
    let out = dropout(activations, rate: 0.5, rng: &rng, training: true)
    print("step \(step):", out, "kept", out.filter { $0 != 0 }.count)
}
print(dropout(activations, rate: 0.5, rng: &rng, training: false) == activations)
// The expected value over many masks approaches the input.
var sums = [Double](repeating: 0, count: activations.count)
for _ in 0..<2000 {
    let out = dropout(activations, rate: 0.25, rng: &rng, training: true)
    for i in sums.indices { sums[i] += out[i] / 2000 }
}
print(sums.map { ($0 * 10).rounded() / 10 })
