import Foundation

// Newton's method and bisection for x^3 - 2x - 5 = 0, and Newton for square roots.
func f(_ x: Double) -> Double { x * x * x - 2 * x - 5 }
func df(_ x: Double) -> Double { 3 * x * x - 2 }

var x = 2.0
var iterations = 0
while abs(f(x)) > 1e-12 && iterations < 50 {
    x -= f(x) / df(x)
    iterations += 1
}
print("newton", (x * 1e10).rounded() / 1e10, "after", iterations, "iterations")

var lo = 2.0, hi = 3.0
var steps = 0
while hi - lo > 1e-9 {
    let mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0 { hi = mid } else { lo = mid }
    steps += 1
}
print("bisection", (lo * 1e6).rounded() / 1e6, "after", steps, "steps")

func newtonSqrt(_ a: Double) -> Double {
    var g = a / 2
    for _ in 0..<30 { g = (g + a / g) / 2 }
    return g
}
for a in [2.0, 9.0, 0.25, 1e6] {
    print(a, newtonSqrt(a), sqrt(a), abs(newtonSqrt(a) - sqrt(a)) < 1e-9)
}
