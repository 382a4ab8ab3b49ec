// Distinct vocabulary of a tiny corpus with reduce(into:) and a Set accumulator.
let words = ["a", "b", "a"]
let distinct = words.reduce(into: Set<String>()) { $0.insert($1) }
print(distinct.count)
print(distinct.sorted())

let sentence = "the cat sat on the mat with the hat"
let tokens = sentence.split(separator: " ").map { String($0) }
let vocabulary = tokens.reduce(into: Set<String>()) { seen, word in
    seen.insert(word)
}
print("tokens:", tokens.count, "vocabulary:", vocabulary.count)
print(vocabulary.sorted())

// The same accumulator, repeated: each run must give the same answer.
var sizes: [Int] = []
for _ in 0..<20 {
    sizes.append(tokens.reduce(into: Set<String>()) { $0.insert($1) }.count)
}
print(Set(sizes).count == 1, sizes[0])

let letters = sentence.reduce(into: Set<Character>()) { set, c in
    if c.isLetter { set.insert(c) }
}
print(String(letters.sorted()))
