/// Checks the optional weight per example that a weighted fit takes.
enum SampleWeights {
    /// The weights, all ones when none are given; throws for a wrong count, a negative or
    /// non-finite weight, or weights that are all zero.
    static func checked(_ weights: [Double]?, count: Int, model: String) throws -> [Double] {
        guard let weights else { return [Double](repeating: 1, count: count) }
        guard weights.count == count else {
            throw MLError.shapeMismatch("\(model) got \(weights.count) sample weights for \(count) examples")
        }
        if let bad = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw MLError.invalidArgument("sample weights must be finite and ≥ 0, but weight \(bad) is \(weights[bad])")
        }
        try require(weights.contains { $0 > 0 }, "\(model) needs at least one example with a positive weight, but every weight is 0")
        return weights
    }
}
