// A depth-2 decision tree built by minimising Gini impurity, as an indirect enum.
indirect enum Tree {
    case leaf(Int)
    case split(feature: Int, threshold: Double, left: Tree, right: Tree)
}

func gini(_ labels: [Int]) -> Double {
    if labels.isEmpty { return 0 }
    let n = Double(labels.count)
    let p = Double(labels.filter { $0 == 1 }.count) / n
    return 1 - p * p - (1 - p) * (1 - p)
}

func majority(_ labels: [Int]) -> Int {
    labels.filter { $0 == 1 }.count * 2 > labels.count ? 1 : 0
}

func build(_ rows: [[Double]], _ labels: [Int], depth: Int) -> Tree {
    if depth == 0 || gini(labels) == 0 { return .leaf(majority(labels)) }
    var best: (score: Double, feature: Int, threshold: Double)? = nil
    for f in 0..<rows[0].count {
        for t in Set(rows.map { $0[f] }).sorted() {
            let l = labels.indices.filter { rows[$0][f] <= t }.map { labels[$0] }
            let r = labels.indices.filter { rows[$0][f] > t }.map { labels[$0] }
            if l.isEmpty || r.isEmpty { continue }
            let score = (Double(l.count) * gini(l) + Double(r.count) * gini(r)) / Double(labels.count)
            if best == nil || score < best!.score { best = (score, f, t) }
        }
    }
    guard let b = best else { return .leaf(majority(labels)) }
    let li = rows.indices.filter { rows[$0][b.feature] <= b.threshold }
    let ri = rows.indices.filter { rows[$0][b.feature] > b.threshold }
    return .split(feature: b.feature, threshold: b.threshold,
                  left: build(li.map { rows[$0] }, li.map { labels[$0] }, depth: depth - 1),
                  right: build(ri.map { rows[$0] }, ri.map { labels[$0] }, depth: depth - 1))
}

func predict(_ tree: Tree, _ x: [Double]) -> Int {
    switch tree {
    case .leaf(let c): return c
    case let .split(f, t, l, r): return predict(x[f] <= t ? l : r, x)
    }
}

func show(_ tree: Tree, _ indent: String = "") {
    switch tree {
    case .leaf(let c): print(indent + "predict \(c)")
    case let .split(f, t, l, r):
        print(indent + "x[\(f)] <= \(t)?")
        show(l, indent + "  ")
        show(r, indent + "  ")
    }
}

let rows: [[Double]] = [[2, 3], [1, 1], [3, 1], [6, 5], [7, 8], [8, 6], [2, 7], [7, 2]]
let labels = [0, 0, 0, 1, 1, 1, 1, 0]
let tree = build(rows, labels, depth: 2)
show(tree)
print(rows.map { predict(tree, $0) })
