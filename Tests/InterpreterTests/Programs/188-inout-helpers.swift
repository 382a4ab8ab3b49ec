// inout helpers in an update loop: clipping, accumulating and swapping.
func clip(_ xs: inout [Double], to limit: Double) {
    for i in xs.indices where abs(xs[i]) > limit { xs[i] = xs[i] > 0 ? limit : -limit }
}
func accumulate(_ total: inout Double, _ xs: [Double]) { for x in xs { total += x } }
func step(_ w: inout [Double], _ g: [Double], rate: Double) {
    for i in w.indices { w[i] -= rate * g[i] }
}
func ordered(_ a: inout Int, _ b: inout Int) { if a > b { swap(&a, &b) } }

var weights = [0.5, -0.5, 2.0]
var total = 0.0
for epoch in 1...5 {
    var gradient = weights.map { 4 * $0 - 1 }
    clip(&gradient, to: 1.5)
    step(&weights, gradient, rate: 0.2)
    accumulate(&total, gradient)
    print(epoch, weights.map { ($0 * 1000).rounded() / 1000 }, gradient)
}
print((total * 1000).rounded() / 1000)
var a = 9, b = 4
ordered(&a, &b)
print(a, b)
var pairs = [(3, 1), (2, 5), (7, 7)]
for i in pairs.indices { var p = pairs[i]; ordered(&p.0, &p.1); pairs[i] = p }
print(pairs)
