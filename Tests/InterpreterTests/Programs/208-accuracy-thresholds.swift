// Sweeping a decision threshold: accuracy, precision and recall at each cut-off.
let scores: [Double] = [0.95, 0.85, 0.8, 0.7, 0.6, 0.55, 0.45, 0.4, 0.3, 0.1]
let labels = [1, 1, 0, 1, 1, 0, 1, 0, 0, 0]
var bestThreshold = 0.0
var bestAccuracy = 0.0
for threshold in stride(from: 0.2, through: 0.9, by: 0.1) {
    var tp = 0, fp = 0, tn = 0, fn = 0
    for (s, y) in zip(scores, labels) {
        switch (s >= threshold, y == 1) {
        case (true, true): tp += 1
        case (true, false): fp += 1
        case (false, false): tn += 1
        case (false, true): fn += 1
        }
    }
    let accuracy = Double(tp + tn) / Double(scores.count)
    let precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
    let recall = Double(tp) / Double(tp + fn)
    let t = (threshold * 10).rounded() / 10
    print(t, accuracy, (precision * 1000).rounded() / 1000, (recall * 1000).rounded() / 1000)
    if accuracy > bestAccuracy { bestAccuracy = accuracy; bestThreshold = t }
}
print("best", bestThreshold, bestAccuracy)
