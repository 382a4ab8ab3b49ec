// Nested enums and structs inside an enum and a class, referenced by qualified names.
enum Dataset {
    enum Kind: String { case train, test }
    struct Split {
        var kind: Kind
        var size: Int
    }
    static func splits(total: Int) -> [Split] {
        [Split(kind: .train, size: total * 4 / 5), Split(kind: .test, size: total / 5)]
    }
}
for s in Dataset.splits(total: 100) { print(s.kind.rawValue, s.size) }
let k: Dataset.Kind = .test
print(k, Dataset.Kind(rawValue: "train") != nil)

final class Network {
    enum Activation { case relu, sigmoid }
    struct LayerSpec { let units: Int; let activation: Activation }
    var specs: [LayerSpec] = []
    func add(_ units: Int, _ activation: Activation = .relu) -> Network {
        specs.append(LayerSpec(units: units, activation: activation))
        return self
    }
}
let net = Network().add(4).add(1, .sigmoid)
print(net.specs.map { $0.units }, net.specs.map { "\($0.activation)" })
let spec = Network.LayerSpec(units: 8, activation: .sigmoid)
print(spec.units)
