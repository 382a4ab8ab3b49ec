// Literals typed by the surrounding expression: operands, ternaries, returns, closures.
let x = 2.5
print(x * 2, 2 * x, x / 4, 1 - x, x > 2)
let half: Double = 1 / 2
print(half)
let mixed = 1 + 2.5
print(mixed)
let pick = x > 0 ? 1 : 2.5
print(pick)
func one() -> Double { 1 }
func pair() -> (a: Double, b: Int) { (1, 1) }
print(one(), pair())
let constant: (Double) -> Double = { _ in 1 }
print(constant(9))
let halves: [Double] = [1, 2, 3].map { $0 / 2 }
print(halves)
var acc = 0.0
acc += 1
acc = acc * 3 + 1
print(acc)
print(max(0, x), min(x, 10), max(0, -x))
print(Double(1 / 2), Double(7) / 2)
for v in stride(from: 0, to: 1, by: 0.25) { print(v, terminator: " ") }
print()
let ratio = Double(3) / 4 * 100
print(ratio)
