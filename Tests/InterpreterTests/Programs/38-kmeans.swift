import Foundation

// k-means clustering of a few 2-D points into two groups.
struct P {
    var x: Double
    var y: Double
}

let points = [
    P(x: 1.0, y: 1.1), P(x: 1.4, y: 0.8), P(x: 0.7, y: 1.3), P(x: 1.1, y: 0.6),
    P(x: 4.0, y: 4.2), P(x: 4.5, y: 3.8), P(x: 3.7, y: 4.6), P(x: 4.2, y: 4.9),
]

func distance2(_ a: P, _ b: P) -> Double {
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)
}

var centres = [points[0], points[1]]     // a poor start: both in the same group
var assignment = [Int](repeating: 0, count: points.count)

for iteration in 1...10 {
    var changed = false
    for (i, p) in points.enumerated() {
        let nearest = distance2(p, centres[0]) <= distance2(p, centres[1]) ? 0 : 1
        if nearest != assignment[i] {
            assignment[i] = nearest
            changed = true
        }
    }
    for k in 0..<centres.count {
        let members = points.indices.filter { assignment[$0] == k }.map { points[$0] }
        if members.isEmpty { continue }
        let sx = members.reduce(0.0) { $0 + $1.x }
        let sy = members.reduce(0.0) { $0 + $1.y }
        centres[k] = P(x: sx / Double(members.count), y: sy / Double(members.count))
    }
    print("iteration", iteration, assignment)
    if !changed && iteration > 1 {
        break
    }
}

func round3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
for c in centres {
    print("centre", round3(c.x), round3(c.y))
}

// Inertia: the sum of squared distances to the assigned centre.
var inertia = 0.0
for (i, p) in points.enumerated() {
    inertia += distance2(p, centres[assignment[i]])
}
print("inertia", round3(inertia))
