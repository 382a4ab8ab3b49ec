import Foundation

// The trapezoidal and Simpson rules, and a Monte Carlo-free estimate of pi by the midpoint rule.
func trapezoid(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = (f(a) + f(b)) / 2
    for i in 1..<n { s += f(a + Double(i) * h) }
    return s * h
}
func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = f(a) + f(b)
    for i in 1..<n { s += (i % 2 == 1 ? 4 : 2) * f(a + Double(i) * h) }
    return s * h / 3
}
func r(_ x: Double) -> Double { (x * 1e8).rounded() / 1e8 }
for n in [4, 16, 64] {
    print(n, r(trapezoid({ $0 * $0 }, 0, 1, n: n)), r(simpson({ $0 * $0 }, 0, 1, n: n)))
}
print(r(simpson(sin, 0, Double.pi, n: 100)))
let quarterCircle = { (x: Double) in (1 - x * x).squareRoot() }
var midpoint = 0.0
let n = 1000
for i in 0..<n { midpoint += quarterCircle((Double(i) + 0.5) / Double(n)) / Double(n) }
print("pi ~", (4 * midpoint * 1e5).rounded() / 1e5)
print("gaussian integral", r(simpson({ exp(-$0 * $0) }, -5, 5, n: 200)), r(Double.pi.squareRoot()))
