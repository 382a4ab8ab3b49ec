import Foundation

// A training report table with padded columns.
let rows: [(name: String, epochs: Int, accuracy: Double)] = [
    ("perceptron", 12, 0.8125),
    ("logistic", 200, 0.9),
    ("mlp", 1500, 0.96875),
]

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}
func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

print(pad("model", 12) + padLeft("epochs", 8) + padLeft("accuracy", 10))
print(String(repeating: "-", count: 30))
for r in rows {
    let acc = String(format: "%.3f", r.accuracy)
    print(pad(r.name, 12) + padLeft(String(r.epochs), 8) + padLeft(acc, 10))
}
print("model".padding(toLength: 8, withPad: ".", startingAt: 0) + "|")
print("percent: \(Int((rows[2].accuracy * 100).rounded()))%")
let best = rows.max { $0.accuracy < $1.accuracy }!
print("best: \(best.name) (\(String(format: "%.1f", best.accuracy * 100))%)")
