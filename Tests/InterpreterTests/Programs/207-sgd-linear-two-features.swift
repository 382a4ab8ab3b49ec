// Stochastic gradient descent for a two-feature linear model, sample by sample in a fixed order.
let xs: [[Double]] = [[1, 2], [2, 1], [3, 4], [4, 3], [5, 5], [0, 1]]
let ys: [Double] = xs.map { 2 * $0[0] - $0[1] + 0.5 }
var w = [0.0, 0.0], b = 0.0
let order = [3, 0, 5, 2, 4, 1]
for epoch in 1...200 {
    let rate = 0.05 / (1 + Double(epoch) / 50)
    for i in order {
        let p = w[0] * xs[i][0] + w[1] * xs[i][1] + b
        let e = p - ys[i]
        w[0] -= rate * e * xs[i][0]
        w[1] -= rate * e * xs[i][1]
        b -= rate * e
    }
    if epoch % 50 == 0 {
        var mse = 0.0
        for (x, y) in zip(xs, ys) {
            let e = w[0] * x[0] + w[1] * x[1] + b - y
            mse += e * e / Double(xs.count)
        }
        print(epoch, w.map { ($0 * 1000).rounded() / 1000 }, (b * 1000).rounded() / 1000, (mse * 1e6).rounded() / 1e6)
    }
}
