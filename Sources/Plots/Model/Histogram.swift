/// Values counted into bins and drawn as adjacent bars.
public struct Histogram: Equatable, Sendable, Codable {
    /// How the bins are chosen.
    public enum Bins: Equatable, Sendable, Codable {
        /// This many equal-width bins spanning the finite values (at least 1).
        case count(Int)
        /// Explicit increasing bin edges; bin i is [edges[i], edges[i+1]), the last one closed.
        case edges([Double])
    }

    /// The values to count; non-finite ones are skipped.
    public var values: [Double]
    /// The binning.
    public var bins: Bins

    /// Creates a histogram.
    public init(values: [Double], bins: Bins = .count(10)) {
        self.values = values
        self.bins = bins
    }
}
