// Extending a standard protocol with a default method (extension Collection / Sequence).
extension Sequence where Element == Double {
    func sum() -> Double { reduce(0, +) }
    func mean() -> Double {
        var n = 0
        var total = 0.0
        for x in self { n += 1; total += x }
        return n == 0 ? 0 : total / Double(n)
    }
}
extension Collection where Element: Comparable {
    func argmax() -> Index? {
        guard var best = indices.first else { return nil }
        for i in indices where self[i] > self[best] { best = i }
        return best
    }
}
print([1.0, 2.0, 4.5].sum(), [1.0, 2.0, 4.5].mean())
print([3, 9, 4].argmax()!, ["b", "z", "a"].argmax()!, [Int]().argmax() as Any)
let slice = [5.0, 1.0, 9.0, 2.0][1...]
print(slice.argmax()!, slice.mean())
print(Set([2.0, 2.0, 4.0]).sum())
