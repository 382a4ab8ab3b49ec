import Foundation

// Forward pass of a 2-2-1 network with explicit weights, solving XOR.
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

struct Layer {
    var weights: [[Double]]   // one row per output neuron
    var biases: [Double]

    func forward(_ input: [Double], _ activation: (Double) -> Double) -> [Double] {
        var output: [Double] = []
        for (row, b) in zip(weights, biases) {
            var z = b
            for (w, x) in zip(row, input) {
                z += w * x
            }
            output.append(activation(z))
        }
        return output
    }
}

// Hidden neuron 1 behaves like OR, hidden neuron 2 like AND; output is OR and not AND.
let hidden = Layer(weights: [[20, 20], [20, 20]], biases: [-10, -30])
let output = Layer(weights: [[20, -20]], biases: [-10])

for a in [0.0, 1.0] {
    for b in [0.0, 1.0] {
        let h = hidden.forward([a, b], sigmoid)
        let y = output.forward(h, sigmoid)[0]
        let rounded = h.map { ($0 * 1000).rounded() / 1000 }
        print(Int(a), Int(b), "hidden:", rounded, "output:", (y * 10000).rounded() / 10000, "class:", y > 0.5 ? 1 : 0)
    }
}

// The same network with ReLU hidden units and a linear output.
let reluHidden = Layer(weights: [[1, 1], [1, 1]], biases: [0, -1])
let linearOutput = Layer(weights: [[1, -2]], biases: [0])
for (a, b) in [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)] {
    let h = reluHidden.forward([a, b]) { max(0, $0) }
    print(a, b, h, linearOutput.forward(h) { $0 })
}

// Parameter count of a 2-2-1 network.
let count = hidden.weights.count * hidden.weights[0].count + hidden.biases.count
    + output.weights.count * output.weights[0].count + output.biases.count
print("parameters:", count)
