/// Least-squares fit of a polynomial of one variable: y ≈ w₀ + w₁x + … + w_d x^d.
///
///     let cubic = PolynomialRegression(degree: 3)
///     try cubic.fit(Datasets.sine(count: 30, noise: 0.2, seed: 1))
///     print(cubic.coefficients)                 // w₀, w₁, w₂, w₃
///
/// The model of the bias–variance lesson: degree 1 underfits a sine, degree 12 fits its noise.
/// Fitting maps x onto [−1, 1] first (the training range) and solves by QR, so high degrees stay
/// well conditioned; `coefficients` are converted back to powers of x.
public final class PolynomialRegression: Model, Estimator, CustomStringConvertible {
    public let degree: Int

    /// Coefficients of powers of the scaled variable t = (x − center) / halfWidth.
    private var scaledCoefficients: [Double] = []
    private var center = 0.0, halfWidth = 1.0

    public init(degree: Int) {
        self.degree = degree
    }

    public var inputSize: Int? { scaledCoefficients.isEmpty ? nil : 1 }

    /// Fits the polynomial to `data`: one feature, one target, at least degree + 1 distinct x.
    public func fit(_ data: Dataset) throws {
        try require(degree >= 0 && degree <= 30, "PolynomialRegression: degree must be between 0 and 30, got \(degree)")
        try FeatureMatrix.requireTrainable(data, model: "a polynomial regression")
        guard data.featureCount == 1, data.targetCount == 1 else {
            throw MLError.shapeMismatch("a polynomial regression takes one feature and one target, got \(data.featureCount) features and \(data.targetCount) targets")
        }
        let x = data.features.scalars, y = data.targets.scalars
        if let bad = y.firstIndex(where: { !$0.isFinite }) {
            throw MLError.invalidArgument("a polynomial regression needs finite targets, but example \(bad) has \(y[bad])")
        }
        let distinct = Set(x).count
        try require(distinct > degree,
                    "a polynomial of degree \(degree) has \(degree + 1) coefficients, so it needs at least \(degree + 1) distinct x values; got \(distinct)")
        let low = x.min() ?? 0, high = x.max() ?? 0
        center = (low + high) / 2
        halfWidth = high > low ? (high - low) / 2 : 1
        let columns = degree + 1
        var design = [Double](repeating: 0, count: x.count * columns)
        for (i, value) in x.enumerated() {
            let t = (value - center) / halfWidth
            var power = 1.0
            for k in 0..<columns {
                design[i * columns + k] = power
                power *= t
            }
        }
        scaledCoefficients = try LeastSquares.solve(design, rows: x.count, columns: columns, y)
    }

    /// The fitted values for a column of x ([examples, 1] or a vector).
    public func predict(_ features: Tensor) throws -> Tensor {
        guard !scaledCoefficients.isEmpty else {
            throw MLError.invalidArgument("this PolynomialRegression is not fitted yet; call fit(_:) first")
        }
        let x = features.rank == 1 ? Tensor(unchecked: [features.count, 1], scalars: features.scalars) : features
        guard x.rank == 2, x.columnCount == 1 else {
            throw MLError.shapeMismatch("a polynomial regression takes one feature per example, got shape \(describe(shape: features.shape))")
        }
        let values = x.scalars.map { value -> Double in
            let t = (value - center) / halfWidth
            var result = 0.0
            for w in scaledCoefficients.reversed() { result = result * t + w }   // Horner
            return result
        }
        return Tensor(unchecked: [x.rowCount, 1], scalars: values)
    }

    /// w₀ … w_d in powers of x (expanded from the scaled fit; exact in real arithmetic, so only
    /// for moderate degrees meaningful to read).
    public var coefficients: [Double] {
        guard !scaledCoefficients.isEmpty else { return [] }
        // Σ c_k ((x − m)/s)^k = Σ_k c_k s^−k Σ_j C(k, j) x^j (−m)^(k−j).
        var result = [Double](repeating: 0, count: scaledCoefficients.count)
        for (k, c) in scaledCoefficients.enumerated() {
            var binomial = 1.0
            for j in 0...k {
                if j > 0 { binomial = binomial * Double(k - j + 1) / Double(j) }
                result[j] += c * binomial * pow(-center, Double(k - j)) / pow(halfWidth, Double(k))
            }
        }
        return result
    }

    public var description: String {
        guard !scaledCoefficients.isEmpty else { return "PolynomialRegression(degree: \(degree)) (not fitted)" }
        return "PolynomialRegression(degree: \(degree)), coefficients " + coefficients.map { TreeText.number($0, digits: 4) }.joined(separator: ", ")
    }
}

import Foundation
