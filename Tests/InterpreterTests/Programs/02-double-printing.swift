import Foundation

// How Swift prints Double values: shortest round-trip representation.
print(0.1 + 0.2)
print(0.1 + 0.7)
print(1.0)
print(100000.0)
print(1000000.0)
print(10000000.0)
print(1e15)
print(1e16)
print(1.5e16)
print(1e-4)
print(1e-05)
print(0.0001234)
print(0.00001234)
print(-0.0)
print(0.0 == -0.0)
print(Double.infinity)
print(-Double.infinity)
print(Double.nan)
let notANumber = Double.nan
print(notANumber == notANumber, notANumber != notANumber)
print(1.0 / 3.0)
print(2.0 / 3.0)
print(123456789.0 * 10)
print(3.0 * 1.1)
print(Double.pi)
print(1e308 * 10)
print(Double.leastNonzeroMagnitude)
print(Double.greatestFiniteMagnitude)
print(Double.ulpOfOne)

// Float prints with fewer digits.
let f: Float = 0.1
print(f, f + 0.2)
print(Float(1.0) / 3)
print(Float(16777216) + 1)

// Checks on special values.
let z = 0.0
let inf = 1.0 / z
print(inf, inf.isInfinite, (inf - inf).isNaN)
print((0.0 / z).isNaN)
print(Double(2).squareRoot(), (-1.0).squareRoot())

// Arrays of doubles use the same description.
print([0.1, 0.25, 1e-05, 1e16, 3.0])
