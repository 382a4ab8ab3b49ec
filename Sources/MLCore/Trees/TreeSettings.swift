/// The growth limits of one CART tree, checked once and shared by the builders.
struct TreeSettings {
    var criterion: SplitCriterion
    /// Int.max for "no limit".
    var maxDepth: Int
    var minSamplesSplit: Int
    var minSamplesLeaf: Int
    var maxFeatures: MaxFeatures

    /// Checks the settings as a model's initialiser received them; `model` names it in messages.
    init(criterion: SplitCriterion, maxDepth: Int?, minSamplesSplit: Int, minSamplesLeaf: Int,
         maxFeatures: MaxFeatures, model: String) throws {
        if let maxDepth { try require(maxDepth >= 1, "\(model): maxDepth must be ≥ 1 (or nil for no limit), got \(maxDepth)") }
        try require(minSamplesSplit >= 2, "\(model): minSamplesSplit must be ≥ 2, got \(minSamplesSplit)")
        try require(minSamplesLeaf >= 1, "\(model): minSamplesLeaf must be ≥ 1, got \(minSamplesLeaf)")
        _ = try maxFeatures.resolved(featureCount: 1)
        self.criterion = criterion
        self.maxDepth = maxDepth ?? Int.max
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
    }
}
