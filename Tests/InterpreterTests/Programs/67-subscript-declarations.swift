// A Matrix struct with a two-argument subscript (get and set) and a row subscript.
struct Matrix: CustomStringConvertible {
    let rows: Int, columns: Int
    var storage: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        storage = Array(repeating: 0, count: rows * columns)
    }
    subscript(i: Int, j: Int) -> Double {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }
    subscript(row i: Int) -> [Double] {
        Array(storage[(i * columns)..<((i + 1) * columns)])
    }
    var description: String {
        (0..<rows).map { self[row: $0].map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n")
    }
}

var m = Matrix(rows: 2, columns: 3)
m[0, 0] = 1
m[1, 2] = 5
m[0, 1] += 2.5
print(m)
print(m[1, 2], m[row: 0])

struct Vocabulary {
    var words: [String]
    subscript(word: String) -> Int? { words.firstIndex(of: word) }
    subscript(index: Int) -> String { words[index] }
}
let v = Vocabulary(words: ["<pad>", "hello", "world"])
print(v["world"]!, v["missing"] as Any, v[1])
