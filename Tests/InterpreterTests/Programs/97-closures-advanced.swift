import Foundation

// Closures: captures, capture lists, weak references, operators and functions as values.
var total = 0
let add: (Int) -> Void = { total += $0 }
add(3); add(4)
print(total)

var x = 10
let captured = { [x] in x * 2 }
let live = { x * 2 }
x = 20
print(captured(), live())

var handlers: [() -> Int] = []
for i in 1...3 { handlers.append { i * 100 } }
print(handlers.map { $0() })

final class Model {
    var name = "model"
}
final class Trainer {
    weak var model: Model?
    init(model: Model) { self.model = model }
}
let m = Model()
let trainer = Trainer(model: m)
print(trainer.model?.name ?? "gone")

print([3, 1, 2].sorted(by: >), [1, 2, 3].reduce(0, +), [4.0, 9.0].map(sqrt))
let compose = { (f: @escaping (Double) -> Double, g: @escaping (Double) -> Double) in { f(g($0)) } }
let h = compose({ $0 + 1 }, { $0 * 2 })
print(h(5))
let pairs = [(1, "b"), (0, "a")].sorted { $0.0 < $1.0 }
print(pairs.map { $1 })
let count = 3
let makeRow = { [n = count] (v: Double) -> [Double] in Array(repeating: v, count: n) }
print(makeRow(0.5))
func apply(_ f: (Int, Int) -> Int, _ a: Int, _ b: Int) -> Int { f(a, b) }
print(apply(+, 2, 3), apply(*, 2, 3), apply({ $0 - $1 }, 2, 3), apply(max, 2, 3))
