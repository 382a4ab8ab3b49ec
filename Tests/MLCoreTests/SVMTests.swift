import XCTest
@testable import MLCore

/// The SVM against margins derived by hand and against scikit-learn's SVC (libsvm) on a fixed
/// ten-point set; bad input gets a message, never a crash.
final class SVMTests: XCTestCase {
    /// (−1, 0), (−2, 1) class 0; (1, 0), (2, −1) class 1. The closest points of the two classes are
    /// (−1, 0) and (1, 0), so the widest street is −1 ≤ x₁ ≤ 1: w = (1, 0), b = 0, margin 2/‖w‖ = 2,
    /// with α = ½ on each of the two support vectors (w = Σ αᵢyᵢxᵢ, Σ αᵢyᵢ = 0) and dual objective
    /// ½‖w‖² − Σα = ½ − 1 = −½.
    func testFourPointHardMarginByHand() throws {
        let data = try Dataset(features: Tensor([[-1, 0], [-2, 1], [1, 0], [2, -1]]), targets: Tensor([0, 0, 1, 1]))
        let svm = SVM(c: 1000, kernel: .linear, tolerance: 1e-10)
        try svm.fit(data)
        XCTAssertEqual(svm.supportIndices, [0, 2])
        XCTAssertEqual(svm.dualCoefficients[0], -0.5, accuracy: 1e-9)
        XCTAssertEqual(svm.dualCoefficients[1], 0.5, accuracy: 1e-9)
        let w = try XCTUnwrap(svm.weights)
        XCTAssertEqual(w[0], 1, accuracy: 1e-9)
        XCTAssertEqual(w[1], 0, accuracy: 1e-9)
        XCTAssertEqual(svm.bias, 0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(svm.margin), 2, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(svm.dualObjective), -0.5, accuracy: 1e-9)
        XCTAssertTrue(svm.converged)
        XCTAssertEqual(try svm.classify(Tensor([[-0.1, 5], [0.1, -5]])), [0, 1])
        XCTAssertEqual(try svm.decisionFunction(Tensor([[0.5, 3]]))[0], 0.5, accuracy: 1e-9)
    }

    /// Two points (−1, 0) and (1, 0) with C = ¼: the hard margin needs α = ½ > C, so both stop at
    /// α = C. Then w = ¼·(1, 0) + ¼·(1, 0) = (½, 0), the margin is 2/‖w‖ = 4 (both points inside
    /// it), and by symmetry b = 0: f(x) = x₁/2.
    func testSoftMarginClipsAlphaAtC() throws {
        let data = try Dataset(features: Tensor([[-1, 0], [1, 0]]), targets: Tensor([0, 1]))
        let svm = SVM(c: 0.25, kernel: .linear, tolerance: 1e-10)
        try svm.fit(data)
        XCTAssertEqual(svm.alphas, [0.25, 0.25])
        XCTAssertEqual(try XCTUnwrap(svm.margin), 4, accuracy: 1e-12)
        XCTAssertEqual(svm.bias, 0, accuracy: 1e-12)
        XCTAssertEqual(try svm.decisionFunction(Tensor([[1, 7]]))[0], 0.5, accuracy: 1e-12)
    }

    private func tenPoints() throws -> Dataset {
        try Dataset(features: Tensor([[0, 0], [1, 0.5], [0.5, 1.5], [2, 2], [1.5, 0], [3, 1], [2.5, 2.5], [0, 2], [3, 3], [1, 2.5]]),
                    targets: Tensor([0, 0, 0, 1, 0, 1, 1, 0, 1, 1]))
    }

    /// The dual coefficients αᵢyᵢ per training index, for comparing with scikit-learn's `dual_coef_`.
    private func coefficients(_ svm: SVM) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: zip(svm.supportIndices, svm.dualCoefficients))
    }

    private func assertMatches(_ svm: SVM, support: [Int: Double], bias: Double, decisions: [Double], accuracy: Double,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let ours = coefficients(svm)
        XCTAssertEqual(Set(ours.keys), Set(support.keys), file: file, line: line)
        for (index, value) in support { XCTAssertEqual(ours[index] ?? .nan, value, accuracy: accuracy, "α of \(index)", file: file, line: line) }
        XCTAssertEqual(svm.bias, bias, accuracy: accuracy, file: file, line: line)
        let values = try svm.decisionFunction(Tensor([[1, 1], [2, 1]]))
        for (v, expected) in zip(values, decisions) { XCTAssertEqual(v, expected, accuracy: accuracy, file: file, line: line) }
    }

    /// scikit-learn 1.9.1, `SVC(C=1, kernel="rbf", tol=1e-8)`: γ "scale" = 0.44969083754918493.
    func testRBFMatchesScikitLearn() throws {
        let svm = SVM(c: 1, kernel: .rbf(), tolerance: 1e-8)
        try svm.fit(try tenPoints())
        XCTAssertEqual(try XCTUnwrap(svm.gamma), 0.44969083754918493, accuracy: 1e-15)
        try assertMatches(svm, support: [0: -0.3248605381, 2: -0.5852953546, 4: -1, 7: -1, 3: 0.3022211317, 5: 1, 8: 0.6079347611, 9: 1],
                          bias: -0.013894838230102773, decisions: [-0.9216513155, 0.2127361685], accuracy: 1e-6)
    }

    /// scikit-learn: `SVC(C=1, kernel="linear", tol=1e-8)` and `SVC(C=2, kernel="poly", tol=1e-8)` (degree 3, γ "scale", coef0 0).
    func testLinearAndPolynomialMatchScikitLearn() throws {
        // The linear problem's multipliers are not unique (scikit-learn's dual_coef_ 2: −1, 7: −¼,
        // 3: ¼, 9: 1 is one solution); its w = Σ αᵢyᵢxᵢ = (1, 1) and b = −3 are.
        let linear = SVM(c: 1, kernel: .linear, tolerance: 1e-8)
        try linear.fit(try tenPoints())
        let w = try XCTUnwrap(linear.weights)
        XCTAssertEqual(w[0], 1, accuracy: 1e-6)
        XCTAssertEqual(w[1], 1, accuracy: 1e-6)
        XCTAssertEqual(linear.bias, -3, accuracy: 1e-6)
        let cubic = SVM(c: 2, kernel: .polynomial(), tolerance: 1e-8)
        try cubic.fit(try tenPoints())
        try assertMatches(cubic, support: [7: -0.1182604722, 5: 0.0110217573, 9: 0.1072387149], bias: -1.538743775744588,
                          decisions: [-1.1425145727, -0.3923419173], accuracy: 1e-6)
    }

    /// The KKT conditions at the default tolerance on a noisy problem: 0 ≤ α ≤ C, Σαy = 0, and
    /// y·f(x) ≥ 1 off the margin, = 1 on it, ≤ 1 inside it (to the tolerance).
    func testKKTConditionsHoldOnMoons() throws {
        let data = try Datasets.moons(count: 300, noise: 0.3, seed: 5)
        let svm = SVM(c: 2, kernel: .rbf(gamma: 1))
        try svm.fit(data)
        XCTAssertTrue(svm.converged)
        XCTAssertEqual(svm.dualCoefficients.reduce(0, +), 0, accuracy: 1e-10)
        let f = try svm.decisionFunction(data.features)
        let alphaOf = Dictionary(uniqueKeysWithValues: zip(svm.supportIndices, svm.alphas))
        for (i, label) in data.labels.enumerated() {
            let yf = (label == 1 ? 1.0 : -1.0) * f[i]
            let alpha = alphaOf[i] ?? 0
            XCTAssertLessThanOrEqual(alpha, 2 + 1e-12)
            if alpha == 0 { XCTAssertGreaterThanOrEqual(yf, 1 - 2e-3, "example \(i)") }
            else if alpha < 2 { XCTAssertEqual(yf, 1, accuracy: 2e-3, "example \(i)") }
            else { XCTAssertLessThanOrEqual(yf, 1 + 2e-3, "example \(i)") }
        }
        XCTAssertGreaterThan(try Metrics.accuracy(svm, on: data), 0.85)
    }

    /// The kernel trick: the linear kernel on the quadratic map's features is the degree-2
    /// polynomial kernel on the points, so both SVMs are one and the same.
    func testKernelTrickQuadraticMap() throws {
        let data = try Datasets.circles(count: 80, noise: 0.05, seed: 2)
        let mapped = try FeatureMap.quadratic(data)
        let gramMapped = try Kernel.linear.matrix(mapped.features, mapped.features)
        let gramKernel = try Kernel.polynomial(degree: 2, gamma: 1, coef0: 0).matrix(data.features, data.features)
        for (a, b) in zip(gramMapped.scalars, gramKernel.scalars) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        let explicit = SVM(c: 10, kernel: .linear), implicit = SVM(c: 10, kernel: .polynomial(degree: 2, gamma: 1, coef0: 0))
        try explicit.fit(mapped)
        try implicit.fit(data)
        XCTAssertEqual(explicit.supportIndices, implicit.supportIndices)
        XCTAssertEqual(try Metrics.accuracy(implicit, on: data), 1)
    }

    /// Circles are not linearly separable in the plane; after (x, y) → (x, √(x² + y²)) they are.
    func testRadialMapSeparatesCircles() throws {
        let data = try Datasets.circles(count: 200, noise: 0.05, factor: 0.5, seed: 3)
        XCTAssertEqual(try FeatureMap.radial(Tensor([[3, 4]])).scalars, [3, 5])
        let plain = SVM(c: 100, kernel: .linear)
        try plain.fit(data)
        XCTAssertLessThan(try Metrics.accuracy(plain, on: data), 0.8)
        let mapped = try FeatureMap.radial(data)
        let radial = SVM(c: 100, kernel: .linear)
        try radial.fit(mapped)
        XCTAssertEqual(try Metrics.accuracy(radial, on: mapped), 1)
        let w = try XCTUnwrap(radial.weights)
        XCTAssertGreaterThan(abs(w[1]), 10 * abs(w[0]), "the boundary is a radius, nearly independent of x")
    }

    /// A precomputed Gram matrix and a custom kernel function give the RBF kernel's SVM.
    func testPrecomputedAndCustomKernelsMatchTheBuiltIn() throws {
        let data = try Datasets.moons(count: 60, noise: 0.2, seed: 4)
        let test = try Datasets.moons(count: 20, noise: 0.2, seed: 5)
        // A tight tolerance: the three compute kernel values with different rounding, and SMO
        // would stop at slightly different points of the 1e−3 tolerance region.
        let rbf = SVM(c: 1, kernel: .rbf(gamma: 0.7), tolerance: 1e-10)
        try rbf.fit(data)
        let custom = SVM(c: 1, kernel: .custom(name: "gauss") { x, y in exp(-0.7 * ((x[0] - y[0]) * (x[0] - y[0]) + (x[1] - y[1]) * (x[1] - y[1]))) },
                         tolerance: 1e-10)
        try custom.fit(data)
        let gram = try Kernel.rbf(gamma: 0.7).matrix(data.features, data.features)
        let precomputed = SVM(c: 1, kernel: .precomputed, tolerance: 1e-10)
        try precomputed.fit(try Dataset(features: gram, targets: data.targets))
        let expected = try rbf.decisionFunction(test.features)
        let fromCustom = try custom.decisionFunction(test.features)
        let fromGram = try precomputed.decisionFunction(try Kernel.rbf(gamma: 0.7).matrix(test.features, data.features))
        for i in 0..<expected.count {
            XCTAssertEqual(fromCustom[i], expected[i], accuracy: 1e-7)
            XCTAssertEqual(fromGram[i], expected[i], accuracy: 1e-7)
        }
        XCTAssertEqual(precomputed.supportIndices, rbf.supportIndices)
        XCTAssertEqual(try XCTUnwrap(precomputed.margin), try XCTUnwrap(rbf.margin), accuracy: 1e-7)
    }

    /// A small cache (rows evicted and recomputed) gives the same fit as one that holds everything.
    func testSmallKernelCacheGivesTheSameFit() throws {
        let data = try Datasets.moons(count: 400, noise: 0.3, seed: 6)
        let roomy = SVM(c: 1), tight = SVM(c: 1, cacheMegabytes: 0.01)
        try roomy.fit(data)
        try tight.fit(data)
        XCTAssertEqual(roomy.supportIndices, tight.supportIndices)
        XCTAssertEqual(roomy.dualCoefficients, tight.dualCoefficients)
        XCTAssertGreaterThan(tight.computedKernelRows, roomy.computedKernelRows)
        XCTAssertEqual(roomy.description, tight.description)
    }

    /// Shrinking only changes which multipliers SMO looks at, not the optimum: with a tight
    /// tolerance (the RBF problem's optimum is unique) both fits find the same support vectors,
    /// multipliers within 1e−5 and decision values within 1e−5. The fit takes more steps than
    /// there are examples, so the active set was shrunk (every min(n, 1000) steps) at least twice.
    func testShrinkingGivesTheSameFit() throws {
        let data = try Datasets.moons(count: 300, noise: 0.3, seed: 8)
        let shrunk = SVM(c: 10, kernel: .rbf(gamma: 2), tolerance: 1e-8)
        let full = SVM(c: 10, kernel: .rbf(gamma: 2), tolerance: 1e-8, shrinking: false)
        try shrunk.fit(data)
        try full.fit(data)
        XCTAssertTrue(shrunk.converged)
        XCTAssertGreaterThan(shrunk.iterations, 2 * data.count)
        XCTAssertEqual(shrunk.supportIndices, full.supportIndices)
        for (a, b) in zip(shrunk.dualCoefficients, full.dualCoefficients) { XCTAssertEqual(a, b, accuracy: 1e-5) }
        XCTAssertEqual(shrunk.bias, full.bias, accuracy: 1e-5)
        XCTAssertEqual(try XCTUnwrap(shrunk.margin), try XCTUnwrap(full.margin), accuracy: 1e-6)
        for (a, b) in zip(try shrunk.decisionFunction(data.features), try full.decisionFunction(data.features)) {
            XCTAssertEqual(a, b, accuracy: 1e-5)
        }
        // The same data twice: the same fit to the last bit.
        let again = SVM(c: 10, kernel: .rbf(gamma: 2), tolerance: 1e-8)
        try again.fit(data)
        XCTAssertEqual(again.dualCoefficients, shrunk.dualCoefficients)
        XCTAssertEqual(again.bias, shrunk.bias)
        XCTAssertEqual(again.iterations, shrunk.iterations)
    }

    func testSameDataSameFit() throws {
        let data = try Datasets.xor(count: 200, seed: 7)
        let a = SVM(), b = SVM()
        try a.fit(data)
        try b.fit(data)
        XCTAssertEqual(try a.predict(data.features), try b.predict(data.features))
        XCTAssertEqual(a.outputKind, .decisionValues)
        XCTAssertThrowsError(try a.probabilities(data.features))
    }

    func testBadInputIsAnErrorWithAMessage() throws {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "no error" } catch { return "\(error)" }
        }
        let empty = try Dataset(features: Tensor.zeros([0, 2]), targets: Tensor.zeros([0, 1]))
        XCTAssertEqual(message { try SVM().fit(empty) }, "invalid argument: an SVM cannot be fitted on an empty data set")
        let oneClass = try Dataset(features: Tensor([[0, 0], [1, 1]]), targets: Tensor([1, 1]))
        XCTAssertEqual(message { try SVM().fit(oneClass) }, "invalid argument: an SVM needs examples of at least two classes, but every example has class 1")
        let nan = try Dataset(features: Tensor([[0, .nan], [1, 1]]), targets: Tensor([0, 1]))
        XCTAssertTrue(message { try SVM().fit(nan) }.contains("feature 1 of example 0 is nan"))
        let three = try Dataset(features: Tensor([[0, 0], [1, 1], [2, 2]]), targets: Tensor([0, 1, 2]))
        XCTAssertTrue(message { try SVM().fit(three) }.contains("3 classes"))
        XCTAssertTrue(message { try SVM(c: 0).fit(oneClass) }.contains("C must be a positive number"))
        XCTAssertTrue(message { try SVM(kernel: .rbf(gamma: -1)).fit(three) }.contains("gamma must be a positive number"))
        XCTAssertEqual(message { _ = try SVM().predict(Tensor([[1, 2]])) }, "invalid argument: this SVM is not fitted yet; call fit(_:) first")
        let svm = SVM()
        try svm.fit(try Datasets.moons(count: 20, seed: 1))
        XCTAssertTrue(message { _ = try svm.predict(Tensor([[1, 2, 3]])) }.contains("was fitted on 2 features but got 3"))
        let notSquare = try Dataset(features: Tensor([[1, 0, 0], [0, 1, 0]]), targets: Tensor([0, 1]))
        XCTAssertTrue(message { try SVM(kernel: .precomputed).fit(notSquare) }.contains("n × n Gram matrix"))
        let failing = SVM(kernel: .custom { _, _ in .nan })
        XCTAssertTrue(message { try failing.fit(try Datasets.moons(count: 10, seed: 1)) }.contains("custom kernel returned nan"))
    }
}
