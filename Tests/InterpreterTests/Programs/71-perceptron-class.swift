// A perceptron class trained on the AND function, with an epoch log.
final class Perceptron {
    var weights: [Double]
    var bias = 0.0
    let learningRate: Double
    init(inputs: Int, learningRate: Double = 0.5) {
        weights = [Double](repeating: 0, count: inputs)
        self.learningRate = learningRate
    }
    func predict(_ x: [Double]) -> Int {
        var z = bias
        for i in 0..<weights.count { z += weights[i] * x[i] }
        return z > 0 ? 1 : 0
    }
    func train(_ x: [Double], _ target: Int) -> Bool {
        let error = Double(target - predict(x))
        if error == 0 { return false }
        for i in weights.indices { weights[i] += learningRate * error * x[i] }
        bias += learningRate * error
        return true
    }
}

let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let andTargets = [0, 0, 0, 1]
let p = Perceptron(inputs: 2)
for epoch in 1...10 {
    var mistakes = 0
    for (x, t) in zip(inputs, andTargets) where p.train(x, t) {
        mistakes += 1
    }
    print("epoch \(epoch): \(mistakes) mistakes, w = \(p.weights), b = \(p.bias)")
    if mistakes == 0 { break }
}
print(inputs.map { p.predict($0) })
