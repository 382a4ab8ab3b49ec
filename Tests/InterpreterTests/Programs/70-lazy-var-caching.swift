// A lazy var computed once, on first use, then cached.
var evaluations = 0
func expensiveNorm(_ xs: [Double]) -> Double {
    evaluations += 1
    return xs.map { $0 * $0 }.reduce(0, +).squareRoot()
}

struct Vector {
    var values: [Double]
    lazy var norm: Double = expensiveNorm(values)
}

var v = Vector(values: [3, 4])
print("evaluations before:", evaluations)
print(v.norm)
print(v.norm)
print("evaluations after:", evaluations)

final class Report {
    let name: String
    lazy var header: String = "== " + name + " =="
    init(name: String) { self.name = name }
}
let r = Report(name: "epoch 1")
print(r.header)
r.header = "custom"
print(r.header)
