// Literals compared with and matched against Doubles.
func bucket(_ v: Double) -> String {
    switch v {
    case ..<0: return "negative"
    case 0: return "zero"
    case 0..<1: return "fraction"
    case 1...10: return "small"
    default: return "large"
    }
}
print([-2, 0, 0.5, 1, 10, 11].map(bucket))
let values = [0.0, 1.5, 3.0]
print(values.filter { $0 > 1 }, values.map { $0 == 3 }, values.contains(0))
print(values.first { $0 >= 1.5 }!, values.firstIndex { $0 > 2 }!)
let threshold = 1
print(values.filter { $0 > Double(threshold) })
let (lo, hi) = (0.25, 2)
print(lo, hi)
let literal = 3
print(Double(literal) * 1.5, literal * 2)
var counts = [0, 0]
counts[0] += 1
print(counts)
let angles = [0, 90, 180].map { Double($0) * .pi / 180 }
print(angles.map { ($0 * 1000).rounded() / 1000 })
