// Opaque result types (some), protocol composition and multiple generic constraints.
protocol Scorer { func score(_ x: Double) -> Double }
protocol Named { var name: String { get } }
struct Threshold: Scorer, Named {
    let t: Double
    var name: String { "threshold \(t)" }
    func score(_ x: Double) -> Double { x >= t ? 1 : 0 }
}
func makeScorer() -> some Scorer { Threshold(t: 0.5) }
let s = makeScorer()
print([0.2, 0.5, 0.9].map { s.score($0) })
func describe(_ x: Scorer & Named) -> String { "\(x.name): \(x.score(1))" }
print(describe(Threshold(t: 2)))
func uniqueSorted<T: Hashable & Comparable>(_ xs: [T]) -> [T] { Array(Set(xs)).sorted() }
print(uniqueSorted([3, 1, 3, 2]), uniqueSorted(["b", "a", "b"]))
func firstRepeated<T>(_ xs: [T]) -> T? where T: Hashable {
    var seen = Set<T>()
    for x in xs {
        if seen.contains(x) { return x }
        seen.insert(x)
    }
    return nil
}
print(firstRepeated([1, 2, 3, 2, 1]) as Any, firstRepeated(["x"]) as Any)
