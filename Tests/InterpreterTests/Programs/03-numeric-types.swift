import Foundation

// Int, Double, Float, Bool and their everyday properties.
let i = 42
let x = 3.75
let f: Float = 2.5
let flag = i > 40

print(i, x, f, flag)
print(i.isMultiple(of: 7), i.isMultiple(of: 5))
print(abs(-i), abs(-x))
print(i.signum(), (-i).signum(), 0.signum())
print(x.rounded(), (-x).rounded(), (2.5).rounded(), (3.5).rounded())
print(x.rounded(.down), x.rounded(.up), x.rounded(.towardZero))
print(Int(x.rounded()), Int(x))
print(Double(i) / 8)
print(x.truncatingRemainder(dividingBy: 1.0))
print(Double(f) * 2, f * 2)

// Min and max of two or more values.
print(max(3, 9), min(3, 9), max(1.5, -2.0), min(4, 2, 8))

// Integer arithmetic details.
print(17 / 5, 17 % 5, -17 / 5, -17 % 5)
print(2 << 3, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3)

// Booleans as conditions.
let raining = false
let cold = true
print(raining || cold, raining && cold, !raining)
print(flag == true, flag != cold)
print(flag.description, String(i), String(x))

// Conversions that fail return nil.
print(Int("123") ?? -1)
print(Int("12a") ?? -1)
print(Double("2.5") ?? 0.0)
print(Double("abc") ?? 0.0)

// Counting in a loop with both kinds.
var sumInt = 0
var sumDouble = 0.0
for k in 1...10 {
    sumInt += k
    sumDouble += 1.0 / Double(k)
}
print(sumInt, sumDouble)
