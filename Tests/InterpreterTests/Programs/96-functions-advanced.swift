// Functions: labels, defaults, variadics, inout, nested functions, tuple results, swap.
func scaled(_ xs: Double..., by factor: Double = 2) -> [Double] { xs.map { $0 * factor } }
print(scaled(1, 2, 3), scaled(1, by: 10), scaled())

func clamp(_ x: Double, min lo: Double = 0, max hi: Double = 1) -> Double {
    Swift.min(Swift.max(x, lo), hi)
}
print(clamp(1.5), clamp(-3), clamp(5, max: 10), clamp(5, min: 6, max: 10))

func stats(_ xs: [Double]) -> (mean: Double, range: Double) {
    let m = xs.reduce(0, +) / Double(xs.count)
    return (m, xs.max()! - xs.min()!)
}
let st = stats([1, 4, 7])
print(st, st.mean, st.range, st.0)

func normalise(_ xs: inout [Double]) {
    let total = xs.reduce(0, +)
    for i in xs.indices { xs[i] /= total }
}
var weights = [1.0, 3.0]
normalise(&weights)
print(weights)

func increment(_ a: inout Int, _ b: inout Int) { a += 1; b += 10 }
var i = 0, j = 0
increment(&i, &j)
print(i, j)
var p = "left", q = "right"
swap(&p, &q)
print(p, q)

func counter() -> () -> Int {
    var count = 0
    func next() -> Int { count += 1; return count }
    return next
}
let next = counter()
print(next(), next(), next())
func area(width w: Double, height h: Double) -> Double { w * h }
func area(side: Double) -> Double { side * side }
print(area(width: 2, height: 3), area(side: 4))
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print((0..<12).map(fib))
