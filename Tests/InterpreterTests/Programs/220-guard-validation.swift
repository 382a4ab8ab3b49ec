// Input validation with guard: each failure returns a message, success returns a summary.
func validate(features: [[Double]], labels: [Int], classes: Int) -> String {
    guard !features.isEmpty else { return "no samples" }
    guard features.count == labels.count else { return "\(features.count) samples but \(labels.count) labels" }
    let width = features[0].count
    guard width > 0 else { return "samples have no features" }
    for (i, row) in features.enumerated() {
        guard row.count == width else { return "sample \(i) has \(row.count) features, expected \(width)" }
        guard row.allSatisfy({ $0.isFinite }) else { return "sample \(i) is not finite" }
    }
    guard let bad = labels.firstIndex(where: { $0 < 0 || $0 >= classes }) else {
        return "ok: \(features.count) samples, \(width) features, \(classes) classes"
    }
    return "label \(labels[bad]) at \(bad) is out of range"
}
print(validate(features: [], labels: [], classes: 2))
print(validate(features: [[1, 2]], labels: [0, 1], classes: 2))
print(validate(features: [[1, 2], [3]], labels: [0, 1], classes: 2))
print(validate(features: [[1, 2], [3, .infinity]], labels: [0, 1], classes: 2))
print(validate(features: [[1, 2], [3, 4]], labels: [0, 2], classes: 2))
print(validate(features: [[1, 2], [3, 4]], labels: [0, 1], classes: 2))
print(validate(features: [[]], labels: [0], classes: 1))
