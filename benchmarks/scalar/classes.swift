// Scalar benchmark: an optimiser class whose method updates its state, 300 000 steps.
final class Momentum {
    var velocity = 0.0
    let rate: Double
    let beta: Double
    init(rate: Double, beta: Double) { self.rate = rate; self.beta = beta }
    func step(_ w: Double, gradient: Double) -> Double {
        velocity = beta * velocity + gradient
        return w - rate * velocity
    }
}
let optimizer = Momentum(rate: 0.001, beta: 0.9)
var w = 5.0
var steps = 0
for _ in 0..<300_000 {
    let g = 2 * (w - 1.5)
    w = optimizer.step(w, gradient: g)
    steps += 1
}
print(steps, w, optimizer.velocity)
