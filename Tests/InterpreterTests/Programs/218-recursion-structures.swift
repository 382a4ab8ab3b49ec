// Recursion over nested structures: flattening, depth, permutations and power sets.
indirect enum Nested { case value(Int), list([Nested]) }
func flatten(_ n: Nested) -> [Int] {
    switch n {
    case .value(let v): return [v]
    case .list(let items): return items.flatMap(flatten)
    }
}
func depth(_ n: Nested) -> Int {
    switch n {
    case .value: return 0
    case .list(let items): return 1 + (items.map(depth).max() ?? 0)
    }
}
let tree = Nested.list([.value(1), .list([.value(2), .list([.value(3), .value(4)])]), .value(5)])
print(flatten(tree), depth(tree))
func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    var out: [[Int]] = []
    for (i, x) in xs.enumerated() {
        var rest = xs
        rest.remove(at: i)
        for p in permutations(rest) { out.append([x] + p) }
    }
    return out
}
print(permutations([1, 2, 3]))
func powerSet(_ xs: [String]) -> [[String]] {
    guard let first = xs.first else { return [[]] }
    let rest = powerSet(Array(xs.dropFirst()))
    return rest + rest.map { [first] + $0 }
}
print(powerSet(["a", "b", "c"]).map { $0.joined() }.sorted())
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout [String]) {
    if n == 0 { return }
    hanoi(n - 1, from, via, to, &moves)
    moves.append(from + to)
    hanoi(n - 1, via, to, from, &moves)
}
var moves: [String] = []
hanoi(3, "A", "C", "B", &moves)
print(moves.count, moves.joined(separator: " "))
