import Foundation

/// Every loss as operations on the tape: its value and, by `backward()`, its gradient.
extension Loss {
    /// The loss of `predictions` against constant `targets`, a rank-0 tensor on the predictions' tape.
    ///
    /// Mean squared error, cross-entropy on probabilities and the hinge loss are compositions of
    /// tape operations; the two losses on logits are single operations (see
    /// `binaryCrossEntropyWithLogits` and `softmaxCrossEntropy`).
    public func value(_ predictions: Tracked, _ targets: Tensor) throws -> Tracked {
        let (pValue, y) = try aligned(predictions.value, targets)
        let p = pValue.shape == predictions.shape ? predictions : try predictions.reshaped(pValue.shape)
        let rows = Double(Swift.max(pValue.rowCount, 1))
        switch self {
        case .meanSquaredError:
            return try (p - y).squared.mean()
        case .binaryCrossEntropy:
            let terms = try p.log(floor: -100) * y + (1 - p).log(floor: -100) * (1 - y)
            return -terms.mean()
        case .binaryCrossEntropyWithLogits:
            return try p.binaryCrossEntropyWithLogits(y)
        case .categoricalCrossEntropy:
            return try (p.log(floor: -100) * y).sum() / -rows
        case .categoricalCrossEntropyWithLogits:
            return try p.softmaxCrossEntropy(y)
        case .hinge:
            return try (1 - p * y.map(Loss.sign)).relu.mean()
        case .zeroOne:
            return p.tape.constant(Tensor(scalar: 1 - Metrics.accuracyOfAligned(pValue, y, threshold: 0.5)))
        }
    }

    /// The same loss taken on the logits z of an output layer with `activation`, when there is
    /// one: binary cross-entropy after a sigmoid, categorical cross-entropy after a softmax.
    func onLogits(of activation: Activation) -> Loss? {
        switch (self, activation) {
        case (.binaryCrossEntropy, .sigmoid): return .binaryCrossEntropyWithLogits
        case (.categoricalCrossEntropy, .softmax): return .categoricalCrossEntropyWithLogits
        default: return nil
        }
    }

    /// The loss of `predictions` against `targets`.
    public func value(_ predictions: Tensor, _ targets: Tensor) throws -> Double {
        let tape = Tape()
        return try value(tape.constant(predictions), targets).value.scalars[0]
    }

    /// ∂loss/∂predictions, the same shape as `predictions`, by the tape.
    public func gradient(_ predictions: Tensor, _ targets: Tensor) throws -> Tensor {
        if self == .zeroOne {
            throw MLError.invalidArgument("the zero-one loss has no gradient; train with another loss and evaluate with .zeroOne")
        }
        let tape = Tape()
        let p = tape.variable(predictions)
        try value(p, targets).backward()
        return p.gradient
    }
}

extension Tracked {
    /// mean[max(z, 0) − z·y + log(1 + e^−|z|)]: binary cross-entropy of σ(z) against 0/1 targets
    /// `y` (of this tensor's shape), from logits z, as PyTorch's `BCEWithLogitsLoss`.
    ///
    /// One operation with the gradient (σ(z) − y) / n written out: it is exact and cannot overflow,
    /// and the composition of its formula would take the wrong one-sided slopes of |z| and
    /// max(z, 0) at z = 0.
    public func binaryCrossEntropyWithLogits(_ targets: Tensor) throws -> Tracked {
        let z = value
        guard targets.count == z.count else {
            throw MLError.shapeMismatch("binary cross-entropy needs targets of shape \(describe(shape: z.shape)), got \(describe(shape: targets.shape))")
        }
        let count = Double(Swift.max(z.count, 1))
        var total = 0.0
        for i in 0..<z.count {
            let zi = z.scalars[i]
            total += Swift.max(zi, 0) - zi * targets.scalars[i] + Foundation.log1p(Foundation.exp(-Swift.abs(zi)))
        }
        return tape.record(Tensor(scalar: total / count), from: self) { [input = self.index] g, tape in
            let upstream = g.scalars[0]
            tape.accumulate(Tensor(unchecked: z.shape, scalars: (0..<z.count).map {
                (stableSigmoid(z.scalars[$0]) - targets.scalars[$0]) / count * upstream
            }), into: input)
        }
    }

    /// −mean over rows of Σₖ yₖ·log softmax(z)ₖ: categorical cross-entropy from logits z (rows)
    /// against target rows `y` (one-hot or probabilities), as PyTorch's `CrossEntropyLoss`.
    ///
    /// One operation with the gradient (softmax(z)·Σₖyₖ − y) / rows written out, which is
    /// (softmax(z) − y) / rows for one-hot targets exactly.
    public func softmaxCrossEntropy(_ targets: Tensor) throws -> Tracked {
        let z = value
        guard targets.shape == z.shape else {
            throw MLError.shapeMismatch("cross-entropy needs targets of shape \(describe(shape: z.shape)), got \(describe(shape: targets.shape))")
        }
        let columns = Tracked.rowWidth(z)
        let rows = Double(Swift.max(z.count / columns, 1))
        let s = Activation.softmax(z)
        var total = 0.0
        for start in stride(from: 0, to: z.count, by: columns) {
            let row = z.scalars[start..<(start + columns)]
            let largest = row.max() ?? 0
            let logSum = largest + Foundation.log(row.reduce(0) { $0 + Foundation.exp($1 - largest) })
            for j in start..<(start + columns) where targets.scalars[j] != 0 {
                total -= targets.scalars[j] * (z.scalars[j] - logSum)
            }
        }
        return tape.record(Tensor(scalar: total / rows), from: self) { [input = self.index] g, tape in
            let upstream = g.scalars[0]
            var dz = s
            dz.scalars.withUnsafeMutableBufferPointer { d in
                for start in stride(from: 0, to: d.count, by: columns) {
                    var mass = 0.0
                    for j in start..<(start + columns) { mass += targets.scalars[j] }
                    for j in start..<(start + columns) { d[j] = (d[j] * mass - targets.scalars[j]) / rows * upstream }
                }
            }
            tape.accumulate(dz, into: input)
        }
    }
}
