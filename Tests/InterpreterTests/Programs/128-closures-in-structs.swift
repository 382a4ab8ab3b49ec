// Closures stored in struct properties, arrays and dictionaries, and called through them.
struct Activation {
    let name: String
    let f: (Double) -> Double
    let df: (Double) -> Double
}
let relu = Activation(name: "relu", f: { max(0, $0) }, df: { $0 > 0 ? 1 : 0 })
let identity = Activation(name: "id", f: { $0 }, df: { _ in 1 })
for a in [relu, identity] {
    print(a.name, [-1.0, 2.0].map(a.f), [-1.0, 2.0].map(a.df))
}
let table: [String: (Double, Double) -> Double] = ["add": (+), "mul": (*), "max": { max($0, $1) }]
for k in table.keys.sorted() { print(k, table[k]!(3, 4)) }
var pipeline: [(Double) -> Double] = []
pipeline.append { $0 + 1 }
pipeline.append { $0 * 10 }
pipeline.append(relu.f)
print(pipeline.reduce(-0.5) { v, f in f(v) })
struct Schedule {
    var rate: (Int) -> Double
    func rates(_ n: Int) -> [Double] { (0..<n).map(rate) }
}
let decay = Schedule { 1.0 / Double($0 + 1) }
print(decay.rates(4))
let s2 = Schedule(rate: { _ in 0.5 })
print(s2.rate(100))
