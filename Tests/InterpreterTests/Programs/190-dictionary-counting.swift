// Counting with dictionaries: letters, bigrams of labels, and nested dictionaries.
let text = "gradient descent finds a minimum of the loss"
var letters: [Character: Int] = [:]
for ch in text where ch.isLetter { letters[ch, default: 0] += 1 }
let top = letters.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
print(top.map { "\($0.key)\($0.value)" }.joined(separator: " "))
print(letters.count, letters["z"] ?? 0, letters.values.reduce(0, +))

let labels = ["cat", "dog", "dog", "cat", "bird", "dog", "cat", "cat"]
var transitions: [String: [String: Int]] = [:]
for (a, b) in zip(labels, labels.dropFirst()) {
    transitions[a, default: [:]][b, default: 0] += 1
}
for from in transitions.keys.sorted() {
    let row = transitions[from]!
    print(from, row.keys.sorted().map { "\($0):\(row[$0]!)" })
}
var firstSeen: [String: Int] = [:]
for (i, l) in labels.enumerated() where firstSeen[l] == nil { firstSeen[l] = i }
print(firstSeen.sorted { $0.value < $1.value }.map { $0.key })
var lengths: [Int: [String]] = [:]
for w in text.split(separator: " ").map({ String($0) }) { lengths[w.count, default: []].append(w) }
print(lengths.keys.sorted().map { "\($0): \(lengths[$0]!.joined(separator: ","))" })
