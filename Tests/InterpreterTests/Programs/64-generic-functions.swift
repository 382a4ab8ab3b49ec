// Generic functions with constraints.
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])!, largest(["pear", "apple"])!, largest([Double]()) as Any)

func argmax<T: Comparable>(_ xs: [T]) -> Int {
    var best = 0
    for i in xs.indices where xs[i] > xs[best] { best = i }
    return best
}
print(argmax([0.1, 0.7, 0.2]), argmax(["b", "c", "a"]))

func countOccurrences<T: Hashable>(_ xs: [T]) -> [T: Int] {
    var counts: [T: Int] = [:]
    for x in xs { counts[x, default: 0] += 1 }
    return counts
}
let c = countOccurrences(["cat", "dog", "cat"])
print(c["cat"]!, c["dog"]!, c["bird"] ?? 0)

func pairs<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    var out: [(A, B)] = []
    for i in 0..<min(a.count, b.count) { out.append((a[i], b[i])) }
    return out
}
print(pairs([1, 2, 3], ["x", "y"]))

func applyTwice<T>(_ f: (T) -> T, to x: T) -> T { f(f(x)) }
print(applyTwice({ $0 * 3 }, to: 2), applyTwice({ $0 + "!" }, to: "hi"))
