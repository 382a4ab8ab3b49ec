// Strings and characters: interpolation, methods, iteration.
let name = "Perceptron"
let year = 1958
let accuracy = 0.75
print("The \(name) dates from \(year).")
print("Accuracy: \(accuracy * 100)%")
print("Sum: \(1 + 2), product: \(2.0 * 3)")
print("Array inside: \([1, 2, 3])")

print(name.count, name.isEmpty, "".isEmpty)
print(name.uppercased(), name.lowercased())
print(name.hasPrefix("Per"), name.hasSuffix("tron"), name.contains("cep"))
print(name.first ?? "?", name.last ?? "?")
print(String(name.reversed()))

// Concatenation and repetition.
let line = String(repeating: "-", count: 12)
print(line)
print("a" + "b" + "c")
var built = ""
for i in 1...5 {
    built += String(i)
}
print(built)

// Characters.
let c: Character = "z"
print(c, String(c) + "!")
var vowels = 0
for ch in "neural network" {
    if ch == "a" || ch == "e" || ch == "i" || ch == "o" || ch == "u" {
        vowels += 1
    }
}
print("vowels:", vowels)

// Splitting and joining.
let csv = "1.5,2.0,3.25"
let parts = csv.split(separator: ",")
print(parts.count)
var numbers: [Double] = []
for p in parts {
    numbers.append(Double(String(p)) ?? 0)
}
print(numbers)
let words = ["deep", "learning", "course"]
print(words.joined(separator: " "))
print(words.joined(separator: ", "))

// Comparison and equality.
print("abc" == "abc", "abc" < "abd")
let multi = """
first line
second line
"""
print(multi)
print("tab\there", "quote\"inside\"")
