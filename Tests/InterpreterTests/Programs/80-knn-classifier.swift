// k-nearest neighbours with majority vote; ties broken by the smaller label.
struct Point {
    let x: Double, y: Double
    let label: Int
}
let training = [
    Point(x: 1, y: 1, label: 0), Point(x: 1.5, y: 2, label: 0), Point(x: 2, y: 1, label: 0),
    Point(x: 6, y: 5, label: 1), Point(x: 7, y: 7, label: 1), Point(x: 6, y: 7, label: 1),
    Point(x: 4, y: 4, label: 2), Point(x: 4.5, y: 3.5, label: 2),
]

func classify(_ x: Double, _ y: Double, k: Int) -> Int {
    let sorted = training.sorted { a, b in
        let da = (a.x - x) * (a.x - x) + (a.y - y) * (a.y - y)
        let db = (b.x - x) * (b.x - x) + (b.y - y) * (b.y - y)
        return da < db
    }
    var votes: [Int: Int] = [:]
    for p in sorted.prefix(k) { votes[p.label, default: 0] += 1 }
    let best = votes.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
    return best.key
}

let queries: [(Double, Double)] = [(1, 2), (6.5, 6), (4, 3.8), (3, 3)]
for k in [1, 3, 5] {
    print("k =", k, queries.map { classify($0.0, $0.1, k: k) })
}
// Leave-one-out accuracy is left as an exercise; here: training accuracy for k = 1.
let hits = training.filter { classify($0.x, $0.y, k: 1) == $0.label }.count
print("training accuracy", hits, "/", training.count)
