// Property observers on struct properties, inside arrays, and via inout.
struct Neuron {
    var activations = 0
    var weight: Double = 0 {
        willSet { if newValue > 1 { print("large weight", newValue) } }
        didSet { activations += 1 }
    }
}
var n = Neuron()
n.weight = 0.5
n.weight = 2
n.weight += 1
print(n.weight, n.activations)

var layer = [Neuron(), Neuron()]
layer[1].weight = 0.25
print(layer.map { $0.activations })

func reset(_ x: inout Double) { x = 0 }
reset(&n.weight)
print(n.weight, n.activations)

final class Progress {
    var epoch = 0 {
        didSet(previous) { print("epoch \(previous) -> \(epoch)") }
    }
}
let p = Progress()
for _ in 0..<3 { p.epoch += 1 }
