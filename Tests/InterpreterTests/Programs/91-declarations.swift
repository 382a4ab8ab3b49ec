// Declarations: several bindings per line, destructuring, deferred initialisation, typealias.
typealias Vector = [Double]
typealias Sample = (features: Vector, label: Int)

let a = 1, b = 2.5, c = "three"
var x = 0, y = 0
print(a, b, c, x, y)

let (quotient, remainder) = (17 / 5, 17 % 5)
print(quotient, remainder)
let (w, (lo, hi)) = (0.5, (-1, 1))
print(w, lo, hi)
var (m, n): (Int, Double) = (3, 4)
m += 1
n /= 8
print(m, n)

let threshold: Double
if a > 0 {
    threshold = 0.5
} else {
    threshold = 0
}
print(threshold)

var message: String
message = "assigned later"
print(message)

let s: Sample = (features: [1, 2], label: 1)
let v: Vector = s.features.map { $0 * 2 }
print(s.label, v)
x = 5; y = x * 2
print(x, y)
let _ = "ignored"
