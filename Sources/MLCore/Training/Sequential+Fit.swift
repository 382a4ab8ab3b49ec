/// Mini-batch training with validation, early stopping and regularisation.
extension Sequential {
    /// Trains the network on `data` and returns the per-epoch history.
    ///
    /// - Parameters:
    ///   - loss: what to minimise.
    ///   - optimizer: the update rule; its learning rate is the schedule's starting point.
    ///   - epochs: passes over the data.
    ///   - batchSize: examples per update (the last batch of an epoch may be smaller).
    ///   - validation: data to evaluate after every epoch (inference mode).
    ///   - shuffle: reshuffle the examples every epoch (seeded by `seed`).
    ///   - seed: seeds shuffling and dropout, so a run is reproducible.
    ///   - schedule: learning-rate annealing per epoch.
    ///   - patience: stop after this many epochs without a better validation loss (training loss
    ///     without validation data) and restore the best weights.
    ///   - l1: adds l1·Σ|w| over all weights (not biases) to the objective.
    ///   - l2: adds (l2/2)·Σw² over all weights, so its gradient is l2·w (weight decay).
    ///   - maxNorm: after each update, rescales every unit's incoming weight vector to at most this norm.
    ///   - onEpoch: called after every epoch, e.g. to draw a progress bar; an error it throws
    ///     stops training and is rethrown (a cancel button).
    ///
    /// Under a `Budget`, every mini-batch first checks it: training stops within one batch of the
    /// time limit, with the epoch named in the error.
    @discardableResult
    public func fit(_ data: Dataset, loss: Loss, optimizer: Optimizer, epochs: Int, batchSize: Int = 32,
                    validation: Dataset? = nil, shuffle: Bool = true, seed: Int = 0,
                    schedule: LearningRateSchedule = .constant, patience: Int? = nil,
                    l1: Double = 0, l2: Double = 0, maxNorm: Double? = nil,
                    onEpoch: ((EpochReport) throws -> Void)? = nil) throws -> TrainingHistory {
        try require(epochs >= 0, "epochs must be ≥ 0, got \(epochs)")
        try require(batchSize >= 1, "batchSize must be ≥ 1, got \(batchSize)")
        try require(l1 >= 0 && l2 >= 0, "l1 and l2 must be ≥ 0, got \(l1) and \(l2)")
        if let patience { try require(patience >= 1, "patience must be ≥ 1, got \(patience)") }
        if let maxNorm { try require(maxNorm > 0, "maxNorm must be > 0, got \(maxNorm)") }
        try require(data.count > 0, "cannot train on an empty data set")
        try optimizer.validate()
        try validate(data)
        if let validation { try validate(validation) }
        if loss == .zeroOne {
            throw MLError.invalidArgument("the zero-one loss has no gradient; train with another loss and evaluate with .zeroOne")
        }
        // Fail early, before any update, if the targets do not fit the outputs.
        _ = try loss.aligned(try predict(data.features.rows(0..<1)), data.targets.rows(0..<1))

        var generator = RandomGenerator(seed: seed)
        var history = TrainingHistory()
        let parameters = self.parameters
        let baseRate = optimizer.initialLearningRate
        var order = Array(0..<data.count)
        var bestLoss = Double.infinity
        var bestValues: [Tensor] = []
        var epochsWithoutImprovement = 0
        let budget = Budget.current

        for epoch in 0..<epochs {
            optimizer.learningRate = schedule.learningRate(initial: baseRate, epoch: epoch)
            history.learningRates.append(optimizer.learningRate)
            if shuffle { generator.shuffle(&order) }
            var totalLoss = 0.0, correct = 0.0
            for start in stride(from: 0, to: data.count, by: batchSize) {
                try checkBudget(budget, epoch: epoch, of: epochs)
                let indices = Array(order[start..<Swift.min(start + batchSize, data.count)])
                let x = shuffle ? data.features.gatherRows(indices) : try data.features.rows(start..<(start + indices.count))
                let y = shuffle ? data.targets.gatherRows(indices) : try data.targets.rows(start..<(start + indices.count))
                let (batchLoss, predictions) = try naming(epoch: epoch, of: epochs) {
                    try computeGradients(x, y, loss: loss, generator: &generator)
                }
                // A product cut short by the budget leaves no gradient worth a step.
                if budget?.exceeded != nil { try checkBudget(budget, epoch: epoch, of: epochs) }
                totalLoss += batchLoss * Double(indices.count)
                correct += try loss.accuracy(predictions, y) * Double(indices.count)
                if l1 > 0 || l2 > 0 { addPenalties(parameters, l1: l1, l2: l2) }
                optimizer.step(parameters)
                if let maxNorm { capNorms(maxNorm) }
            }
            history.loss.append(totalLoss / Double(data.count))
            history.accuracy.append(correct / Double(data.count))
            var monitored = history.loss[history.loss.count - 1]
            if let validation {
                let (validationLoss, validationAccuracy) = try evaluate(validation, loss: loss)
                history.validationLoss.append(validationLoss)
                history.validationAccuracy.append(validationAccuracy)
                monitored = validationLoss
            }
            try onEpoch?(EpochReport(epoch: epoch + 1, epochs: epochs, loss: history.loss[epoch], accuracy: history.accuracy[epoch],
                                 validationLoss: history.validationLoss.last, validationAccuracy: history.validationAccuracy.last))
            if let patience {
                if monitored < bestLoss {
                    bestLoss = monitored
                    bestValues = parameters.map(\.value)
                    history.bestEpoch = epoch
                    epochsWithoutImprovement = 0
                } else {
                    epochsWithoutImprovement += 1
                    if epochsWithoutImprovement >= patience {
                        history.stoppedEarly = epoch < epochs - 1
                        break
                    }
                }
            }
        }
        if patience != nil, bestValues.count == parameters.count {
            for (parameter, value) in zip(parameters, bestValues) { parameter.value = value }
        }
        optimizer.learningRate = baseRate
        return history
    }

    /// Checks the budget between mini-batches, naming the epoch in the error.
    private func checkBudget(_ budget: Budget?, epoch: Int, of epochs: Int) throws {
        try naming(epoch: epoch, of: epochs) { try budget?.check() }
    }

    /// Runs `body`, naming the epoch in a budget error it throws (the tape's `backward()` checks
    /// the budget too).
    private func naming<R>(epoch: Int, of epochs: Int, _ body: () throws -> R) throws -> R {
        do { return try body() } catch let error as BudgetExceeded {
            throw error.during("fit, epoch \(epoch + 1) of \(epochs)")
        }
    }

    /// Adds the gradients of the L1 and L2 penalties to the weights' gradients.
    func addPenalties(_ parameters: [Parameter], l1: Double, l2: Double) {
        for parameter in parameters where parameter.isWeight {
            let w = parameter.value.scalars
            parameter.gradient.scalars.withUnsafeMutableBufferPointer { g in
                for i in 0..<g.count {
                    g[i] += l2 * w[i] + (w[i] > 0 ? l1 : (w[i] < 0 ? -l1 : 0))
                }
            }
        }
    }

    /// Rescales each unit's incoming weights (a row of W) to norm ≤ `maxNorm`.
    func capNorms(_ maxNorm: Double) {
        for dense in denseLayers {
            let columns = dense.weights.shape[1]
            dense.weightParameter.value.scalars.withUnsafeMutableBufferPointer { w in
                for start in stride(from: 0, to: w.count, by: columns) {
                    var norm = 0.0
                    for i in start..<(start + columns) { norm += w[i] * w[i] }
                    norm = norm.squareRoot()
                    if norm > maxNorm {
                        let scale = maxNorm / norm
                        for i in start..<(start + columns) { w[i] *= scale }
                    }
                }
            }
        }
    }

    /// The penalty terms' value l1·Σ|w| + (l2/2)·Σw² for the current weights.
    public func penalty(l1: Double = 0, l2: Double = 0) -> Double {
        var total = 0.0
        for parameter in parameters where parameter.isWeight {
            for w in parameter.value.scalars { total += l1 * Swift.abs(w) + l2 / 2 * w * w }
        }
        return total
    }
}
