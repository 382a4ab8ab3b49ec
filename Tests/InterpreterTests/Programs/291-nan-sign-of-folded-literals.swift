// The sign of a NaN: arithmetic on literals is folded by the compiler and gives a positive NaN
// (`nan`); the same division at run time gives the processor's default NaN (`-nan` on x86-64).
import Foundation
var zero = 0.0
for _ in 0..<1 { zero += 0 }  // a value the compiler does not fold
print(0.0 / 0.0, 0 / 0.0, (0.0 / 0.0) + 1, -(0.0 / 0.0))
print(Double.nan, -Double.nan, Double.infinity - Double.infinity)
print(zero / zero, 1 + zero / zero, (zero / zero).isNaN)
let f: Float = 0 / 0
print(f, Float(0.0 / 0.0))
let inf = 1.0 / zero
print(inf, -inf, inf - inf, inf * zero)
print([0.0 / 0.0, 1, 2].map { $0.isNaN }, (0.0 / 0.0) == (0.0 / 0.0))
