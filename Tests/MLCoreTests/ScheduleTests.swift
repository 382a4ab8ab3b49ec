import XCTest
@testable import MLCore

/// Learning-rate annealing formulas.
final class ScheduleTests: XCTestCase {
    func testConstant() {
        XCTAssertEqual(LearningRateSchedule.constant.learningRates(initial: 0.1, epochs: 3), [0.1, 0.1, 0.1])
    }

    func testStepDecay() {
        XCTAssertEqual(LearningRateSchedule.step(every: 2, factor: 0.5).learningRates(initial: 1, epochs: 5),
                       [1, 1, 0.5, 0.5, 0.25])
    }

    func testExponentialDecay() {
        let rates = LearningRateSchedule.exponential(rate: 0.1).learningRates(initial: 2, epochs: 3)
        XCTAssertEqual(rates[0], 2)
        XCTAssertEqual(rates[2], 2 * exp(-0.2), accuracy: 1e-15)
    }

    func testInverseTimeDecay() {
        XCTAssertEqual(LearningRateSchedule.inverseTime(rate: 0.5).learningRates(initial: 1, epochs: 4),
                       [1, 1 / 1.5, 0.5, 0.4])
    }

    func testFitRecordsTheScheduledRates() throws {
        let data = try Datasets.blobs(count: 20, seed: 1)
        let model = try MLP([2, 1], output: .sigmoid, seed: 1)
        let optimizer = SGD(learningRate: 0.4)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 3,
                                    schedule: .step(every: 1, factor: 0.5))
        XCTAssertEqual(history.learningRates, [0.4, 0.2, 0.1])
        XCTAssertEqual(optimizer.learningRate, 0.4)
        XCTAssertEqual(LearningRateSchedule.inverseTime(rate: 0.5).description, "inverseTime(rate: 0.5)")
    }
}
