// Binary search over sorted thresholds, and bucketing values by search.
func lowerBound(_ xs: [Double], _ target: Double) -> Int {
    var lo = 0, hi = xs.count
    while lo < hi {
        let mid = lo + (hi - lo) / 2
        if xs[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
let thresholds: [Double] = [0.1, 0.25, 0.5, 0.75, 0.9]
for v in [0.0, 0.1, 0.3, 0.5, 0.8, 0.95, 1.0] {
    print(v, lowerBound(thresholds, v))
}
func contains(_ xs: [Int], _ target: Int) -> Bool {
    var lo = 0, hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return true }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return false
}
let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print((1...30).filter { contains(primes, $0) })
// A cumulative distribution sampled at fixed points by search.
let weights: [Double] = [0.1, 0.2, 0.3, 0.4]
let cdf = weights.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }
print(cdf.map { ($0 * 100).rounded() / 100 })
print([0.05, 0.15, 0.35, 0.65, 0.99].map { lowerBound(cdf, $0) })
