// A protocol with an associated type: models over different input types.
protocol Model {
    associatedtype Input
    func predict(_ x: Input) -> Double
}
struct LinearModel: Model {
    var w: [Double], b: Double
    func predict(_ x: [Double]) -> Double { zip(w, x).map { $0 * $1 }.reduce(b, +) }
}
struct LengthModel: Model {
    func predict(_ x: String) -> Double { Double(x.count) / 10 }
}
func predictAll<M: Model>(_ m: M, _ xs: [M.Input]) -> [Double] { xs.map { m.predict($0) } }
print(predictAll(LinearModel(w: [1, 2], b: 0.5), [[1, 1], [0, -1]]))
print(predictAll(LengthModel(), ["hi", "hello world"]))

protocol Container {
    associatedtype Item
    var items: [Item] { get }
    mutating func add(_ item: Item)
}
struct Bag<T>: Container {
    var items: [T] = []
    mutating func add(_ item: T) { items.append(item) }
}
var bag = Bag<Int>()
bag.add(3); bag.add(4)
print(bag.items, bag.items.count)
