import Foundation

// A word-frequency report: normalising text, counting, ranking and a formatted table.
let text = """
Neural networks learn. Networks of neurons learn weights; weights change
as the network learns. The learning rate sets how fast the weights change.
"""
let cleaned = String(text.lowercased().map { $0.isLetter ? $0 : " " })
let words = cleaned.split(separator: " ").map { String($0) }.filter { $0.count > 2 }
var counts: [String: Int] = [:]
for w in words { counts[w, default: 0] += 1 }
let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
print("words:", words.count, "distinct:", counts.count)
for (rank, entry) in ranked.prefix(5).enumerated() {
    let share = Double(entry.value) / Double(words.count) * 100
    print(String(format: "%2d. %-10@ %2d  %5.1f%%", rank + 1, entry.key, entry.value, share))
}
let singletons = ranked.filter { $0.value == 1 }.map { $0.key }
print("once:", singletons.joined(separator: ", "))
