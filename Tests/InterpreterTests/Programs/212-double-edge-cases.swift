// Double edge cases: signed zero, infinities, NaN comparisons, rounding and tiny numbers.
let zero = 0.0
let negZero = -zero
print(zero == negZero, negZero, 1 / negZero, 1 / zero)
let nan = Double.nan
print(nan == nan, nan < 1, nan > 1, nan.isNaN, [1.0, nan].contains { $0.isNaN })
print(Double.infinity > Double.greatestFiniteMagnitude, -Double.infinity < -1e308)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12, 0.1 * 3)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print((2.5).rounded(), (3.5).rounded(), (-2.5).rounded(.toNearestOrEven), (2.45 * 10).rounded() / 10)
print(Double(Int.max), Double(1 << 53) + 1, Float(16777217))
print(1.0 / 3.0, 2.0 / 3.0, 100.0 / 7.0, 1e-7, 123456789012.0, 1.5e300)
print(max(nan, 1), min(1, nan), [3.0, 1.0, 2.0].max()!)
print(stride(from: 0.0, through: 0.3, by: 0.1).map { $0 })
