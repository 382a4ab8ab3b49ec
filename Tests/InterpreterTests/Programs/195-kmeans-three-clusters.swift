// k-means with three clusters on 1-D data, initialised at fixed points, with per-iteration inertia.
let data: [Double] = [1, 1.5, 2, 8, 8.5, 9, 15, 15.5, 16.5, 4.5]
var centres: [Double] = [0, 5, 10]
func nearest(_ x: Double) -> Int {
    var best = 0
    for k in 1..<centres.count where abs(x - centres[k]) < abs(x - centres[best]) { best = k }
    return best
}
var previous: [Int] = []
for iteration in 1...10 {
    let assignment = data.map(nearest)
    if assignment == previous { print("stable after", iteration - 1); break }
    previous = assignment
    for k in centres.indices {
        let members = zip(data, assignment).filter { $0.1 == k }.map { $0.0 }
        if !members.isEmpty { centres[k] = members.reduce(0, +) / Double(members.count) }
    }
    let inertia = zip(data, assignment).map { ($0 - centres[$1]) * ($0 - centres[$1]) }.reduce(0, +)
    print(iteration, assignment, centres.map { ($0 * 1000).rounded() / 1000 }, (inertia * 1000).rounded() / 1000)
}
let sizes = (0..<3).map { k in previous.filter { $0 == k }.count }
print("sizes", sizes)
