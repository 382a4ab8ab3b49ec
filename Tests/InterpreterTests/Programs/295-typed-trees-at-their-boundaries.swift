// Where typed operator trees meet the rest of the language: generic and protocol code (which
// stays untyped), closures given their types by map/reduce/sorted, nested functions capturing
// locals, Float next to Double, optionals unwrapped inside arithmetic, integer literals typed
// by an operator's other side, and a struct of scalar fields built and dropped in a loop.
protocol Scorer { func score(_ x: Double) -> Double }
extension Scorer { func twice(_ x: Double) -> Double { score(x) * 2 + score(x / 2) - 1 } }
struct Linear: Scorer { var a: Double; var b: Double; func score(_ x: Double) -> Double { a * x + b } }
func sumSquares<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0) { $0 + $1 * $1 } }
func poly(_ x: Double) -> Double {
    func term(_ k: Int) -> Double { Double(k) * x * x - Double(k * k) / 4 }
    return term(1) + term(2) * 0.5 - (term(3) - x) / 3
}
let s = Linear(a: 0.5, b: -1)
print(s.twice(3), s.twice(-1.25), sumSquares([1, 2, 3]), sumSquares([0.5, 1.5]))
print(poly(2), poly(-0.5))
let xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.map { $0 * $0 - 2 * $0 + 1 }, xs.reduce(0) { $0 * 3 + $1 % 4 }, xs.sorted { $0 % 3 * 10 + $0 < $1 % 3 * 10 + $1 })
let ds = xs.map { Double($0) / 2 + 0.25 }
print(ds.filter { $0 * 2 - 1 > 3 }, ds.map { ($0 - 1) * ($0 + 1) }.reduce(0, +))
let f: Float = 1.5
let g = f * 2 + 0.25
print(g, Double(g) * 2 + 1, type(of: g))
var maybe: Int? = 7
if let m = maybe { print(m * 2 + 1, (m - 10) * (m + 3) / 4) }
maybe = nil
print((maybe ?? 3) * 2 + 1, maybe.map { $0 * 2 + 1 } as Any)
struct P { var x: Double; var y: Double }
var acc = P(x: 0, y: 0)
for i in 0..<1000 {
    let p = P(x: Double(i) * 0.001, y: Double(i % 7) - 3)
    acc = P(x: acc.x + p.x * p.x, y: acc.y * 0.5 + p.y)
}
print(acc.x, acc.y)
var k = 0
var total = 0
while k * k + 3 * k < 500 { total += k % 5 == 0 ? k * 2 : -k; k += 1 }
print(k, total)
