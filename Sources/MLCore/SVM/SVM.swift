import Foundation

/// A support vector machine for two classes: the hyperplane with the widest margin between them,
/// in the kernel's feature space, fitted by SMO (`SMOSolver`).
///
///     let svm = SVM(c: 1, kernel: .rbf())
///     try svm.fit(train)
///     print(svm.supportVectorCount, svm.margin)
///     print(try Metrics.auc(svm, on: test))
///
/// The decision function is f(x) = Σᵢ αᵢyᵢk(xᵢ, x) + b over the support vectors (the examples
/// with αᵢ > 0); class 1 where f(x) > 0 (labels 1 ↔ y = +1, 0 ↔ y = −1). `predict` gives f as one
/// column of decision values, not probabilities. `c` trades a wide margin against training
/// errors: large C punishes every point inside the margin (a hard margin as C → ∞), small C
/// allows many for a wider, smoother boundary.
///
/// Defaults are scikit-learn's `SVC`: C = 1, an RBF kernel with γ = "scale", tolerance 1e−3, a
/// 200 MB kernel cache, shrinking on (`shrinking: false` turns libsvm's heuristic off; the fit
/// is then slower but the same to the tolerance). Unlike `SVC` there are no Platt-scaled
/// probabilities, and more than two classes are refused rather than split one-against-one.
/// The fit is deterministic: no random numbers are drawn.
public final class SVM: Classifier, Estimator, CustomStringConvertible {
    /// The soft-margin penalty C > 0.
    public let c: Double
    public let kernel: Kernel
    /// The KKT gap at which SMO stops.
    public let tolerance: Double
    /// The most SMO steps; nil: libsvm's limit, max(10⁷, 100 n).
    public let maxIterations: Int?
    /// The kernel cache's size in megabytes.
    public let cacheMegabytes: Double
    /// Whether SMO sets aside the multipliers that are settled at a bound (libsvm's shrinking).
    public let shrinking: Bool

    private var fitted: Fitted?

    /// What `fit` learned.
    private struct Fitted {
        var width: Int
        var gamma: Double
        var supportIndices: [Int]
        /// The support vectors, [count, width] (kernel rows of the training set for `.precomputed`).
        var supportVectors: Tensor
        /// αᵢyᵢ of each support vector.
        var dualCoefficients: [Double]
        var bias: Double
        var objective: Double
        var iterations: Int
        var converged: Bool
        var computedKernelRows: Int
        /// ‖w‖² = ΣΣ αᵢαⱼyᵢyⱼk(xᵢ, xⱼ): the weight vector's length in the feature space.
        var weightNormSquared: Double
        var rows: KernelRows
    }

    public init(c: Double = 1, kernel: Kernel = .rbf(), tolerance: Double = 1e-3, maxIterations: Int? = nil,
                cacheMegabytes: Double = 200, shrinking: Bool = true) {
        self.c = c
        self.kernel = kernel
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.cacheMegabytes = cacheMegabytes
        self.shrinking = shrinking
    }

    /// Fits the maximum-margin boundary to `data` (targets: class labels 0 and 1, or one-hot rows of two).
    public func fit(_ data: Dataset) throws {
        try require(c.isFinite && c > 0, "SVM: C must be a positive number, got \(c)")
        try require(tolerance.isFinite && tolerance > 0, "SVM: tolerance must be a positive number, got \(tolerance)")
        try require(cacheMegabytes.isFinite && cacheMegabytes > 0, "SVM: cacheMegabytes must be positive, got \(cacheMegabytes)")
        if let maxIterations { try require(maxIterations >= 1, "SVM: maxIterations must be ≥ 1, got \(maxIterations)") }
        try kernel.validate(model: "SVM")
        try FeatureMatrix.requireTrainable(data, model: "an SVM")
        let classes = try ClassLabels(data.targets, purpose: "an SVM")
        try classes.requireTwoClasses(purpose: "an SVM")
        try require(classes.classCount == 2, "an SVM here separates two classes (labels 0 and 1), but the targets have \(classes.classCount) classes; train one SVM per pair or per class")
        if kernel.isPrecomputed {
            try require(data.featureCount == data.count,
                        "an SVM with a precomputed kernel takes the n × n Gram matrix of its training examples as features, but got \(data.count) examples with \(data.featureCount) features each")
        }
        let n = data.count
        let gamma = kernel.gamma.resolved(for: data.features)
        let rows = try KernelRows(kernel: kernel, features: data.features, gamma: gamma)
        let labels = classes.labels.map { $0 == 1 ? 1.0 : -1.0 }
        let solver = SMOSolver(labels: labels, c: c, tolerance: tolerance,
                               maxIterations: maxIterations ?? Swift.max(10_000_000, 100 * n), shrinking: shrinking)
        let solution = try solver.solve(rows, cacheMegabytes: cacheMegabytes)
        let support = (0..<n).filter { solution.alphas[$0] > 0 }
        let coefficients = support.map { solution.alphas[$0] * labels[$0] }
        let supportVectors = try data.features.rows(at: support)
        // The support vectors' own kernel rows: what `predict` evaluates.
        let supportRows = try KernelRows(kernel: kernel, features: kernel.isPrecomputed ? try Self.columns(support, of: supportVectors) : supportVectors,
                                         gamma: gamma)
        fitted = Fitted(width: data.featureCount, gamma: gamma, supportIndices: support, supportVectors: supportVectors,
                        dualCoefficients: coefficients, bias: solution.bias, objective: solution.objective,
                        iterations: solution.iterations, converged: solution.converged,
                        computedKernelRows: solution.computedKernelRows, weightNormSquared: solution.weightNormSquared,
                        rows: supportRows)
    }

    /// The columns `indices` of `matrix` (a precomputed kernel keeps only the support vectors' columns).
    private static func columns(_ indices: [Int], of matrix: Tensor) throws -> Tensor {
        let width = matrix.columnCount
        var out: [Double] = []
        out.reserveCapacity(matrix.rowCount * indices.count)
        for row in 0..<matrix.rowCount {
            for column in indices { out.append(matrix.scalars[row * width + column]) }
        }
        return Tensor(unchecked: [matrix.rowCount, indices.count], scalars: out)
    }

    public var inputSize: Int? { fitted?.width }
    public var classCount: Int { 2 }
    public var outputKind: ClassifierOutput { .decisionValues }

    /// The decision value f(x) = Σ αᵢyᵢk(xᵢ, x) + b of each row, one column: > 0 means class 1,
    /// ±1 are the edges of the margin.
    public func predict(_ features: Tensor) throws -> Tensor {
        let values = try decisionFunction(features)
        return Tensor(unchecked: [values.count, 1], scalars: values)
    }

    /// f(x) of each row of `features` (for `.precomputed`: rows of k(x, training example)).
    public func decisionFunction(_ features: Tensor) throws -> [Double] {
        guard let fitted else { throw MLError.invalidArgument("this SVM is not fitted yet; call fit(_:) first") }
        let x = try FeatureMatrix.forPrediction(features, width: fitted.width, type: "SVM", noun: "SVM")
        let width = fitted.width, count = fitted.supportIndices.count
        let support = kernel.isPrecomputed ? fitted.supportIndices : Array(0..<count)
        var row = [Double](repeating: 0, count: count)
        var values = [Double](repeating: 0, count: x.rowCount)
        for r in 0..<x.rowCount {
            let example = Array(x.scalars[(r * width)..<((r + 1) * width)])
            let input = kernel.isPrecomputed ? support.map { example[$0] } : example
            try row.withUnsafeMutableBufferPointer { out in
                guard let base = out.baseAddress else { return }
                try fitted.rows.row(against: input, into: base)
            }
            var f = fitted.bias
            for s in 0..<count { f += fitted.dualCoefficients[s] * row[s] }
            values[r] = f
        }
        return values
    }

    /// Class 1 where the decision value is positive, class 0 otherwise.
    public func classify(_ features: Tensor) throws -> [Int] {
        try decisionFunction(features).map { $0 > 0 ? 1 : 0 }
    }

    // MARK: What the fit found

    /// The positions in the training set of the support vectors (the examples with α > 0), in order.
    public var supportIndices: [Int] { fitted?.supportIndices ?? [] }
    /// The support vectors, one per row (for `.precomputed`, their rows of the Gram matrix).
    public var supportVectors: Tensor { fitted?.supportVectors ?? Tensor(unchecked: [0, 0], scalars: []) }
    public var supportVectorCount: Int { fitted?.supportIndices.count ?? 0 }
    /// αᵢyᵢ of each support vector (scikit-learn's `dual_coef_`): positive for class 1.
    public var dualCoefficients: [Double] { fitted?.dualCoefficients ?? [] }
    /// The multipliers αᵢ ∈ (0, C] of the support vectors; αᵢ = C marks a point inside the margin
    /// or misclassified, αᵢ < C one exactly on it.
    public var alphas: [Double] { dualCoefficients.map(abs) }
    /// The bias b of f(x) = w·φ(x) + b (scikit-learn's `intercept_`).
    public var bias: Double { fitted?.bias ?? 0 }
    /// w = Σ αᵢyᵢxᵢ, the normal of the hyperplane in the original features: linear kernel only.
    public var weights: [Double]? {
        guard let fitted, kernel.isLinear else { return nil }
        var w = [Double](repeating: 0, count: fitted.width)
        for (s, coefficient) in fitted.dualCoefficients.enumerated() {
            for k in 0..<fitted.width { w[k] += coefficient * fitted.supportVectors.scalars[s * fitted.width + k] }
        }
        return w
    }
    /// The width 2/‖w‖ of the margin: the distance between the hyperplanes f = −1 and f = +1
    /// (in the kernel's feature space). nil before `fit`.
    public var margin: Double? {
        guard let fitted else { return nil }
        return fitted.weightNormSquared > 0 ? 2 / fitted.weightNormSquared.squareRoot() : .infinity
    }
    /// The γ the kernel used (`.scale` and `.auto` resolved on the training data).
    public var gamma: Double? { fitted?.gamma }
    /// The dual objective ½αᵀQα − Σα at the solution.
    public var dualObjective: Double? { fitted?.objective }
    /// The SMO steps the fit took.
    public var iterations: Int { fitted?.iterations ?? 0 }
    /// Whether SMO reached the tolerance (false: it stopped at `maxIterations`).
    public var converged: Bool { fitted?.converged ?? false }
    /// The kernel rows SMO computed (cache misses).
    public var computedKernelRows: Int { fitted?.computedKernelRows ?? 0 }

    public var description: String {
        guard let fitted else { return "SVM(C: \(c), kernel: \(kernel), not fitted)" }
        let marginText = margin.map { String(format: "%.4g", $0) } ?? "-"
        return "SVM(C: \(c), kernel: \(kernel)): \(fitted.supportIndices.count) support vectors, margin \(marginText), b = \(String(format: "%.4g", fitted.bias)), \(fitted.iterations) SMO steps"
    }
}
