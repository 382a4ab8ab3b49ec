// Matrix factorisation of a tiny ratings matrix by stochastic gradient descent.
let ratings: [(user: Int, item: Int, rating: Double)] = [
    (0, 0, 5), (0, 1, 3), (0, 3, 1),
    (1, 0, 4), (1, 3, 1),
    (2, 0, 1), (2, 1, 1), (2, 3, 5),
    (3, 0, 1), (3, 3, 4), (3, 2, 5),
]
let k = 2
// Deterministic initial factors.
func initial(_ row: Int, _ column: Int) -> Double { 0.1 * Double(row * column % 5) }
var users: [[Double]] = (0..<4).map { u in (0..<k).map { f in initial(u + 1, f + 2) } }
var items: [[Double]] = (0..<4).map { i in (0..<k).map { f in initial(i + 2, f + 1) } }
func predict(_ u: Int, _ i: Int) -> Double { zip(users[u], items[i]).map { $0 * $1 }.reduce(0, +) }
let rate = 0.05, lambda = 0.02
for epoch in 1...300 {
    var sse = 0.0
    for r in ratings {
        let e = r.rating - predict(r.user, r.item)
        sse += e * e
        for f in 0..<k {
            let pu = users[r.user][f], qi = items[r.item][f]
            let du: Double = e * qi - lambda * pu
            let di: Double = e * pu - lambda * qi
            users[r.user][f] += rate * du
            items[r.item][f] += rate * di
        }
    }
    if epoch % 100 == 0 {
        let rmse = (sse / Double(ratings.count)).squareRoot()
        print("epoch", epoch, "rmse", (rmse * 1000).rounded() / 1000)
    }
}
print("user 1, item 1:", (predict(1, 1) * 100).rounded() / 100)
print("user 2, item 2:", (predict(2, 2) * 100).rounded() / 100)
