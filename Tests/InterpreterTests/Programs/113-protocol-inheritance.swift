// Protocol inheritance and class conformance: a Trainable model is a Model.
protocol Model {
    func predict(_ x: Double) -> Double
}
protocol Trainable: Model {
    mutating func step(x: Double, y: Double, rate: Double)
}
extension Model {
    func predictAll(_ xs: [Double]) -> [Double] { xs.map { predict($0) } }
}
struct Line: Trainable {
    var w = 0.0, b = 0.0
    func predict(_ x: Double) -> Double { w * x + b }
    mutating func step(x: Double, y: Double, rate: Double) {
        let e = predict(x) - y
        w -= rate * e * x
        b -= rate * e
    }
}
final class Constant: Model {
    let c: Double
    init(_ c: Double) { self.c = c }
    func predict(_ x: Double) -> Double { c }
}
var line = Line()
let data: [(Double, Double)] = [(0, 1), (1, 3), (2, 5), (3, 7)]
for _ in 0..<500 {
    for (x, y) in data { line.step(x: x, y: y, rate: 0.05) }
}
print((line.w * 1000).rounded() / 1000, (line.b * 1000).rounded() / 1000)
let models: [any Model] = [line, Constant(2)]
for m in models { print(m.predictAll([0, 10]).map { ($0 * 100).rounded() / 100 }) }
func isTrainable(_ m: any Model) -> Bool { m is any Trainable }
print(models.map(isTrainable))
