import XCTest
@testable import MLCore

/// k-means on blobs whose clusters, centroids and inertia are known by hand.
final class KMeansTests: XCTestCase {
    /// Three unit squares of four points at (0, 0), (10, 0) and (0, 10): the clusters are the
    /// squares, each centroid its square's centre, and every point lies ½ (squared) from it,
    /// so the inertia is 12 × ½ = 6.
    private func squares() throws -> Dataset {
        var rows: [[Double]] = []
        for corner in [[0.0, 0.0], [10, 0], [0, 10]] {
            for offset in [[0.0, 0.0], [0, 1], [1, 0], [1, 1]] { rows.append([corner[0] + offset[0], corner[1] + offset[1]]) }
        }
        return try Dataset(features: Tensor(rows), targets: Tensor([Double](repeating: 0, count: 12)))
    }

    func testWellSeparatedSquaresByHand() throws {
        for seed in 0..<5 {
            let kmeans = KMeans(clusters: 3, seed: seed)
            try kmeans.fit(try squares())
            XCTAssertEqual(kmeans.inertia, 6, accuracy: 1e-12, "seed \(seed)")
            let centres = Set(kmeans.centroids.rowArrays.map { $0.map { ($0 * 2).rounded() / 2 } })
            XCTAssertEqual(centres, [[0.5, 0.5], [10.5, 0.5], [0.5, 10.5]], "seed \(seed)")
            let labels = kmeans.labels
            for square in 0..<3 { XCTAssertEqual(Set(labels[(4 * square)..<(4 * square + 4)]).count, 1) }
            XCTAssertEqual(Set(labels).count, 3)
            XCTAssertEqual(try kmeans.classify(Tensor([[11, 1], [1, 11]])), [labels[4], labels[8]])
        }
    }

    func testBlobsAreRecoveredAndTheElbowBendsAtTheTrueK() throws {
        let data = try Datasets.blobs(count: 300, classes: 3, spread: 0.3, seed: 1)
        let kmeans = KMeans(clusters: 3, seed: 2)
        try kmeans.fit(data)
        // Each cluster is one class: the clusters are a relabelling of the truth.
        var mapping: [Int: Int] = [:]
        for (cluster, label) in zip(kmeans.labels, data.labels) {
            XCTAssertEqual(mapping[cluster, default: label], label)
            mapping[cluster] = label
        }
        let inertias = try KMeans.elbow(data, upTo: 5, seed: 3)
        XCTAssertEqual(inertias.count, 5)
        for k in 1..<5 { XCTAssertLessThan(inertias[k], inertias[k - 1]) }
        // The drop from 2 to 3 clusters is large, from 3 to 4 small: the elbow is at 3.
        XCTAssertGreaterThan(inertias[1] - inertias[2], 10 * (inertias[2] - inertias[3]))
    }

    func testPredictIsMinusTheSquaredDistance() throws {
        let kmeans = KMeans(clusters: 3, seed: 0)
        try kmeans.fit(try squares())
        let scores = try kmeans.predict(Tensor([[0.5, 0.5]]))
        let centroids = kmeans.centroids.rowArrays
        for (c, centre) in centroids.enumerated() {
            let d = (centre[0] - 0.5) * (centre[0] - 0.5) + (centre[1] - 0.5) * (centre[1] - 0.5)
            XCTAssertEqual(scores.scalars[c], -d, accuracy: 1e-12)
        }
        XCTAssertEqual(kmeans.classCount, 3)
        XCTAssertEqual(kmeans.outputKind, .decisionValues)
    }

    func testSameSeedSameClustersAndRestartsNeverWorse() throws {
        let data = try Datasets.moons(count: 200, noise: 0.1, seed: 3)
        let a = KMeans(clusters: 6, seed: 11), b = KMeans(clusters: 6, seed: 11)
        try a.fit(data)
        try b.fit(data)
        XCTAssertEqual(a.labels, b.labels)
        XCTAssertEqual(a.centroids, b.centroids)
        XCTAssertEqual(a.inertia, b.inertia)
        let many = KMeans(clusters: 6, restarts: 5, seed: 11)
        try many.fit(data)
        XCTAssertLessThanOrEqual(many.inertia, a.inertia)
        let random = KMeans(clusters: 6, initialization: .random, seed: 11)
        try random.fit(data)
        XCTAssertGreaterThan(random.inertia, 0)
    }

    /// Duplicate points: k-means++ has nothing to draw from once every point is a centroid, and
    /// an empty cluster must not leave a NaN centroid.
    func testDuplicatePointsLeaveNoNaN() throws {
        let data = try Dataset(features: Tensor([[1, 1], [1, 1], [1, 1], [5, 5]]), targets: Tensor([0, 0, 0, 0]))
        let kmeans = KMeans(clusters: 3, seed: 0)
        try kmeans.fit(data)
        XCTAssertTrue(kmeans.centroids.scalars.allSatisfy(\.isFinite))
        XCTAssertEqual(kmeans.inertia, 0, accuracy: 1e-12)
    }

    func testBadInputIsAnErrorWithAMessage() throws {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message { try KMeans().fit(features: Tensor.zeros([0, 2])) }, "invalid argument: k-means cannot cluster an empty data set")
        XCTAssertTrue(message { try KMeans(clusters: 3).fit(features: Tensor([[0, 0], [1, 1]])) }.contains("needs at least 3 examples"))
        XCTAssertTrue(message { try KMeans(clusters: 1).fit(features: Tensor([[0, .nan], [1, 1]])) }.contains("feature 1 of example 0 is nan"))
        XCTAssertTrue(message { try KMeans(clusters: 0).fit(features: Tensor([[0, 0]])) }.contains("clusters must be ≥ 1"))
        XCTAssertTrue(message { _ = try KMeans().predict(Tensor([[0, 0]])) }.contains("not fitted"))
        let kmeans = KMeans(clusters: 2)
        try kmeans.fit(features: Tensor([[0, 0], [1, 1], [5, 5]]))
        XCTAssertTrue(message { _ = try kmeans.classify(Tensor([[0, 0, 0]])) }.contains("fitted on 2 features but got 3"))
    }
}
