// A linear SVM trained by subgradient descent on the regularised hinge loss.
let xs: [[Double]] = [[2, 3], [3, 3], [2.5, 4], [6, 1], [7, 2], [6.5, 0.5], [4, 2.5]]
let ys: [Double] = [1, 1, 1, -1, -1, -1, 1]
var w = [0.0, 0.0]
var b = 0.0
let lambda = 0.01
for epoch in 1...500 {
    let rate = 1.0 / (lambda * Double(epoch + 10))
    var gw = [lambda * w[0], lambda * w[1]]
    var gb = 0.0
    for (x, y) in zip(xs, ys) {
        let margin = y * (w[0] * x[0] + w[1] * x[1] + b)
        if margin < 1 {
            gw[0] -= y * x[0] / Double(xs.count)
            gw[1] -= y * x[1] / Double(xs.count)
            gb -= y / Double(xs.count)
        }
    }
    w = [w[0] - rate * gw[0], w[1] - rate * gw[1]]
    b -= rate * gb
}
func r(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
print("w", w.map(r), "b", r(b))
let margins = zip(xs, ys).map { r($1 * (w[0] * $0[0] + w[1] * $0[1] + b)) }
print("margins", margins)
print("errors", margins.filter { $0 <= 0 }.count)
let hinge = margins.map { max(0, 1 - $0) }.reduce(0, +) / Double(xs.count)
print("mean hinge", r(hinge))
