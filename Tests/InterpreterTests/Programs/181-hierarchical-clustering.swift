// Single-linkage agglomerative clustering of 1-D points, printing each merge.
let points: [Double] = [1.0, 1.5, 5.0, 5.2, 9.0, 3.0]
var clusters: [[Int]] = points.indices.map { [$0] }
func distance(_ a: [Int], _ b: [Int]) -> Double {
    var best = Double.infinity
    for i in a { for j in b { best = min(best, abs(points[i] - points[j])) } }
    return best
}
while clusters.count > 1 {
    var bestPair = (0, 1)
    var bestDistance = Double.infinity
    for i in 0..<clusters.count {
        for j in (i + 1)..<clusters.count {
            let d = distance(clusters[i], clusters[j])
            if d < bestDistance { bestDistance = d; bestPair = (i, j) }
        }
    }
    let merged = (clusters[bestPair.0] + clusters[bestPair.1]).sorted()
    print("merge", clusters[bestPair.0], clusters[bestPair.1], "at", (bestDistance * 100).rounded() / 100)
    clusters.remove(at: bestPair.1)
    clusters[bestPair.0] = merged
    if clusters.count == 3 { print("three clusters:", clusters.map { $0.map { points[$0] } }) }
}
print(clusters)
