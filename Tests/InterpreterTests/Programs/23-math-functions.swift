import Foundation

// Math functions used throughout the course.
print(exp(0.0), exp(1.0))
print(log(1.0), log(exp(2.0)))
print(sqrt(16.0), sqrt(2.0))
print(pow(2.0, 10.0), pow(9.0, 0.5))
print(tanh(0.0), tanh(1.0))
print(sin(0.0), cos(0.0))
print(sin(Double.pi / 2), cos(Double.pi))
print(abs(-3.5), abs(-7))
print(max(2.0, 3.5), min(2.0, 3.5))
print(floor(2.7), ceil(2.1), floor(-2.5), ceil(-2.5))
print((2.5).rounded(), (-2.5).rounded(), (2.4).rounded())
print((2.0).squareRoot(), (49.0).squareRoot())
print(log2(8.0), log10(1000.0))
print(exp(-1000.0), exp(1000.0))
print(log(0.0), sqrt(-1.0).isNaN)

// The sigmoid and its derivative.
func sigmoid(_ z: Double) -> Double {
    return 1 / (1 + exp(-z))
}
for z in [-2.0, 0.0, 2.0] {
    let s = sigmoid(z)
    print(z, s, s * (1 - s))
}

// tanh from exponentials agrees with the library function.
let t = 0.7
let manual = (exp(t) - exp(-t)) / (exp(t) + exp(-t))
print(abs(manual - tanh(t)) < 1e-15)

// Round to three decimals by hand.
func round3(_ x: Double) -> Double {
    return (x * 1000).rounded() / 1000
}
print(round3(Double.pi), round3(2.0 / 3.0), round3(-0.0004))

// Euclidean distance and a Gaussian.
let dx = 3.0, dy = 4.0
print(sqrt(dx * dx + dy * dy))
func gaussian(_ x: Double, mean: Double, sd: Double) -> Double {
    let u = (x - mean) / sd
    return exp(-0.5 * u * u) / (sd * sqrt(2 * Double.pi))
}
print(gaussian(0, mean: 0, sd: 1), gaussian(1, mean: 0, sd: 1))
print(Double.pi, Double.pi * 2)
