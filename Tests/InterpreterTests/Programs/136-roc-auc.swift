// ROC points and the area under the curve by the trapezoidal rule.
let scores: [Double] = [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2, 0.1]
let labels = [1, 1, 0, 1, 1, 0, 0, 1, 0, 0]
let positives = Double(labels.filter { $0 == 1 }.count)
let negatives = Double(labels.count) - positives

var points: [(fpr: Double, tpr: Double)] = [(0, 0)]
var tp = 0.0, fp = 0.0
for (s, y) in zip(scores, labels).sorted(by: { $0.0 > $1.0 }) {
    if y == 1 { tp += 1 } else { fp += 1 }
    _ = s
    points.append((fp / negatives, tp / positives))
}
for p in points { print(p.fpr, p.tpr) }
var auc = 0.0
for k in 1..<points.count {
    auc += (points[k].fpr - points[k - 1].fpr) * (points[k].tpr + points[k - 1].tpr) / 2
}
print("AUC", auc)

// The same AUC as the probability that a positive outranks a negative.
var wins = 0.0
for (si, yi) in zip(scores, labels) where yi == 1 {
    for (sj, yj) in zip(scores, labels) where yj == 0 {
        wins += si > sj ? 1 : (si == sj ? 0.5 : 0)
    }
}
print("rank AUC", wins / (positives * negatives))
