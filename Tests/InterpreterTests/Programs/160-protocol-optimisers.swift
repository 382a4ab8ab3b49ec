// Optimisers behind a class-bound protocol, updating weights through inout parameters.
protocol Optimizer: AnyObject {
    var name: String { get }
    func update(_ weights: inout [Double], _ gradients: [Double])
}
final class SGD: Optimizer {
    let rate: Double
    init(rate: Double) { self.rate = rate }
    var name: String { "sgd(\(rate))" }
    func update(_ weights: inout [Double], _ gradients: [Double]) {
        for i in weights.indices { weights[i] -= rate * gradients[i] }
    }
}
final class Momentum: Optimizer {
    let rate: Double, beta: Double
    private var velocity: [Double] = []
    init(rate: Double, beta: Double = 0.9) { self.rate = rate; self.beta = beta }
    var name: String { "momentum(\(rate), \(beta))" }
    func update(_ weights: inout [Double], _ gradients: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: weights.count) }
        for i in weights.indices {
            velocity[i] = beta * velocity[i] + gradients[i]
            weights[i] -= rate * velocity[i]
        }
    }
}
// Minimise sum((w - target)^2).
let target: [Double] = [1, -2]
let optimizers: [any Optimizer] = [SGD(rate: 0.1), Momentum(rate: 0.05)]
for opt in optimizers {
    var w: [Double] = [0, 0]
    for _ in 0..<60 {
        let g = zip(w, target).map { 2 * ($0 - $1) }
        opt.update(&w, g)
    }
    print(opt.name, w.map { ($0 * 1e4).rounded() / 1e4 })
}
print(optimizers[0] === optimizers[0], optimizers[0] === optimizers[1])
