// Classes: reference semantics, initialisers, methods, identity.
class Neuron {
    var weights: [Double]
    var bias: Double
    var name: String

    init(weights: [Double], bias: Double, name: String = "neuron") {
        self.weights = weights
        self.bias = bias
        self.name = name
    }

    func activate(_ inputs: [Double]) -> Double {
        var z = bias
        for i in 0..<weights.count {
            z += weights[i] * inputs[i]
        }
        return z > 0 ? z : 0
    }

    func nudge(by amount: Double) {
        for i in 0..<weights.count {
            weights[i] += amount
        }
    }
}

let a = Neuron(weights: [0.5, -0.5], bias: 0.1)
let b = a                      // the same object
b.nudge(by: 1)
print(a.weights, b.weights)
print(a.activate([1, 2]))
print(a === b)
let c = Neuron(weights: [1.5, 0.5], bias: 0.1)
print(a === c, a !== c)
print(a.weights == c.weights)

// Changing a property through any reference is visible through all.
c.name = "copy"
b.name = "shared"
print(a.name, b.name, c.name)

// A class holding a mutable counter, passed to a function.
class Tally {
    var hits = 0
    var misses = 0
    var total: Int { hits + misses }
    func record(_ correct: Bool) {
        if correct { hits += 1 } else { misses += 1 }
    }
}
func score(_ predictions: [Int], _ labels: [Int], into tally: Tally) {
    for (p, y) in zip(predictions, labels) {
        tally.record(p == y)
    }
}
let tally = Tally()
score([1, 0, 1, 1], [1, 1, 1, 0], into: tally)
score([0, 0], [0, 0], into: tally)
print(tally.hits, tally.misses, tally.total)

// An array of references: mutating an element changes the shared object.
let layer = [a, c]
layer[1].bias = -5
print(c.bias, layer.count)
