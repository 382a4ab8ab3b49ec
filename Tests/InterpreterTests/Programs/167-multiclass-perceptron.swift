// A multi-class perceptron: one weight vector per class, the highest score wins.
let data: [([Double], Int)] = [
    ([1, 0.2, 0.1], 0), ([0.9, 0.1, 0.3], 0), ([0.1, 1, 0.2], 1),
    ([0.2, 0.8, 0.1], 1), ([0.1, 0.2, 1], 2), ([0.3, 0.1, 0.9], 2),
]
var weights = [[Double]](repeating: [0, 0, 0, 0], count: 3)   // last entry is the bias

func scores(_ x: [Double]) -> [Double] {
    weights.map { w in zip(w, x + [1]).map { $0 * $1 }.reduce(0, +) }
}
func predict(_ x: [Double]) -> Int {
    let s = scores(x)
    return s.indices.max { s[$0] < s[$1] || (s[$0] == s[$1] && $0 > $1) }!
}
for epoch in 1...10 {
    var mistakes = 0
    for (x, y) in data {
        let p = predict(x)
        if p != y {
            mistakes += 1
            let input = x + [1]
            for j in 0..<4 {
                weights[y][j] += input[j]
                weights[p][j] -= input[j]
            }
        }
    }
    print("epoch", epoch, "mistakes", mistakes)
    if mistakes == 0 { break }
}
for w in weights { print(w.map { ($0 * 100).rounded() / 100 }) }
print(data.map { predict($0.0) }, [[0.7, 0.3, 0.2], [0.2, 0.3, 0.7]].map(predict))
