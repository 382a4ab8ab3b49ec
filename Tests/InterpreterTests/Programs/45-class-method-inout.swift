// A class method that takes an inout argument must write it back, as a plain function does.
final class C {
    func bump(_ n: inout Int) { n += 1 }
}
var n = 0
let c = C()
c.bump(&n)
c.bump(&n)
print(n)

// An optimiser written as a class that updates the caller's weights in place.
final class GradientDescent {
    let learningRate: Double
    var steps = 0
    init(learningRate: Double) { self.learningRate = learningRate }
    func step(_ weights: inout [Double], gradient: [Double]) {
        for i in weights.indices {
            weights[i] -= learningRate * gradient[i]
        }
        steps += 1
    }
}

var weights = [1.0, -2.0, 0.5]
let optimiser = GradientDescent(learningRate: 0.1)
for _ in 0..<3 {
    let gradient = weights.map { 2 * $0 }   // d/dw of w^2
    optimiser.step(&weights, gradient: gradient)
}
print(weights.map { ($0 * 10000).rounded() / 10000 })
print(optimiser.steps)

struct Counter {
    func add(_ x: Int, into total: inout Int) { total += x }
}
var total = 10
Counter().add(5, into: &total)
print(total)
