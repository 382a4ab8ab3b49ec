// Gradient descent on the parabola f(x) = (x - 3)^2 + 1.
func f(_ x: Double) -> Double {
    return (x - 3) * (x - 3) + 1
}
func df(_ x: Double) -> Double {
    return 2 * (x - 3)
}

func descend(from start: Double, learningRate: Double, steps: Int) -> [Double] {
    var x = start
    var path = [x]
    for _ in 0..<steps {
        x -= learningRate * df(x)
        path.append(x)
    }
    return path
}

let path = descend(from: 0, learningRate: 0.1, steps: 10)
for (i, x) in path.enumerated() where i % 2 == 0 {
    print("step \(i): x = \(x), f = \(f(x))")
}

// Learning rates: too small, just right, too big.
for rate in [0.01, 0.5, 0.9, 1.1] {
    let end = descend(from: 0, learningRate: rate, steps: 20).last ?? 0
    let verdict = abs(end - 3) > 3 ? "diverged" : "converging"
    print("rate", rate, "ends at", end, verdict)
}

// Stop when the gradient is small.
var x = 10.0
var steps = 0
while abs(df(x)) > 1e-6 {
    x -= 0.2 * df(x)
    steps += 1
}
print("converged after", steps, "steps to", x)

// Momentum on the same problem.
var position = 0.0
var velocity = 0.0
for _ in 0..<30 {
    velocity = 0.9 * velocity - 0.05 * df(position)
    position += velocity
}
print("momentum:", position)
