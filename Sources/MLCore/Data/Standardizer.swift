/// Rescales each feature to mean 0 and standard deviation 1, with statistics from the training set.
///
/// Fit on the training data only, then apply the same transformation to validation and test data,
/// so no information leaks from them into training.
public struct Standardizer: Equatable, Sendable {
    /// The mean of each feature in the data it was fitted on.
    public let means: [Double]
    /// The (population) standard deviation of each feature; constant features get 1.
    ///
    /// A feature counts as constant when its variance is within the rounding error of computing
    /// it, n·ε·var + (n·|mean|·ε)², the bound scikit-learn's `StandardScaler` uses: the test is
    /// relative to the column's own scale, so a column of values near 1e-13 is still scaled.
    public let standardDeviations: [Double]

    /// Fits the statistics of `features` (a matrix, one example per row).
    public init(fitting features: Tensor) throws {
        let x = features.asMatrix
        guard x.rank == 2 else {
            throw MLError.shapeMismatch("standardising needs a matrix of examples, got shape \(describe(shape: features.shape))")
        }
        guard x.shape[0] > 0 else { throw MLError.invalidArgument("cannot standardise an empty data set") }
        let (n, d) = (x.shape[0], x.shape[1])
        var means = [Double](repeating: 0, count: d)
        for i in 0..<n { for j in 0..<d { means[j] += x.scalars[i * d + j] } }
        for j in 0..<d { means[j] /= Double(n) }
        var variances = [Double](repeating: 0, count: d)
        for i in 0..<n { for j in 0..<d { let delta = x.scalars[i * d + j] - means[j]; variances[j] += delta * delta } }
        self.means = means
        let count = Double(n), epsilon = Double.ulpOfOne
        self.standardDeviations = zip(variances, means).map { sumOfSquares, mean in
            let variance = sumOfSquares / count
            let roundingBound = count * epsilon * variance + (count * Swift.abs(mean) * epsilon) * (count * Swift.abs(mean) * epsilon)
            return variance <= roundingBound ? 1 : variance.squareRoot()
        }
    }

    /// Fits the statistics of a data set's features.
    public init(fitting data: Dataset) throws { try self.init(fitting: data.features) }

    /// (x − mean) / standard deviation for every column.
    public func transform(_ features: Tensor) throws -> Tensor {
        let x = features.asMatrix
        guard x.rank == 2, x.shape[1] == means.count else {
            throw MLError.shapeMismatch("standardiser was fitted on \(means.count) features, got shape \(describe(shape: features.shape))")
        }
        let d = means.count
        var out = x
        for i in 0..<out.count { out.scalars[i] = (out.scalars[i] - means[i % d]) / standardDeviations[i % d] }
        return out
    }

    /// The data set with standardised features and unchanged targets.
    public func transform(_ data: Dataset) throws -> Dataset {
        Dataset(unchecked: try transform(data.features), targets: data.targets)
    }
}
