import Foundation

// Numerical derivatives by finite differences, checked against hand-written ones.
func derivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    return (f(x + h) - f(x - h)) / (2 * h)
}

func forwardDifference(_ f: (Double) -> Double, at x: Double, h: Double) -> Double {
    return (f(x + h) - f(x)) / h
}

func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    return abs(a - b) <= tolerance
}

let cube = { (x: Double) -> Double in x * x * x }
print(close(derivative(cube, at: 2), 12, 1e-6))

let sigmoid = { (z: Double) -> Double in 1 / (1 + exp(-z)) }
for z in [-1.0, 0.0, 2.0] {
    let s = sigmoid(z)
    let exact = s * (1 - s)
    let numeric = derivative(sigmoid, at: z)
    print(z, close(exact, numeric, 1e-9))
}

print(close(derivative(tanh, at: 0.5), 1 - tanh(0.5) * tanh(0.5), 1e-9))
print(close(derivative(sin, at: 1.0), cos(1.0), 1e-9))
print(close(derivative(log, at: 2.0), 0.5, 1e-9))

// Error of the forward difference shrinks like h, the central one like h squared.
for h in [0.1, 0.01, 0.001] {
    let forwardError = abs(forwardDifference(exp, at: 0, h: h) - 1)
    let centralError = abs(derivative(exp, at: 0, h: h) - 1)
    print(h, forwardError < 0.6 * h, centralError < 0.2 * h * h)
}

// A gradient of a function of two variables, one partial derivative at a time.
func loss(_ w: [Double]) -> Double {
    return (w[0] - 1) * (w[0] - 1) + 3 * w[1] * w[1] + w[0] * w[1]
}
let w = [0.5, -2.0]
var numericGradient: [Double] = []
for i in 0..<w.count {
    var plus = w
    var minus = w
    plus[i] += 1e-5
    minus[i] -= 1e-5
    numericGradient.append((loss(plus) - loss(minus)) / 2e-5)
}
let exactGradient = [2 * (w[0] - 1) + w[1], 6 * w[1] + w[0]]
print(exactGradient)
print(zip(numericGradient, exactGradient).allSatisfy { close($0, $1, 1e-6) })
