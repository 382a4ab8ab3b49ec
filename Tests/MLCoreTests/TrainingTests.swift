import XCTest
@testable import MLCore

/// `fit`: networks that learn, reproducibility, early stopping, regularisation and errors.
final class TrainingTests: XCTestCase {
    /// The design document's lesson example, verbatim apart from `try` and 30 epochs instead of 100.
    func testDesignDocumentExample() throws {
        let x = Value(-2, "x"), y = Value(5, "y"), z = Value(-4, "z")
        let f = (x + y) * z
        f.backward()
        XCTAssertEqual("\(x.grad) \(y.grad) \(z.grad)", "-4.0 -4.0 3.0")
        let data = try Datasets.moons(count: 500, noise: 0.2, seed: 1)
        let (train, validation) = try data.split(0.8, seed: 2)
        let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
        XCTAssertEqual(model.parameterCount, 337)
        let history = try model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01),
                                    epochs: 30, batchSize: 32, validation: validation)
        XCTAssertEqual(history.validationLoss.count, 30)
        XCTAssertGreaterThanOrEqual(history.validationAccuracy.last ?? 0, 0.95)
    }

    func testLearnsXOR() throws {
        let data = try Datasets.xor(count: 200, noise: 0.25, seed: 1)
        let model = try MLP([2, 8, 1], activation: .tanh, output: .sigmoid, seed: 2)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.05),
                                    epochs: 40, batchSize: 20, seed: 3)
        XCTAssertGreaterThanOrEqual(try model.accuracy(on: data), 0.97)
        XCTAssertLessThan(history.loss.last ?? 1, history.loss.first ?? 0)
    }

    func testLearnsTheXORTruthTable() throws {
        let model = try MLP([2, 4, 1], activation: .tanh, output: .sigmoid, seed: 1)
        try model.fit(Datasets.xorTable, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.1), epochs: 300, batchSize: 4)
        let predictions = try model.predict(Datasets.xorTable.features)
        XCTAssertEqual(Metrics.labels(predictions), [0, 1, 1, 0])
        XCTAssertEqual(try model.classify(Datasets.xorTable.features), [0, 1, 1, 0])
    }

    func testLearnsTwoMoons() throws {
        let data = try Datasets.moons(count: 300, noise: 0.1, seed: 1)
        let (train, validation) = try data.split(0.8, seed: 2)
        let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
        let history = try model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01),
                                    epochs: 60, batchSize: 32, validation: validation)
        XCTAssertEqual(history.epochs, 60)
        XCTAssertGreaterThanOrEqual(history.validationAccuracy.last ?? 0, 0.97)
        XCTAssertGreaterThanOrEqual(try model.accuracy(on: validation), 0.97)
    }

    func testLearnsThreeClassesWithSoftmax() throws {
        let data = try Datasets.blobs(count: 150, classes: 3, spread: 0.6, seed: 4)
        let model = try MLP([2, 8, 3], activation: .relu, output: .softmax, seed: 5)
        try model.fit(data, loss: .categoricalCrossEntropy, optimizer: Adam(learningRate: 0.05), epochs: 30, batchSize: 16)
        XCTAssertGreaterThanOrEqual(try model.accuracy(on: data), 0.97)
    }

    func testFitsANoisySine() throws {
        let data = try Datasets.sine(count: 100, noise: 0.05, seed: 1)
        let model = try MLP([1, 16, 16, 1], activation: .tanh, output: .identity, seed: 2)
        let history = try model.fit(data, loss: .meanSquaredError, optimizer: Adam(learningRate: 0.02), epochs: 100, batchSize: 20)
        XCTAssertLessThan(history.loss.last ?? 1, 0.05)
    }

    func testSameSeedSameHistory() throws {
        func train() throws -> TrainingHistory {
            let data = try Datasets.moons(count: 60, noise: 0.2, seed: 1)
            let model = try MLP([2, 6, 1], activation: .relu, output: .sigmoid, dropout: 0.2, seed: 3)
            return try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.1, momentum: 0.9),
                                 epochs: 5, batchSize: 8, seed: 9)
        }
        XCTAssertEqual(try train(), try train())
    }

    func testEarlyStoppingRestoresTheBestWeights() throws {
        let data = try Datasets.blobs(count: 40, seed: 1)
        let model = try MLP([2, 1], output: .sigmoid, seed: 1)
        let before = model.parameters.map(\.value)
        // A learning rate of 0 never improves on the first epoch: stop after `patience` more.
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0), epochs: 50,
                                    validation: data, patience: 3)
        XCTAssertEqual(history.epochs, 4)
        XCTAssertTrue(history.stoppedEarly)
        XCTAssertEqual(history.bestEpoch, 0)
        XCTAssertEqual(model.parameters.map(\.value), before)
    }

    func testL2ShrinksWeightsAndMaxNormCapsThem() throws {
        let data = try Datasets.moons(count: 100, noise: 0.2, seed: 2)
        func weightNorm(l2: Double, maxNorm: Double? = nil) throws -> Sequential {
            let model = try MLP([2, 16, 1], activation: .relu, output: .sigmoid, seed: 4)
            try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.05), epochs: 20,
                          batchSize: 10, l2: l2, maxNorm: maxNorm)
            return model
        }
        let plain = try weightNorm(l2: 0), shrunk = try weightNorm(l2: 0.1)
        XCTAssertLessThan(shrunk.penalty(l2: 1), plain.penalty(l2: 1))
        let capped = try weightNorm(l2: 0, maxNorm: 0.5)
        for dense in capped.denseLayers {
            for row in dense.weights.rowArrays { XCTAssertLessThanOrEqual(Tensor(row).norm(), 0.5 + 1e-12) }
        }
    }

    func testProgressCallbackSeesEveryEpoch() throws {
        let data = try Datasets.blobs(count: 20, seed: 1)
        let model = try MLP([2, 1], output: .sigmoid, seed: 1)
        var reports: [EpochReport] = []
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.1), epochs: 3,
                                    validation: data) { reports.append($0) }
        XCTAssertEqual(reports.map(\.epoch), [1, 2, 3])
        XCTAssertEqual(reports.map(\.epochs), [3, 3, 3])
        XCTAssertEqual(reports.map(\.loss), history.loss)
        XCTAssertEqual(reports.compactMap(\.validationLoss), history.validationLoss)
    }

    func testUserErrorsThrowBeforeTraining() throws {
        let data = try Datasets.blobs(count: 20, seed: 1)
        let model = try MLP([3, 1], output: .sigmoid, seed: 1)
        XCTAssertThrowsError(try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1)) { error in
            XCTAssertEqual((error as? MLError)?.message, "the network takes 3 inputs but the data has 2 features (shape [20, 2])")
        }
        let good = try MLP([2, 1], output: .sigmoid, seed: 1)
        XCTAssertThrowsError(try good.fit(data, loss: .zeroOne, optimizer: SGD(), epochs: 1))
        XCTAssertThrowsError(try good.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1, batchSize: 0))
        XCTAssertThrowsError(try good.fit(data.oneHotTargets(classes: 3), loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1))
    }

    func testEvaluateAndHistoryDescription() throws {
        let data = try Datasets.blobs(count: 40, spread: 0.3, seed: 1)
        let model = try MLP([2, 1], output: .sigmoid, seed: 1)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.1), epochs: 30, batchSize: 8)
        let (loss, accuracy) = try model.evaluate(data, loss: .binaryCrossEntropy)
        XCTAssertLessThan(loss, 0.2)
        XCTAssertEqual(accuracy, 1)
        XCTAssertTrue(history.description.hasPrefix("TrainingHistory(30 epochs, loss: "))
    }
}
