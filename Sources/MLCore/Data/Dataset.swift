/// Examples for learning: a features matrix (one example per row) and a targets matrix beside it.
public struct Dataset: Equatable, Sendable, CustomStringConvertible {
    /// The inputs, shape [examples, features].
    public private(set) var features: Tensor
    /// The desired outputs, shape [examples, outputs] (a column of labels for classification).
    public private(set) var targets: Tensor

    /// Pairs features with targets; vectors become one-column matrices; row counts must agree.
    public init(features: Tensor, targets: Tensor) throws {
        let x = features.asMatrix, y = targets.asMatrix
        guard x.rank == 2, y.rank == 2 else {
            throw MLError.shapeMismatch("a dataset needs matrices, got features \(describe(shape: features.shape)) and targets \(describe(shape: targets.shape))")
        }
        guard x.shape[0] == y.shape[0] else {
            throw MLError.shapeMismatch("features have \(x.shape[0]) rows but targets have \(y.shape[0]) (shapes \(describe(shape: features.shape)) and \(describe(shape: targets.shape)))")
        }
        self.features = x
        self.targets = y
    }

    init(unchecked features: Tensor, targets: Tensor) {
        self.features = features
        self.targets = targets
    }

    /// The number of examples.
    public var count: Int { features.shape[0] }
    /// The number of features per example.
    public var featureCount: Int { features.shape[1] }
    /// The number of target columns per example.
    public var targetCount: Int { targets.shape[1] }

    public var description: String {
        "Dataset(\(count) examples, \(featureCount) features, \(targetCount) target\(targetCount == 1 ? "" : "s"))"
    }

    /// The class label of each example: the rounded target of a one-column data set, or the
    /// position of the largest target (one-hot rows); -1 for a target that is not a number.
    public var labels: [Int] {
        targetCount == 1 ? targets.scalars.map(Metrics.classIndex) : Metrics.labels(targets)
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) throws -> Dataset {
        Dataset(unchecked: try features.rows(at: indices), targets: try targets.rows(at: indices))
    }

    /// The examples in `range`.
    public func subset(_ range: Range<Int>) throws -> Dataset {
        Dataset(unchecked: try features.rows(range), targets: try targets.rows(range))
    }

    /// The same examples in a random order.
    public func shuffled(seed: Int) -> Dataset {
        var generator = RandomGenerator(seed: seed)
        let order = generator.shuffled(Array(0..<count))
        return Dataset(unchecked: features.gatherRows(order), targets: targets.gatherRows(order))
    }

    /// Splits into (first, rest): a random `fraction` of the examples, and the others.
    ///
    /// `data.split(0.8, seed: 2)` gives 80 % for training and 20 % for validation.
    public func split(_ fraction: Double, seed: Int) throws -> (Dataset, Dataset) {
        try require(fraction >= 0 && fraction <= 1, "split fraction must be in [0, 1], got \(fraction)")
        var generator = RandomGenerator(seed: seed)
        let order = generator.shuffled(Array(0..<count))
        let cut = Int((fraction * Double(count)).rounded())
        return (Dataset(unchecked: features.gatherRows(Array(order[..<cut])), targets: targets.gatherRows(Array(order[..<cut]))),
                Dataset(unchecked: features.gatherRows(Array(order[cut...])), targets: targets.gatherRows(Array(order[cut...]))))
    }

    /// Splits into training, validation and test sets with the given fractions (the test set gets the rest).
    public func split(train: Double, validation: Double, seed: Int) throws -> (train: Dataset, validation: Dataset, test: Dataset) {
        try require(train >= 0 && validation >= 0 && train + validation <= 1,
                    "train and validation fractions must be ≥ 0 and add up to at most 1, got \(train) and \(validation)")
        var generator = RandomGenerator(seed: seed)
        let order = generator.shuffled(Array(0..<count))
        let first = Int((train * Double(count)).rounded())
        let second = Swift.min(count, first + Int((validation * Double(count)).rounded()))
        func part(_ indices: ArraySlice<Int>) -> Dataset {
            Dataset(unchecked: features.gatherRows(Array(indices)), targets: targets.gatherRows(Array(indices)))
        }
        return (part(order[..<first]), part(order[first..<second]), part(order[second...]))
    }

    /// The targets as one-hot rows over `classes` classes (targets must be one column of class indices).
    public func oneHotTargets(classes: Int) throws -> Dataset {
        guard targetCount == 1 else {
            throw MLError.shapeMismatch("one-hot needs one column of class indices, got targets of shape \(describe(shape: targets.shape))")
        }
        return Dataset(unchecked: features, targets: try Metrics.oneHot(targets.scalars, classes: classes))
    }

    /// The same examples with targets in {−1, +1} instead of {0, 1}, for the hinge loss.
    public var signedTargets: Dataset {
        Dataset(unchecked: features, targets: targets.map { $0 > 0.5 ? 1 : -1 })
    }
}
