import Foundation

// Xavier-uniform initialisation from a seeded generator, and Box-Muller normals.
struct Generator {
    var state: Int
    mutating func uniform() -> Double {
        state = (state &* 6364136223846793005 &+ 1442695040888963407) & 0x7FFF_FFFF_FFFF_FFFF
        return Double(state >> 11) / Double(1 << 52)
    }
    mutating func normal() -> Double {
        let u1 = max(uniform(), 1e-12), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
func r(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }
var g = Generator(state: 2024)
let fanIn = 4, fanOut = 3
let limit = (6.0 / Double(fanIn + fanOut)).squareRoot()
let w = (0..<fanOut).map { _ in (0..<fanIn).map { _ in (2 * g.uniform() - 1) * limit } }
for row in w { print(row.map(r)) }
print("limit", r(limit), w.joined().allSatisfy { abs($0) <= limit })
let samples = (0..<1000).map { _ in g.normal() }
let mean = samples.reduce(0, +) / 1000
let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 1000
print("normal mean", r(mean), "variance", r(variance))
var again = Generator(state: 2024)
print(r(again.uniform()) == r((w[0][0] / limit + 1) / 2))
