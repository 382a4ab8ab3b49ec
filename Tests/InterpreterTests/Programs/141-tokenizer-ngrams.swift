// A character-level tokenizer, bigram counts, and the most frequent bigrams.
let text = "the theory of the thing is that they think"
var vocabulary: [Character] = []
for ch in text where !vocabulary.contains(ch) { vocabulary.append(ch) }
vocabulary.sort()
print(String(vocabulary), vocabulary.count)
let encode: (String) -> [Int] = { s in s.map { vocabulary.firstIndex(of: $0)! } }
let decode: ([Int]) -> String = { ids in String(ids.map { vocabulary[$0] }) }
let ids = encode("they")
print(ids, decode(ids))

let words = text.split(separator: " ").map { String($0) }
var bigrams: [String: Int] = [:]
for w in words {
    let chars = Array(w)
    for i in 0..<(chars.count - 1) {
        bigrams[String(chars[i]) + String(chars[i + 1]), default: 0] += 1
    }
}
let top = bigrams.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(4)
for (pair, n) in top { print(pair, n) }
var wordPairs: [String: Int] = [:]
for (a, b) in zip(words, words.dropFirst()) { wordPairs["\(a) \(b)", default: 0] += 1 }
print(wordPairs["the theory"]!, wordPairs["the thing"]!, wordPairs.count)
