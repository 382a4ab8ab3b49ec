// Generic code over Collection sees a slice's own indices.
extension Collection where Element: Comparable {
    func argmin() -> Index? {
        guard var best = indices.first else { return nil }
        for i in indices where self[i] < self[best] { best = i }
        return best
    }
}
extension Sequence where Element == Int {
    func total() -> Int { reduce(0, +) }
}
extension ArraySlice where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
func firstPosition<C: Collection>(of target: C.Element, in c: C) -> C.Index? where C.Element: Equatable {
    var i = c.startIndex
    while i != c.endIndex {
        if c[i] == target { return i }
        i = c.index(after: i)
    }
    return nil
}
func largest<T: Comparable>(_ s: ArraySlice<T>) -> T? {
    var best: T? = nil
    for x in s where best == nil || x > best! { best = x }
    return best
}
let xs = [9, 4, 7, 1, 8, 2, 6]
print(xs.argmin()!, xs[2...].argmin()!, xs[4...].argmin()!, xs[..<3].argmin()!)
print(xs[1..<4].total(), xs.total())
print([1.0, 2.0, 6.0][1...].mean, [Double]()[...].mean)
print(firstPosition(of: 8, in: xs[2...]) as Any, firstPosition(of: 9, in: xs[2...]) as Any)
print(largest(xs[3...])!, largest(["pear", "apple", "zoo"][..<2])!)
let data = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
for start in stride(from: 0, to: data.count, by: 4) {
    let batch = data[start..<min(start + 4, data.count)]
    print(batch.startIndex, batch.mean, batch.argmin()!)
}
