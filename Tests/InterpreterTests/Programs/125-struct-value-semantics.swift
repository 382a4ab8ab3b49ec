// Value semantics of structs nested in arrays, dictionaries, classes and other structs.
struct Weights { var values: [Double]; var version = 0 }
struct Layer { var weights: Weights; var name: String }
var a = Layer(weights: Weights(values: [1, 2]), name: "a")
var b = a
b.weights.values[0] = 100
b.weights.version += 1
b.name = "b"
print(a.weights.values, a.weights.version, a.name)
print(b.weights.values, b.weights.version, b.name)

var layers = [a, b]
layers[0].weights.values.append(3)
layers[1].name += "!"
print(layers.map { $0.weights.values }, layers.map { $0.name }, a.weights.values)

var byName: [String: Layer] = ["a": a]
byName["a"]?.weights.values[1] = -1
byName["a"]?.name = "renamed"
print(byName["a"]!.weights.values, byName["a"]!.name, a.weights.values)

final class Model { var layer: Layer; init(_ l: Layer) { layer = l } }
let model = Model(a)
let alias = model
alias.layer.weights.values = [0]
print(model.layer.weights.values, a.weights.values)

var list = [Weights(values: [1])]
var first = list[0]
first.values.append(2)
print(list[0].values, first.values)
for var w in list { w.values.removeAll(); print(w.values) }
print(list[0].values)
func bump(_ w: inout Weights) { w.version += 10 }
bump(&list[0])
bump(&layers[1].weights)
print(list[0].version, layers[1].weights.version)
