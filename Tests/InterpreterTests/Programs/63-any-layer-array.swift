// A network as an array of existential layers: [any Layer].
protocol Layer {
    func forward(_ x: [Double]) -> [Double]
    var parameterCount: Int { get }
}

struct Scale: Layer {
    var factor: Double
    func forward(_ x: [Double]) -> [Double] { x.map { $0 * factor } }
    var parameterCount: Int { 1 }
}

struct Shift: Layer {
    var offsets: [Double]
    func forward(_ x: [Double]) -> [Double] { zip(x, offsets).map { $0 + $1 } }
    var parameterCount: Int { offsets.count }
}

struct ReLU: Layer {
    func forward(_ x: [Double]) -> [Double] { x.map { max(0, $0) } }
    var parameterCount: Int { 0 }
}

let network: [any Layer] = [Scale(factor: 2), Shift(offsets: [-1, 0.5, -3]), ReLU()]
var x = [1.0, -0.5, 1.25]
for layer in network {
    x = layer.forward(x)
    print(x)
}
print("parameters:", network.map { $0.parameterCount }.reduce(0, +))
let output = network.reduce([0.5, 0.5, 0.5]) { $1.forward($0) }
print(output)
print(network[1] is Shift, network[0] is ReLU)
if let shift = network[1] as? Shift { print(shift.offsets) }
