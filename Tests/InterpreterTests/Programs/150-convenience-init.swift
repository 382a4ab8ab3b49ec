// Class initialisers: designated, convenience and overridden, with a static instance counter.
class Layer {
    static var created = 0
    let inputs: Int, outputs: Int
    var name: String
    init(inputs: Int, outputs: Int, name: String) {
        self.inputs = inputs
        self.outputs = outputs
        self.name = name
        Layer.created += 1
    }
    convenience init(square n: Int) {
        self.init(inputs: n, outputs: n, name: "square\(n)")
    }
    var parameters: Int { inputs * outputs + outputs }
    class func describe() -> String { "Layer" }
}
final class Dense: Layer {
    let activation: String
    init(inputs: Int, outputs: Int, activation: String = "relu") {
        self.activation = activation
        super.init(inputs: inputs, outputs: outputs, name: "dense")
    }
    override var parameters: Int { super.parameters }
    override class func describe() -> String { "Dense" }
}
let layers = [Layer(square: 3), Dense(inputs: 3, outputs: 2), Layer(inputs: 2, outputs: 1, name: "out")]
for l in layers { print(l.name, l.parameters) }
print(Layer.created, Layer.describe(), Dense.describe())
print((layers[1] as? Dense)?.activation ?? "none")
