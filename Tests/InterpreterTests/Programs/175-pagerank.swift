// PageRank by power iteration on a small link graph, with damping.
let links: [[Int]] = [[1, 2], [2], [0], [0, 2], []]   // page 4 links nowhere
let n = links.count
let damping = 0.85
var rank = [Double](repeating: 1.0 / Double(n), count: n)
for iteration in 1...50 {
    var next = [Double](repeating: (1 - damping) / Double(n), count: n)
    var dangling = 0.0
    for (page, outs) in links.enumerated() {
        if outs.isEmpty { dangling += rank[page]; continue }
        for target in outs { next[target] += damping * rank[page] / Double(outs.count) }
    }
    next = next.map { $0 + damping * dangling / Double(n) }
    let change = zip(rank, next).map { abs($0 - $1) }.reduce(0, +)
    rank = next
    if change < 1e-10 {
        print("converged after", iteration, "iterations")
        break
    }
}
print(rank.map { ($0 * 1e4).rounded() / 1e4 })
print("sum", (rank.reduce(0, +) * 1e9).rounded() / 1e9)
print("order", rank.indices.sorted { rank[$0] > rank[$1] })
