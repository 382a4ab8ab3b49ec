import Foundation

// Foundation math and module-qualified names.
func r(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
print(r(Foundation.exp(1)), Swift.max(3, 7), Swift.min(2.5, 1.5))
print(r(log(10)), r(log2(8)), r(log10(1000)), r(log1p(0.5)), r(expm1(0.1)), exp2(3.0))
print(sqrt(2.0), cbrt(27.0), pow(2.0, 10.0), pow(2.5, 0.5))
print(r(sin(Double.pi / 6)), r(cos(0)), r(tan(Double.pi / 4)))
print(r(asin(1)), r(acos(0)), r(atan(1)), r(atan2(1, -1)))
print(r(sinh(1)), r(cosh(1)), r(tanh(0.5)), hypot(3.0, 4.0), fmod(7.5, 2))
print(abs(-3), abs(-2.5), fabs(-1.25), max(1, 5, 3), min(4.0, 2.0, 8.0))
print(floor(-1.5), ceil(-1.5), round(2.5), round(-2.5), trunc(-2.7))
print(2.5.rounded(), (-2.5).rounded(), 2.5.rounded(.down), 2.5.rounded(.up), 2.5.rounded(.towardZero), 2.5.rounded(.toNearestOrEven))
print(9.0.squareRoot(), 7.5.truncatingRemainder(dividingBy: 2), 12.isMultiple(of: 4))
let qr = 17.quotientAndRemainder(dividingBy: 5)
print(qr.quotient, qr.remainder)
print(Double.pi, Double.infinity, -Double.infinity, Double.nan.isNaN)
print(Double.greatestFiniteMagnitude, Double.ulpOfOne, Int.max, Int.min)
print((1.0 / 0).isInfinite, (1.0).isFinite, (0.0 / 0).isNaN)
let angle: Double = .pi / 2
print(r(sin(angle)))
