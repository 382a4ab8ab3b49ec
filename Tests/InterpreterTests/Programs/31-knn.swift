// k-nearest neighbours on a handful of labelled 2-D points.
struct Sample {
    var x: Double
    var y: Double
    var label: String
}

let training = [
    Sample(x: 1.0, y: 1.0, label: "red"),
    Sample(x: 1.5, y: 2.0, label: "red"),
    Sample(x: 2.0, y: 1.2, label: "red"),
    Sample(x: 5.0, y: 5.0, label: "blue"),
    Sample(x: 6.0, y: 5.5, label: "blue"),
    Sample(x: 5.5, y: 6.5, label: "blue"),
    Sample(x: 3.5, y: 3.9, label: "blue"),
]

func squaredDistance(_ a: (Double, Double), _ b: Sample) -> Double {
    let dx = a.0 - b.x
    let dy = a.1 - b.y
    return dx * dx + dy * dy
}

func classify(_ point: (Double, Double), k: Int) -> String {
    let neighbours = training.sorted {
        squaredDistance(point, $0) < squaredDistance(point, $1)
    }
    var votes: [String: Int] = [:]
    for s in neighbours.prefix(k) {
        votes[s.label, default: 0] += 1
    }
    let red = votes["red"] ?? 0
    let blue = votes["blue"] ?? 0
    return red > blue ? "red" : "blue"
}

let queries: [(Double, Double)] = [(1.2, 1.1), (5.2, 5.9), (3.0, 3.0), (2.6, 2.4)]
for q in queries {
    print(q, "k=1:", classify(q, k: 1), "k=3:", classify(q, k: 3), "k=5:", classify(q, k: 5))
}

// The nearest neighbour of a query, with its distance.
let query = (3.0, 3.0)
var bestIndex = 0
var bestDistance = Double.infinity
for (i, s) in training.enumerated() {
    let d = squaredDistance(query, s)
    if d < bestDistance {
        bestDistance = d
        bestIndex = i
    }
}
print("nearest:", training[bestIndex].label, bestIndex, bestDistance)

// Leave-one-out accuracy with k = 1.
var hits = 0
for i in 0..<training.count {
    var nearest = -1
    var nearestDistance = Double.infinity
    for j in 0..<training.count where j != i {
        let d = squaredDistance((training[i].x, training[i].y), training[j])
        if d < nearestDistance { nearestDistance = d; nearest = j }
    }
    if training[nearest].label == training[i].label { hits += 1 }
}
print("leave-one-out:", hits, "/", training.count)
