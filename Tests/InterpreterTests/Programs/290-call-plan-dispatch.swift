// Calls that lectern runs through cached call plans: dynamic dispatch at one call site over
// changing receiver types, implicit-self calls, computed properties with optional and tuple
// results, operators of nested types and global operator functions, memberwise construction.
class Shape {
    var name: String { "shape" }
    func area() -> Double { 0 }
    func describe() -> String { "\(name) of area \(area())" }
    func twice() -> String { describe() + " / " + describe() }
}
final class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side }
    override var name: String { "square" }
    override func area() -> Double { side * side }
}
final class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r }
    override var name: String { "circle" }
    override func area() -> Double { 3 * r * r }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1), Shape(), Square(side: 0.5)]
for s in shapes { print(s.describe()) }
print(shapes.map { $0.twice() }.count, shapes[1].twice())

struct Interval {
    var lo: Double
    var hi: Double
    var width: Double { hi - lo }
    var bounds: (lo: Double, hi: Double) { (lo, hi) }
    var midpoint: Double? { width > 0 ? (lo + hi) / 2 : nil }
    func contains(_ x: Double) -> Bool { x >= lo && x <= hi }
    func scaled(_ k: Double) -> Interval { Interval(lo: lo * k, hi: hi * k) }
    func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
    func shifter() -> (Double) -> Double { { $0 + self.lo } }
    struct Pair {
        var a: Int
        var b: Int
        static func + (l: Pair, r: Pair) -> Pair { Pair(a: l.a + r.a, b: l.b + r.b) }
    }
}
func * (i: Interval, k: Int) -> Interval { i.scaled(Double(k)) }

let i = Interval(lo: 1, hi: 3)
print(i.width, i.bounds, i.midpoint as Any, Interval(lo: 2, hi: 2).midpoint as Any)
print(i.contains(2), i.contains(5), i.scaled(2).bounds, (i * 3).width)
print(i.depth(50), i.depth(0))
let shift = i.shifter()
print(shift(10), i.scaled(4).shifter()(0.5))
var total = Interval.Pair(a: 0, b: 0)
for k in 1...4 { total = total + Interval.Pair(a: k, b: k * k) }
print(total.a, total.b)

struct Sample {
    var weight: Double
    var label: Int?
    var tags: [Double]
}
let s = Sample(weight: 2, label: 3, tags: [1, 2])
print(s.weight, s.label as Any, s.tags)
var samples: [Sample] = []
for k in 0..<3 { samples.append(Sample(weight: Double(k) / 2, label: k == 1 ? nil : k, tags: [])) }
print(samples.map { $0.weight }, samples.map { $0.label ?? -1 })
