// Dictionaries: lookup returns an optional, default values, counting words.
var ages = ["ada": 36]
print(ages)
print(ages["ada"] ?? 0, ages["alan"] ?? 0)
print(ages["ada"] != nil, ages["alan"] == nil)
if let age = ages["ada"] {
    print("ada is", age)
}
ages["alan"] = 41
ages["ada"] = 37
print(ages.count)
ages["alan"] = nil
print(ages, ages.count)

let empty: [String: Double] = [:]
print(empty, empty.isEmpty)

// Counting words with a default value.
let text = "the cat saw the dog and the dog saw the cat"
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
for key in counts.keys.sorted() {
    print(key, counts[key] ?? 0)
}
let mostCommon = counts.max { $0.value < $1.value }
print(mostCommon?.key ?? "", mostCommon?.value ?? 0)

// Letter frequencies with a Character key.
var letters: [Character: Int] = [:]
for ch in "banana" {
    letters[ch, default: 0] += 1
}
for key in letters.keys.sorted() {
    print(key, letters[key] ?? 0)
}

// Hyperparameters stored by name.
var config: [String: Double] = ["learningRate": 0.1, "momentum": 0.9, "decay": 0.0001]
config["learningRate"]? *= 0.5
let sortedNames = config.keys.sorted()
print(sortedNames)
print(sortedNames.map { config[$0] ?? 0 })
print(sortedNames.reduce(0.0) { $0 + (config[$1] ?? 0) })
print(config.keys.contains("momentum"), config["dropout"] ?? -1)

// Value semantics: a copied dictionary is independent.
var copy = config
copy["momentum"] = 0
print(config["momentum"] ?? 0, copy["momentum"] ?? 0)

// Grouping numbers by parity.
var groups: [Bool: [Int]] = [:]
for n in 1...7 {
    groups[n % 2 == 0, default: []].append(n)
}
print(groups[true] ?? [], groups[false] ?? [])
