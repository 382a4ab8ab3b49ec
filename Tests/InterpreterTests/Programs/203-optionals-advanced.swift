// Optionals: map/flatMap, nested optionals, optional comparison via ??, and guard chains.
let inputs = ["3", "x", "", "12"]
let parsed = inputs.map { Int($0) }
print(parsed)
print(parsed.compactMap { $0 }, parsed.map { $0 ?? -1 })
print(parsed.map { $0.map { $0 * 2 } })
let firstBig = parsed.first { ($0 ?? 0) > 5 }
print(firstBig as Any)
func lookup(_ key: String) -> Int? { ["a": 1, "b": 2][key] }
let keys = ["a", "c", "b"]
print(keys.map(lookup), keys.compactMap(lookup).reduce(0, +))
func describe(_ s: String?) -> String {
    guard let s, !s.isEmpty else { return "missing" }
    guard let n = Int(s) else { return "not a number: \(s)" }
    return n % 2 == 0 ? "even \(n)" : "odd \(n)"
}
print(inputs.map(describe), describe(nil))
var cache: [String: Double] = [:]
func cached(_ k: String) -> Double {
    if let v = cache[k] { return v }
    let v = Double(k.count) * 1.5
    cache[k] = v
    return v
}
print(cached("abc"), cached("abc"), cache.count)
let a: Int? = 3, b: Int? = nil
if let a, let b { print(a + b) } else { print("one is nil") }
print((a ?? 0) + (b ?? 0), a != nil && b == nil)
let chained = Int("4").flatMap { $0 > 3 ? $0 * 10 : nil }
print(chained as Any)
