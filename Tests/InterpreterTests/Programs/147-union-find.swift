// Union-find with path compression: connected components of a similarity graph.
final class DisjointSet {
    private var parent: [Int]
    private var rank: [Int]
    init(_ n: Int) { parent = Array(0..<n); rank = Array(repeating: 0, count: n) }
    func find(_ x: Int) -> Int {
        if parent[x] != x { parent[x] = find(parent[x]) }
        return parent[x]
    }
    func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if rank[ra] < rank[rb] { parent[ra] = rb }
        else if rank[ra] > rank[rb] { parent[rb] = ra }
        else { parent[rb] = ra; rank[ra] += 1 }
    }
}
let points: [Double] = [0.1, 0.15, 0.9, 0.95, 0.5, 0.2, 1.0, 0.55]
let sets = DisjointSet(points.count)
for i in points.indices {
    for j in points.indices where j > i && abs(points[i] - points[j]) < 0.11 {
        sets.union(i, j)
    }
}
var groups: [Int: [Int]] = [:]
for i in points.indices { groups[sets.find(i), default: []].append(i) }
let components = groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
print(components)
print(components.map { $0.map { points[$0] } })
print("components:", components.count)
