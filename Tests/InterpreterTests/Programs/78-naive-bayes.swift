import Foundation

// Multinomial naive Bayes for spam filtering with Laplace smoothing.
let training: [(text: String, spam: Bool)] = [
    ("win money now", true),
    ("cheap money offer", true),
    ("meeting at noon", false),
    ("lunch at noon money", false),
    ("win a cheap prize", true),
]

var wordCounts: [Bool: [String: Int]] = [true: [:], false: [:]]
var docCounts: [Bool: Int] = [true: 0, false: 0]
var vocabulary = Set<String>()
for (text, spam) in training {
    docCounts[spam, default: 0] += 1
    for w in text.split(separator: " ").map({ String($0) }) {
        wordCounts[spam, default: [:]][w, default: 0] += 1
        vocabulary.insert(w)
    }
}
print("vocabulary", vocabulary.count)

func logScore(_ text: String, spam: Bool) -> Double {
    let counts = wordCounts[spam] ?? [:]
    let total = counts.values.reduce(0, +)
    var score = log(Double(docCounts[spam] ?? 0) / Double(training.count))
    for w in text.split(separator: " ").map({ String($0) }) {
        let n = counts[w] ?? 0
        score += log(Double(n + 1) / Double(total + vocabulary.count))
    }
    return score
}

for message in ["cheap money", "meeting at noon", "win lunch"] {
    let s = logScore(message, spam: true)
    let h = logScore(message, spam: false)
    let verdict = s > h ? "spam" : "ham"
    print(message, "->", verdict, (s * 1000).rounded() / 1000, (h * 1000).rounded() / 1000)
}
