// Optimiser classes with inheritance: plain SGD and SGD with momentum on f(w) = (w - 3)^2.
class Optimiser {
    let learningRate: Double
    init(learningRate: Double) { self.learningRate = learningRate }
    func update(_ w: Double, gradient: Double) -> Double {
        w - learningRate * gradient
    }
    var name: String { "sgd" }
}

final class Momentum: Optimiser {
    let beta: Double
    var velocity = 0.0
    init(learningRate: Double, beta: Double) {
        self.beta = beta
        super.init(learningRate: learningRate)
    }
    override func update(_ w: Double, gradient: Double) -> Double {
        velocity = beta * velocity + gradient
        return w - learningRate * velocity
    }
    override var name: String { "momentum(\(beta))" }
}

func gradient(_ w: Double) -> Double { 2 * (w - 3) }

let optimisers: [Optimiser] = [Optimiser(learningRate: 0.1), Momentum(learningRate: 0.1, beta: 0.5)]
for opt in optimisers {
    var w = 0.0
    for _ in 0..<20 {
        w = opt.update(w, gradient: gradient(w))
    }
    print(opt.name, (w * 1e6).rounded() / 1e6)
}
print(optimisers[1] is Momentum, optimisers[0] is Momentum)
if let m = optimisers[1] as? Momentum {
    print("velocity", (m.velocity * 1e6).rounded() / 1e6)
}
