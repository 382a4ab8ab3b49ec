/// A network as a `Classifier`, so metrics and figures take it like any other model.
///
/// What its outputs mean follows from the last Dense layer: a sigmoid (or step) gives the
/// probability of class 1, a softmax one probability per class; any other activation (identity,
/// tanh, ReLU) gives decision values — logits or hinge scores — whose decision point is 0.
extension Sequential: Classifier {
    /// The width of the last layer that sets one: the number of outputs.
    var outputSize: Int? { layers.lazy.reversed().compactMap(\.outputSize).first }

    /// The number of outputs, or 2 for a network with one output (class 1 against class 0).
    public var classCount: Int { Swift.max(outputSize ?? 1, 2) }

    /// Probabilities after a sigmoid, step or softmax output layer; decision values otherwise.
    public var outputKind: ClassifierOutput {
        switch denseLayers.last?.activation {
        case .sigmoid?, .softmax?, .step?: return .probabilities
        default: return .decisionValues
        }
    }

    /// Predicted class labels: one output is compared with 0.5 (a probability) or 0 (a decision
    /// value), several outputs give the largest.
    public func classify(_ input: Tensor) throws -> [Int] {
        try classify(input, threshold: outputKind == .probabilities ? 0.5 : 0)
    }
}
