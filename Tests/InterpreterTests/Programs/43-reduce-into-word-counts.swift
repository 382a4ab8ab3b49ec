// Word frequencies with reduce(into:) and a [String: Int] accumulator.
let text = "to be or not to be that is the question to ask"
let words = text.split(separator: " ").map { String($0) }
let counts = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
for (word, n) in counts.sorted(by: { $0.key < $1.key }) {
    print(word, n)
}

// Repeating it many times exercises the accumulator's storage.
var total = 0
for _ in 0..<50 {
    let c = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
    total += c["to"] ?? 0
}
print("to, 50 times:", total)

// Grouping lengths into a dictionary of arrays.
let byLength = words.reduce(into: [Int: [String]]()) { groups, w in
    groups[w.count, default: []].append(w)
}
for key in byLength.keys.sorted() {
    print(key, byLength[key]!)
}
let mostCommon = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
print("most common:", mostCommon.key, mostCommon.value)
