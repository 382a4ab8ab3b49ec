/// The class labels of a data set's targets, checked: what every classifier's `fit` reads.
///
/// Targets are one column of class indices 0, 1, 2, … (as the data sets make them) or one-hot
/// rows. Anything else — a NaN, a negative or fractional label, a row of a one-hot matrix without
/// exactly one 1 — is an error naming the row, never a silent class −1.
struct ClassLabels {
    /// The label of each example.
    var labels: [Int]
    /// One more than the largest label.
    var classCount: Int

    /// The largest number of classes a model takes: a label of 10⁶ is a mistake, not a class.
    static let maximumClassCount = 1000

    /// Reads `targets`; `purpose` starts the error messages ("a decision tree").
    init(_ targets: Tensor, purpose: String) throws {
        let y = targets.asMatrix
        let columns = y.columnCount, scalars = y.scalars
        var labels = [Int](repeating: 0, count: y.rowCount)
        if columns == 1 {
            for (row, value) in scalars.enumerated() {
                guard value.isFinite, value >= 0, value == value.rounded(), value < Double(ClassLabels.maximumClassCount) else {
                    throw MLError.invalidArgument("\(purpose) needs class labels 0, 1, 2, … (below \(ClassLabels.maximumClassCount)) as targets, but row \(row) has \(value)")
                }
                labels[row] = Int(value)
            }
        } else {
            for row in 0..<y.rowCount {
                var hot = -1
                for column in 0..<columns {
                    let value = scalars[row * columns + column]
                    if value == 1, hot < 0 { hot = column; continue }
                    guard value == 0 else { hot = -2; break }
                }
                guard hot >= 0 else {
                    throw MLError.invalidArgument("\(purpose) needs one column of class labels or one-hot rows as targets, but row \(row) of the \(columns) target columns is not one-hot")
                }
                labels[row] = hot
            }
        }
        self.labels = labels
        self.classCount = columns == 1 ? (labels.max() ?? -1) + 1 : columns
    }

    /// Throws unless at least two classes occur: a classifier of one class has nothing to learn.
    func requireTwoClasses(purpose: String) throws {
        guard let first = labels.first else { return }
        if labels.allSatisfy({ $0 == first }) {
            throw MLError.invalidArgument("\(purpose) needs examples of at least two classes, but every example has class \(first)")
        }
    }
}
