// A class hierarchy of layers with overridden forward passes, used through the base class.
class Layer {
    var name: String { "layer" }
    func forward(_ x: [Double]) -> [Double] { x }
    func parameterCount() -> Int { 0 }
}
class Linear: Layer {
    let weights: [[Double]]
    let bias: [Double]
    init(weights: [[Double]], bias: [Double]) { self.weights = weights; self.bias = bias }
    override var name: String { "linear(\(weights[0].count)->\(weights.count))" }
    override func forward(_ x: [Double]) -> [Double] {
        weights.indices.map { i in zip(weights[i], x).map { $0 * $1 }.reduce(bias[i], +) }
    }
    override func parameterCount() -> Int { weights.count * weights[0].count + bias.count }
}
class ReLU: Layer {
    override var name: String { "relu" }
    override func forward(_ x: [Double]) -> [Double] { x.map { max(0, $0) } }
}
final class LeakyReLU: ReLU {
    let slope: Double
    init(slope: Double) { self.slope = slope }
    override var name: String { "leaky(\(slope))" }
    override func forward(_ x: [Double]) -> [Double] { x.map { $0 > 0 ? $0 : slope * $0 } }
}
let net: [Layer] = [
    Linear(weights: [[1, -1], [0.5, 0.5], [-1, 2]], bias: [0, 0.1, -0.2]),
    LeakyReLU(slope: 0.1),
    Linear(weights: [[1, 1, 1]], bias: [0]),
    ReLU(),
]
var x: [Double] = [1, 2]
for layer in net {
    x = layer.forward(x)
    print(layer.name, x.map { ($0 * 1000).rounded() / 1000 })
}
print("parameters", net.map { $0.parameterCount() }.reduce(0, +))
print(net.map { $0 is ReLU }, net.filter { $0 is Linear }.count)
