import Foundation

/// Principal component analysis: the orthogonal directions along which the data varies most.
///
///     let pca = PCA(components: 2)
///     try pca.fit(data)
///     print(pca.explainedVarianceRatio)       // the share of the variance each direction keeps
///     let projected = try pca.transform(data.features)
///
/// The components are the eigenvectors of the covariance matrix of the centred data, largest
/// eigenvalue first; each eigenvalue is the variance of the data along its component
/// (`explainedVariance`, with the n − 1 denominator as scikit-learn). `transform` centres and
/// projects, `inverseTransform` maps back (losing what the dropped components held). The
/// eigendecomposition is `SymmetricEigen` (Jacobi); each component's largest entry is positive, so
/// the signs are reproducible (scikit-learn fixes its signs by a rule of its own, so a component
/// may come out negated there).
public final class PCA: Estimator, CustomStringConvertible {
    /// The number of components kept; nil: all (the number of features).
    public let components: Int?

    /// The mean of each feature in the training data.
    public private(set) var mean: [Double] = []
    /// The principal directions, [kept components, features], one unit vector per row.
    public private(set) var principalComponents = Tensor(unchecked: [0, 0], scalars: [])
    /// The variance along each kept component.
    public private(set) var explainedVariance: [Double] = []
    /// Each kept component's share of the total variance.
    public private(set) var explainedVarianceRatio: [Double] = []
    /// The variance along every direction, kept or not (all eigenvalues of the covariance).
    public private(set) var allVariances: [Double] = []

    public init(components: Int? = nil) {
        self.components = components
    }

    /// Finds the components of the features of `data` (its targets are not used).
    public func fit(_ data: Dataset) throws {
        try fit(features: data.features)
    }

    /// Finds the components of the rows of `features`.
    public func fit(features: Tensor) throws {
        guard features.rank == 2 else {
            throw MLError.shapeMismatch("PCA takes a matrix of examples (one per row), got shape \(describe(shape: features.shape))")
        }
        let n = features.rowCount, d = features.columnCount
        try require(n >= 2, "PCA needs at least 2 examples to measure a variance, got \(n)")
        try require(d >= 1, "PCA needs at least one feature, but the data has none")
        try FeatureMatrix.requireFinite(features, model: "PCA")
        let kept = components ?? d
        try require(kept >= 1 && kept <= d, "PCA: components must be between 1 and the \(d) features, got \(kept)")
        let x = features.scalars
        var mean = [Double](repeating: 0, count: d)
        for i in 0..<n { for k in 0..<d { mean[k] += x[i * d + k] } }
        mean = mean.map { $0 / Double(n) }
        // The covariance's upper triangle, one pass over the centred rows.
        var covariance = [Double](repeating: 0, count: d * d)
        var centred = [Double](repeating: 0, count: d)
        for i in 0..<n {
            for k in 0..<d { centred[k] = x[i * d + k] - mean[k] }
            for a in 0..<d {
                let ca = centred[a]
                for b in a..<d { covariance[a * d + b] += ca * centred[b] }
            }
        }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
        for a in 0..<d {
            for b in a..<d {
                let value = covariance[a * d + b] / Double(n - 1)
                matrix[a][b] = value
                matrix[b][a] = value
            }
        }
        let eigen = try SymmetricEigen(matrix)
        let variances = eigen.values.map { Swift.max(0, $0) }    // rounding can leave −1e−17
        let total = variances.reduce(0, +)
        self.mean = mean
        allVariances = variances
        explainedVariance = Array(variances.prefix(kept))
        explainedVarianceRatio = explainedVariance.map { total > 0 ? $0 / total : 0 }
        principalComponents = Tensor(unchecked: [kept, d], scalars: eigen.vectors.prefix(kept).flatMap { $0 })
    }

    /// The width of the training data; nil before `fit`.
    public var inputSize: Int? { mean.isEmpty ? nil : mean.count }

    /// Each row of `features`, centred and projected onto the kept components: [examples, components].
    public func transform(_ features: Tensor) throws -> Tensor {
        guard let d = inputSize else { throw MLError.invalidArgument("this PCA is not fitted yet; call fit(_:) first") }
        let x = try FeatureMatrix.matrix(features, width: d, model: "this PCA")
        try FeatureMatrix.requireFinite(x, model: "this PCA")
        let k = principalComponents.rowCount, w = principalComponents.scalars
        var out = [Double](repeating: 0, count: x.rowCount * k)
        for i in 0..<x.rowCount {
            for c in 0..<k {
                var sum = 0.0
                for f in 0..<d { sum += (x.scalars[i * d + f] - mean[f]) * w[c * d + f] }
                out[i * k + c] = sum
            }
        }
        return Tensor(unchecked: [x.rowCount, k], scalars: out)
    }

    /// Points in component coordinates mapped back to the features: mean + Σ coordinate × component.
    public func inverseTransform(_ projected: Tensor) throws -> Tensor {
        guard let d = inputSize else { throw MLError.invalidArgument("this PCA is not fitted yet; call fit(_:) first") }
        let k = principalComponents.rowCount
        let z = try FeatureMatrix.matrix(projected, width: k, model: "this PCA's inverse transform")
        let w = principalComponents.scalars
        var out = [Double](repeating: 0, count: z.rowCount * d)
        for i in 0..<z.rowCount {
            for f in 0..<d {
                var sum = mean[f]
                for c in 0..<k { sum += z.scalars[i * k + c] * w[c * d + f] }
                out[i * d + f] = sum
            }
        }
        return Tensor(unchecked: [z.rowCount, d], scalars: out)
    }

    /// A data set with its features replaced by their projection (the targets stay, e.g. to colour a plot).
    public func transform(_ data: Dataset) throws -> Dataset {
        try Dataset(features: transform(data.features), targets: data.targets)
    }

    public var description: String {
        guard inputSize != nil else { return "PCA(not fitted)" }
        let ratios = explainedVarianceRatio.map { String(format: "%.3f", $0) }.joined(separator: ", ")
        return "PCA(\(principalComponents.rowCount) of \(mean.count) components): explained variance ratio [\(ratios)]"
    }
}
