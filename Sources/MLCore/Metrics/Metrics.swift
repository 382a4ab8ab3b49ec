/// Evaluation measures: accuracy, confusion matrices, ROC curves and the area under them.
public enum Metrics {
    /// Class labels from predictions: argmax of each row, or `score ≥ threshold` for one column.
    public static func labels(_ predictions: Tensor, threshold: Double = 0.5) -> [Int] {
        let p = predictions.asMatrix
        let columns = p.columnCount
        if columns <= 1 { return p.scalars.map { $0 >= threshold ? 1 : 0 } }
        return stride(from: 0, to: p.count, by: columns).map { start in
            var best = start
            for i in start..<(start + columns) where p.scalars[i] > p.scalars[best] { best = i }
            return best - start
        }
    }

    /// The fraction of examples whose predicted label matches the target label.
    public static func accuracy(_ predictions: Tensor, _ targets: Tensor, threshold: Double = 0.5) throws -> Double {
        let p = predictions.asMatrix, y = targets.asMatrix
        guard p.rowCount == y.rowCount else {
            throw MLError.shapeMismatch("accuracy needs one target per prediction, got shapes \(describe(shape: predictions.shape)) and \(describe(shape: targets.shape))")
        }
        let predicted = labels(p, threshold: threshold)
        let actual = y.columnCount == 1 ? y.scalars.map(classIndex) : labels(y)
        guard !predicted.isEmpty else { return 0 }
        return Double(zip(predicted, actual).filter { $0 == $1 }.count) / Double(predicted.count)
    }

    /// A target value as a class label: rounded, and -1 for NaN or values out of Int's range.
    static func classIndex(_ value: Double) -> Int {
        guard value.isFinite, Swift.abs(value) < 1e15 else { return -1 }
        return Int(value.rounded())
    }

    /// Accuracy for predictions and targets already of one shape.
    static func accuracyOfAligned(_ p: Tensor, _ y: Tensor, threshold: Double) -> Double {
        let predicted = labels(p, threshold: threshold)
        let actual = y.columnCount == 1 ? y.scalars.map { $0 >= 0.5 ? 1 : 0 } : labels(y)
        guard !predicted.isEmpty else { return 0 }
        return Double(zip(predicted, actual).filter { $0 == $1 }.count) / Double(predicted.count)
    }

    /// One-hot rows from class indices 0..<classes.
    public static func oneHot(_ indices: [Double], classes: Int) throws -> Tensor {
        try require(classes > 0, "one-hot needs at least one class, got \(classes)")
        try Tensor.reserve(shape: [indices.count, classes])
        var out = [Double](repeating: 0, count: indices.count * classes)
        for (row, value) in indices.enumerated() {
            let index = classIndex(value)
            guard index >= 0, index < classes else {
                throw MLError.invalidArgument("class index \(value) in row \(row) is not in 0..<\(classes)")
            }
            out[row * classes + index] = 1
        }
        return Tensor(unchecked: [indices.count, classes], scalars: out)
    }

    /// counts[actual][predicted] for labels in 0..<classes.
    public static func confusionMatrix(predicted: [Int], actual: [Int], classes: Int) throws -> [[Int]] {
        guard predicted.count == actual.count else {
            throw MLError.shapeMismatch("confusion matrix needs as many predictions (\(predicted.count)) as targets (\(actual.count))")
        }
        try require(classes > 0, "confusion matrix needs at least one class, got \(classes)")
        try Tensor.reserve(shape: [classes, classes])
        var counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
        for (p, a) in zip(predicted, actual) {
            guard p >= 0, p < classes, a >= 0, a < classes else {
                throw MLError.invalidArgument("label \(p < 0 || p >= classes ? p : a) is not in 0..<\(classes)")
            }
            counts[a][p] += 1
        }
        return counts
    }

    /// One point of a ROC curve: the rates at one score threshold.
    public struct ROCPoint: Equatable, Sendable {
        public var falsePositiveRate: Double
        public var truePositiveRate: Double
        public var threshold: Double
    }

    /// The ROC curve of `scores` for binary `labels`, from (0,0) to (1,1). The larger of the two
    /// labels is the positive class (1 of 0/1, 1 of −1/1), as scikit-learn's `roc_curve` takes
    /// it; labels of more than two values are refused.
    ///
    /// Thresholds run through the distinct scores from high to low; tied scores move together.
    /// Scores must be finite: like scikit-learn's `roc_curve`, a NaN or an infinity is an error
    /// (a NaN equals no threshold, so it could never be passed).
    public static func rocCurve(scores: [Double], labels: [Int]) throws -> [ROCPoint] {
        guard scores.count == labels.count else {
            throw MLError.shapeMismatch("ROC needs one label per score, got \(scores.count) scores and \(labels.count) labels")
        }
        if let bad = scores.firstIndex(where: { !$0.isFinite }) {
            throw MLError.invalidArgument("ROC scores must be finite numbers, got \(scores[bad]) at index \(bad)")
        }
        try Budget.current?.allocate(scores.count, bytesPerElement: MemoryLayout<ROCPoint>.stride)
        let classes = Set(labels).sorted()
        guard classes.count <= 2 else {
            throw MLError.invalidArgument("ROC needs binary labels, got \(classes.count) distinct labels \(classes.prefix(5).map(String.init).joined(separator: ", "))\(classes.count > 5 ? ", …" : ""); compare one class against the rest first")
        }
        let positive = classes.last ?? 1
        let positives = labels.filter { $0 == positive }.count
        let negatives = labels.count - positives
        guard !classes.isEmpty else { throw MLError.invalidArgument("ROC needs examples, got none") }
        guard classes.count == 2 else {
            throw MLError.invalidArgument("ROC needs both positive and negative examples, got only label \(positive) (\(labels.count) examples)")
        }
        var checkpoints = BudgetCheckpoints(every: 65_536)
        let order = try scores.indices.sorted { try checkpoints.pass(); return scores[$0] > scores[$1] }
        var points = [ROCPoint(falsePositiveRate: 0, truePositiveRate: 0, threshold: .infinity)]
        var truePositives = 0, falsePositives = 0
        var i = 0
        while i < order.count {
            let threshold = scores[order[i]]
            while i < order.count && scores[order[i]] == threshold {
                if labels[order[i]] == positive { truePositives += 1 } else { falsePositives += 1 }
                i += 1
            }
            points.append(ROCPoint(falsePositiveRate: Double(falsePositives) / Double(negatives),
                                   truePositiveRate: Double(truePositives) / Double(positives), threshold: threshold))
        }
        return points
    }

    /// The area under a ROC curve by the trapezoid rule.
    public static func auc(_ curve: [ROCPoint]) -> Double {
        var area = 0.0
        for (a, b) in zip(curve, curve.dropFirst()) {
            area += (b.falsePositiveRate - a.falsePositiveRate) * (a.truePositiveRate + b.truePositiveRate) / 2
        }
        return area
    }

    /// The area under the ROC curve of `scores` for binary `labels`.
    public static func auc(scores: [Double], labels: [Int]) throws -> Double {
        auc(try rocCurve(scores: scores, labels: labels))
    }
}
