/// The bias–variance experiment of the lecture: draw many training sets from one noisy
/// process, fit a model of each complexity to every set, and split its expected squared error
/// at fresh points into
///
///   E[(ŷ − y)²] = (E[ŷ] − f)²  +  E[(ŷ − E[ŷ])²]  +  σ²
///                   bias²          variance         noise
///
/// averaged over test points spread evenly over the input range. Simple models are biased (every
/// training set gives the same wrong curve); flexible ones vary (each set gives its own wiggles).
///
///     let experiment = BiasVariance(noise: 0.3, trainingSize: 30, repetitions: 200, seed: 1) { x in sin(2 * .pi * x) }
///     let result = try experiment.run(complexities: Array(0...9)) { degree in PolynomialRegression(degree: degree) }
///     print(result)                             // one row per degree: bias², variance, their sum + noise
///
/// Every model sees the same training sets (common random numbers), so the curves are smooth and
/// differences between complexities are not sampling noise. Averages over sets divide by the
/// number of sets, so bias² + variance is exactly the mean of (ŷ − f)².
public struct BiasVariance {
    /// The true function f(x).
    public var function: (Double) throws -> Double
    /// The standard deviation σ of the Gaussian noise added to f(x).
    public var noise: Double
    /// Examples per training set, with x uniform in `range`.
    public var trainingSize: Int
    /// The number of training sets drawn.
    public var repetitions: Int
    public var range: ClosedRange<Double>
    /// Evenly spaced points (ends included) where predictions are compared.
    public var testPoints: Int
    public var seed: Int

    public init(noise: Double, trainingSize: Int, repetitions: Int = 100, range: ClosedRange<Double> = 0...1,
                testPoints: Int = 100, seed: Int, function: @escaping (Double) throws -> Double) {
        self.function = function
        self.noise = noise
        self.trainingSize = trainingSize
        self.repetitions = repetitions
        self.range = range
        self.testPoints = testPoints
        self.seed = seed
    }

    /// One fresh model per complexity (called repetitions × complexities times) is fitted to each
    /// training set and asked for its predictions at the test points.
    public func run(complexities: [Int], model makeModel: (Int) throws -> any Model & Estimator) throws -> BiasVarianceResult {
        try require(noise >= 0 && noise.isFinite, "BiasVariance: noise must be ≥ 0, got \(noise)")
        try require(trainingSize >= 1, "BiasVariance: trainingSize must be ≥ 1, got \(trainingSize)")
        try require(repetitions >= 2, "BiasVariance: repetitions must be ≥ 2 (a variance needs two fits), got \(repetitions)")
        try require(testPoints >= 1, "BiasVariance: testPoints must be ≥ 1, got \(testPoints)")
        try require(!complexities.isEmpty, "BiasVariance: give at least one complexity")
        try require(range.lowerBound.isFinite && range.upperBound.isFinite, "BiasVariance: the range must be finite")
        try Tensor.validate(shape: [complexities.count, repetitions, testPoints])
        // The training sets (inputs and targets) and the test noise, kept for the whole run.
        try Budget.current?.allocate(Budget.saturatingSum(Budget.saturatingProduct(repetitions, Budget.saturatingProduct(trainingSize, 2)),
                                                          Budget.saturatingProduct(repetitions, testPoints)))

        let testX = try Tensor.linspace(range.lowerBound, range.upperBound, count: testPoints)
        let truth = try testX.scalars.map(function)
        try requireFinite(truth, "the true function")
        var generator = RandomGenerator(seed: seed)
        var sets: [Dataset] = []
        for _ in 0..<repetitions {
            try Budget.checkCurrent()
            let x = (0..<trainingSize).map { _ in generator.uniform(range.lowerBound, range.upperBound) }
            let y = try x.map { try function($0) + generator.normal(mean: 0, standardDeviation: noise) }
            try requireFinite(y, "the true function")
            sets.append(Dataset(unchecked: Tensor(unchecked: [trainingSize, 1], scalars: x),
                                targets: Tensor(unchecked: [trainingSize, 1], scalars: y)))
        }
        // Fresh noisy targets at the test points, one draw per set: the measured test error.
        let testNoise = (0..<(repetitions * testPoints)).map { _ in generator.normal(mean: 0, standardDeviation: noise) }
        let column = Tensor(unchecked: [testPoints, 1], scalars: testX.scalars)

        var result = BiasVarianceResult(complexities: complexities, testX: testX.scalars, truth: truth, noise: noise * noise)
        for complexity in complexities {
            var fits: [[Double]] = []
            fits.reserveCapacity(repetitions)
            for set in sets {
                try Budget.checkCurrent()
                let model = try makeModel(complexity)
                try model.fit(set)
                let predicted = try model.predict(column).scalars
                guard predicted.count == testPoints else {
                    throw MLError.shapeMismatch("BiasVariance needs one prediction per test point, the model gave \(predicted.count) for \(testPoints)")
                }
                try requireFinite(predicted, "the model of complexity \(complexity)")
                fits.append(predicted)
            }
            result.append(fits: fits, testNoise: testNoise)
        }
        return result
    }

    private func requireFinite(_ values: [Double], _ what: String) throws {
        if let bad = values.first(where: { !$0.isFinite }) {
            throw MLError.invalidArgument("BiasVariance: \(what) gave \(bad); every value must be finite")
        }
    }
}

/// What a bias–variance experiment measured, one entry per complexity.
public struct BiasVarianceResult: CustomStringConvertible {
    public var complexities: [Int]
    /// The test points and f at them.
    public var testX: [Double]
    public var truth: [Double]
    /// σ², the error no model can remove.
    public var noise: Double
    /// (E[ŷ] − f)² averaged over the test points.
    public var bias2: [Double] = []
    /// E[(ŷ − E[ŷ])²] averaged over the test points.
    public var variance: [Double] = []
    /// The mean squared error against fresh noisy targets, measured (≈ bias² + variance + noise).
    public var testError: [Double] = []
    /// E[ŷ] at every test point, per complexity.
    public var meanPrediction: [[Double]] = []
    /// Every fit's predictions at the test points: fits[complexity][set][point].
    public var fits: [[[Double]]] = []

    init(complexities: [Int], testX: [Double], truth: [Double], noise: Double) {
        self.complexities = complexities
        self.testX = testX
        self.truth = truth
        self.noise = noise
    }

    /// bias² + variance + noise: the expected squared error the decomposition predicts.
    public var expectedError: [Double] { zip(bias2, variance).map { $0 + $1 + noise } }

    /// The complexity with the smallest expected error.
    public var bestComplexity: Int? {
        let errors = expectedError
        return errors.indices.min { errors[$0] < errors[$1] }.map { complexities[$0] }
    }

    mutating func append(fits sets: [[Double]], testNoise: [Double]) {
        let points = truth.count, count = Double(sets.count)
        var mean = [Double](repeating: 0, count: points)
        for fit in sets { for t in 0..<points { mean[t] += fit[t] / count } }
        var bias = 0.0, spread = 0.0, error = 0.0
        for t in 0..<points { bias += (mean[t] - truth[t]) * (mean[t] - truth[t]) }
        for (r, fit) in sets.enumerated() {
            for t in 0..<points {
                spread += (fit[t] - mean[t]) * (fit[t] - mean[t])
                let y = truth[t] + testNoise[r * points + t]
                error += (fit[t] - y) * (fit[t] - y)
            }
        }
        bias2.append(bias / Double(points))
        variance.append(spread / (Double(points) * count))
        testError.append(error / (Double(points) * count))
        meanPrediction.append(mean)
        fits.append(sets)
    }

    /// A table: complexity, bias², variance, noise, expected and measured error.
    public var description: String {
        var lines = ["complexity  bias²     variance  noise     expected  measured"]
        for i in complexities.indices {
            let cells = [bias2[i], variance[i], noise, expectedError[i], testError[i]].map { value -> String in
                let text = TreeText.number(value, digits: 3)
                return text + String(repeating: " ", count: Swift.max(0, 10 - text.count))
            }
            let label = String(complexities[i])
            lines.append(label + String(repeating: " ", count: Swift.max(0, 12 - label.count)) + cells.joined().trimmingTrailingSpaces)
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
