// Array(repeating: 0, count:) stored in a [Double] property: the 0 is a Double.
struct Layer {
    var weights: [Double]
    var bias: [Double]
    init(inputs: Int, outputs: Int) {
        weights = Array(repeating: 0, count: inputs * outputs)
        bias = [Double](repeating: 0, count: outputs)
    }
}
let layer = Layer(inputs: 2, outputs: 2)
print(layer.weights)
print(layer.bias)

final class Model {
    var weights: [Double]
    init(inputs: Int) {
        weights = Array(repeating: 0, count: inputs)
    }
}
print(Model(inputs: 2).weights)

final class Histogram {
    var bins: [Double] = Array(repeating: 0, count: 3)
    func add(_ i: Int) { bins[i] += 1 }
}
let h = Histogram()
h.add(1); h.add(1); h.add(2)
print(h.bins)

var grid: [[Double]] = Array(repeating: Array(repeating: 1, count: 2), count: 2)
grid[0][1] = 5
print(grid)
let zeros: [Float] = Array(repeating: 0, count: 2)
print(zeros)
