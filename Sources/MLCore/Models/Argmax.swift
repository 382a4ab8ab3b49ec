/// The position (0..<count) of the largest of `count` values stored from `start` on; the first of
/// equal values wins, so ties go to the lower class, as in `Metrics.labels`.
@inline(__always)
func argmax(_ values: [Double], from start: Int, count: Int) -> Int {
    var best = 0
    for k in 1..<Swift.max(count, 1) where values[start + k] > values[start + best] { best = k }
    return best
}
