// Literals passed to Double parameters of initialisers, methods, closures and operators.
struct Point { var x: Double; var y: Double }
let p = Point(x: 1, y: 2)
print(p)
final class Neuron {
    var weights: [Double]
    var bias: Double
    init(weights: [Double], bias: Double = 0) { self.weights = weights; self.bias = bias }
    func output(_ inputs: [Double]) -> Double { zip(weights, inputs).map { $0 * $1 }.reduce(bias, +) }
    func nudge(by d: Double) { bias += d }
}
let n = Neuron(weights: [1, -1])
print(n.output([3, 1]), n.bias)
n.nudge(by: 1)
print(n.bias)
let apply = { (f: (Double) -> Double, v: Double) in f(v) }
print(apply({ $0 * 2 }, 3))
func sum(_ xs: Double...) -> Double { xs.reduce(0, +) }
print(sum(1, 2, 3))
var arr = [Double]()
arr.append(1)
arr += [2]
arr.insert(0, at: 0)
print(arr, arr.contains(1), arr.firstIndex(of: 2)!)
let dict = ["a": 0.5]
print(dict["a", default: 1] + dict["b", default: 1])
print(Array(repeating: 1, count: 2) as [Double])
