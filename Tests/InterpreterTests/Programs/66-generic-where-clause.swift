// Extension where-clauses decide which types get a member.
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
extension Array where Element: Comparable {
    var isSorted: Bool {
        for i in indices.dropFirst() where self[i - 1] > self[i] { return false }
        return true
    }
}

print([1.0, 2.0, 4.5].mean)
print([1, 2, 3].isSorted, ["b", "a"].isSorted)

struct Box<T> {
    var value: T
}
extension Box where T: Numeric {
    func doubled() -> T { value + value }
}
extension Box where T == String {
    var shout: String { value.uppercased() }
}
print(Box(value: 21).doubled(), Box(value: 1.5).doubled())
print(Box(value: "hey").shout)

func sum<S: Sequence>(_ xs: S) -> Int where S.Element == Int {
    var total = 0
    for x in xs { total += x }
    return total
}
print(sum([1, 2, 3]), sum(1...10))

func total<T>(_ xs: [T]) -> T where T: Numeric {
    xs.reduce(0, +)
}
print(total([1, 2, 3]), total([0.5, 0.25]))
