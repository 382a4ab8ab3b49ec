/// Checks on the features a model fits or predicts, shared by the classical models.
enum FeatureMatrix {
    /// `features` as a matrix [examples, width]: a vector is one example when the model's width is
    /// known. Throws for another width or a rank above 2, naming both shapes.
    static func matrix(_ features: Tensor, width: Int, model: String) throws -> Tensor {
        if features.rank == 1, features.count == width {
            return Tensor(unchecked: [1, width], scalars: features.scalars)
        }
        guard features.rank == 2 else {
            throw MLError.shapeMismatch("\(model) takes a matrix of examples (one per row, \(width) features each), got shape \(describe(shape: features.shape))")
        }
        guard features.shape[1] == width else {
            throw MLError.shapeMismatch("\(model) was fitted on \(width) features but got \(features.shape[1]) (shape \(describe(shape: features.shape)))")
        }
        return features
    }

    /// Throws at the first NaN or infinite feature, naming the example and the feature.
    static func requireFinite(_ features: Tensor, model: String) throws {
        let width = features.columnCount
        guard let bad = features.scalars.firstIndex(where: { !$0.isFinite }) else { return }
        let value = features.scalars[bad]
        throw MLError.invalidArgument("\(model) needs finite features, but feature \(bad % Swift.max(width, 1)) of example \(bad / Swift.max(width, 1)) is \(value); drop or fill in missing values first")
    }

    /// The checks of `fit`: a non-empty matrix of finite features and targets of the same count.
    static func requireTrainable(_ data: Dataset, model: String) throws {
        try require(data.count > 0, "\(model) cannot be fitted on an empty data set")
        try require(data.featureCount > 0, "\(model) needs at least one feature, but the data set has none")
        try requireFinite(data.features, model: model)
    }

    /// Throws unless the model has been fitted.
    static func requireFitted(_ width: Int?, model: String) throws -> Int {
        guard let width else { throw MLError.invalidArgument("this \(model) is not fitted yet; call fit(_:) first") }
        return width
    }

    /// The checks of `predict`: the model (of type `type`, "RandomForest") is fitted, and `features`
    /// is a finite matrix of its width; `noun` ("random forest") names it in the messages.
    static func forPrediction(_ features: Tensor, width: Int?, type: String, noun: String) throws -> Tensor {
        let width = try requireFitted(width, model: type)
        let x = try matrix(features, width: width, model: "this \(noun)")
        try requireFinite(x, model: "this \(noun)")
        return x
    }
}
