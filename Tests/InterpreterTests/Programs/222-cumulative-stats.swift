// Welford's online mean and variance compared with the two-pass formulas.
struct RunningStats {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var m2 = 0.0
    mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }
    var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }
}
let samples: [Double] = [2, 4, 4, 4, 5, 5, 7, 9, 1e3, -1e3]
var stats = RunningStats()
for (i, x) in samples.enumerated() {
    stats.add(x)
    if i % 3 == 2 { print(stats.count, (stats.mean * 1e6).rounded() / 1e6, (stats.variance * 1e6).rounded() / 1e6) }
}
let mean = samples.reduce(0, +) / Double(samples.count)
let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count - 1)
print((mean * 1e6).rounded() / 1e6, (variance * 1e6).rounded() / 1e6)
print(abs(stats.variance - variance) < 1e-6, stats.count)
