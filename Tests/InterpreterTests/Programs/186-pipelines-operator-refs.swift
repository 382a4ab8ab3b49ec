// Chained map/filter/reduce with operator references and key paths.
let xs = Array(1...20)
print(xs.map { $0 * $0 }.filter { $0 > 1 }.reduce(0, +))
print(xs.filter { $0 % 3 == 0 }.map { $0 * 2 }.reduce(1, *))
print(xs.map { String($0) }.joined().count)
let ds = xs.map { Double($0) / 4 }
print(ds.filter { $0 > 2 }.map { $0 * $0 }.reduce(0, +))
print(ds.reduce(0, max), ds.reduce(Double.infinity, min))
print(xs.reduce(0, -), xs.sorted(by: >).prefix(3), xs.sorted(by: <).suffix(2))
let words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print(words.map(\.count).reduce(0, +), words.map { $0.count }.max()!)
print(words.filter { $0.count > 4 }.map { $0.uppercased() }.sorted())
print(zip(xs, ds).map { Double($0) * $1 }.prefix(4).reduce(0, +))
let nested = [[1, 2], [3], [4, 5, 6]]
print(nested.map { $0.reduce(0, +) }, nested.flatMap { $0 }.filter { $0 % 2 == 1 })
print(nested.map(\.count), nested.compactMap(\.first), nested.compactMap { $0.last })
print((0..<5).map { i in (0..<i).reduce(0, +) })
print(xs.lazyFree().count)
extension Array where Element == Int {
    func lazyFree() -> [Int] { filter { $0 > 10 } }
}
