import Foundation

/// k-means clustering: k centroids, each example in the cluster of its nearest centroid, found by
/// Lloyd's algorithm from k-means++ seeds.
///
///     let kmeans = KMeans(clusters: 3, seed: 1)
///     try kmeans.fit(data)                  // the targets, if any, are ignored
///     print(kmeans.inertia)                 // Σ squared distance to the own centroid
///     print(kmeans.centroids)
///
/// Lloyd's algorithm alternates two steps that each lower the inertia: assign every example to
/// its nearest centroid, move every centroid to the mean of its examples. It stops when no
/// assignment changes, or when the centroids move less than `tolerance` (relative to the data's
/// mean feature variance, as scikit-learn), or after `maxIterations`. The result depends on the
/// start, so `restarts` runs keep the one of lowest inertia.
///
/// k-means++ seeding (Arthur & Vassilvitskii 2007, greedy as scikit-learn): the first centroid is a
/// random example, each next one is drawn with probability proportional to the squared distance
/// to the nearest centroid so far; of 2 + ⌊ln k⌋ such draws the one that lowers the inertia most
/// is kept. Defaults are scikit-learn's `KMeans`: 8 clusters, k-means++, one run, 300 iterations,
/// tolerance 1e−4. A cluster left empty takes the example farthest from its centroid.
///
/// As a `Classifier` the classes are the clusters: `classify` is the nearest centroid and
/// `predict` the negative squared distance to each centroid, so a decision-boundary figure draws
/// the Voronoi cells.
public final class KMeans: Classifier, Estimator, CustomStringConvertible {
    /// How the first centroids are chosen.
    public enum Initialization: String, Sendable, CaseIterable {
        /// k-means++ seeding (greedy, 2 + ⌊ln k⌋ candidates per centroid).
        case kMeansPlusPlus
        /// k distinct examples drawn uniformly.
        case random
    }

    public let clusters: Int
    public let initialization: Initialization
    public let restarts: Int
    public let maxIterations: Int
    public let tolerance: Double
    public let seed: Int

    /// The centroids, [clusters, features]; empty before `fit`.
    public private(set) var centroids = Tensor(unchecked: [0, 0], scalars: [])
    /// The cluster of each training example.
    public private(set) var labels: [Int] = []
    /// Σ over the training examples of the squared distance to their centroid.
    public private(set) var inertia = 0.0
    /// The Lloyd iterations of the kept run.
    public private(set) var iterations = 0
    private var width: Int?

    public init(clusters: Int = 8, initialization: Initialization = .kMeansPlusPlus, restarts: Int = 1,
                maxIterations: Int = 300, tolerance: Double = 1e-4, seed: Int = 0) {
        self.clusters = clusters
        self.initialization = initialization
        self.restarts = restarts
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Clusters the features of `data`; its targets are not used.
    public func fit(_ data: Dataset) throws {
        try fit(features: data.features)
    }

    /// Clusters the rows of `features`.
    public func fit(features: Tensor) throws {
        try require(clusters >= 1, "KMeans: clusters must be ≥ 1, got \(clusters)")
        try require(restarts >= 1, "KMeans: restarts must be ≥ 1, got \(restarts)")
        try require(maxIterations >= 1, "KMeans: maxIterations must be ≥ 1, got \(maxIterations)")
        try require(tolerance.isFinite && tolerance >= 0, "KMeans: tolerance must be ≥ 0, got \(tolerance)")
        guard features.rank == 2 else {
            throw MLError.shapeMismatch("k-means takes a matrix of examples (one per row), got shape \(describe(shape: features.shape))")
        }
        try require(features.rowCount > 0, "k-means cannot cluster an empty data set")
        try require(features.columnCount > 0, "k-means needs at least one feature, but the data has none")
        try FeatureMatrix.requireFinite(features, model: "k-means")
        try require(features.rowCount >= clusters, "k-means with \(clusters) clusters needs at least \(clusters) examples, got \(features.rowCount)")
        let points = ClusterPoints(features)
        let absoluteTolerance = tolerance * points.meanFeatureVariance
        var generator = RandomGenerator(seed: seed)
        var best: LloydRun?
        for _ in 0..<restarts {
            let start = initialization == .kMeansPlusPlus
                ? points.plusPlusSeeds(clusters, &generator)
                : points.randomSeeds(clusters, &generator)
            let run = points.lloyd(from: start, clusters: clusters, maxIterations: maxIterations, tolerance: absoluteTolerance)
            if best.map({ run.inertia < $0.inertia }) ?? true { best = run }
        }
        guard let best else { return }
        centroids = Tensor(unchecked: [clusters, points.width], scalars: best.centroids)
        labels = best.labels
        inertia = best.inertia
        iterations = best.iterations
        width = points.width
    }

    public var inputSize: Int? { width }
    public var classCount: Int { clusters }
    public var outputKind: ClassifierOutput { .decisionValues }

    /// The squared distance of each row of `features` to each centroid, [examples, clusters].
    public func squaredDistances(_ features: Tensor) throws -> Tensor {
        let x = try FeatureMatrix.forPrediction(features, width: width, type: "KMeans", noun: "k-means model")
        let k = clusters, d = x.columnCount
        var out = [Double](repeating: 0, count: x.rowCount * k)
        x.scalars.withUnsafeBufferPointer { xb in
            centroids.scalars.withUnsafeBufferPointer { cb in
                guard let xp = xb.baseAddress, let cp = cb.baseAddress else { return }
                for i in 0..<x.rowCount {
                    for c in 0..<k { out[i * k + c] = squaredDistance(xp + i * d, cp + c * d, d) }
                }
            }
        }
        return Tensor(unchecked: [x.rowCount, k], scalars: out)
    }

    /// Minus the squared distance to each centroid: the nearest centroid scores highest.
    public func predict(_ features: Tensor) throws -> Tensor {
        let distances = try squaredDistances(features)
        return Tensor(unchecked: distances.shape, scalars: distances.scalars.map { -$0 })
    }

    /// The nearest centroid of each row (ties: the lower cluster).
    public func classify(_ features: Tensor) throws -> [Int] {
        let distances = try squaredDistances(features)
        let k = clusters
        return (0..<distances.rowCount).map { i in
            var best = 0
            for c in 1..<Swift.max(k, 1) where distances.scalars[i * k + c] < distances.scalars[i * k + best] { best = c }
            return best
        }
    }

    /// The inertia of a fresh fit for k = 1, 2, …, `maxClusters`: the elbow curve, whose bend
    /// suggests a k (the inertia always falls with k; past the right k it falls slowly).
    public static func elbow(_ data: Dataset, upTo maxClusters: Int, restarts: Int = 1, seed: Int = 0) throws -> [Double] {
        try require(maxClusters >= 1, "KMeans.elbow: maxClusters must be ≥ 1, got \(maxClusters)")
        return try (1...maxClusters).map { k in
            let model = KMeans(clusters: k, restarts: restarts, seed: seed)
            try model.fit(data)
            return model.inertia
        }
    }

    public var description: String {
        guard width != nil else { return "KMeans(clusters: \(clusters), not fitted)" }
        return "KMeans(clusters: \(clusters)): inertia \(String(format: "%.6g", inertia)) after \(iterations) iteration\(iterations == 1 ? "" : "s")"
    }
}

/// Σ (aₖ − bₖ)² over `count` doubles, four lanes at a time.
@inline(__always)
func squaredDistance(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
    var lanes = SIMD4<Double>()
    var k = 0
    while k + 4 <= count {
        let difference = SIMD4(a[k], a[k + 1], a[k + 2], a[k + 3]) - SIMD4(b[k], b[k + 1], b[k + 2], b[k + 3])
        lanes += difference * difference
        k += 4
    }
    var sum = lanes.sum()
    while k < count {
        let difference = a[k] - b[k]
        sum += difference * difference
        k += 1
    }
    return sum
}
