// Subscripts on a class, a static subscript-free lookup table, and a subscript with a default.
final class Embedding {
    private var table: [[Double]]
    let dimension: Int
    init(vocabularySize: Int, dimension: Int) {
        self.dimension = dimension
        table = (0..<vocabularySize).map { i in (0..<dimension).map { j in Double(i * 10 + j) } }
    }
    subscript(token: Int) -> [Double] {
        get { table[token] }
        set { table[token] = newValue }
    }
    subscript(token: Int, component: Int) -> Double { table[token][component] }
}
let e = Embedding(vocabularySize: 3, dimension: 2)
print(e[1], e[2, 1])
e[0] = [0.5, 0.5]
e[1][0] += 100
print(e[0], e[1])

struct Counts {
    private var storage: [String: Int] = [:]
    subscript(key: String, default value: Int) -> Int {
        get { storage[key] ?? value }
        set { storage[key] = newValue }
    }
    var keys: [String] { storage.keys.sorted() }
}
var c = Counts()
for w in ["a", "b", "a"] { c[w, default: 0] += 1 }
print(c.keys.map { "\($0):\(c[$0, default: 0])" }, c["zzz", default: -1])
