import Foundation
import XCTest
@testable import Interpreter
import MLCore

/// `fit` through the bridge: the progress callback, the cell's time limit inside training and
/// the tensor allocation cap.
final class TrainingBridgeTests: XCTestCase {
    private let setup = """
    let data = try Datasets.moons(count: 64, noise: 0.2, seed: 1)
    let model = MLP([2, 8, 1], activation: .relu, output: .sigmoid, seed: 3)

    """

    func testProgressIsReportedAfterEveryEpoch() {
        let s = Session()
        var seen: [TrainingProgress] = []
        s.onProgress = { seen.append($0) }
        let out = s.run(setup + "let h = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(learningRate: 0.1), epochs: 3, validation: data)\nprint(h.epochs)", origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "3\n")
        XCTAssertEqual(seen.map(\.epoch), [1, 2, 3])
        XCTAssertEqual(seen.map(\.epochs), [3, 3, 3])
        XCTAssertTrue(seen.allSatisfy { $0.loss.isFinite && $0.validationLoss != nil })
    }

    func testTimeLimitPassedDuringTrainingIsALocatedError() {
        let s = Session(limits: ExecutionLimits(maxSeconds: 0.01))
        // A million epochs would take minutes: training must stop at the limit, not at the end.
        let (source, position) = removeMarker(setup + "let h = try model.1️⃣fit(data, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1_000_000)")
        let start = Date()
        let out = s.run(source, origin: "t")
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "fit stopped at the time limit")
        XCTAssertEqual(out.error.map { "\($0.line):\($0.column)" }, position.map { "\($0.line):\($0.column)" })
        XCTAssertTrue(out.error?.message.hasPrefix("time limit of 0.01 s exceeded (in fit, epoch ") ?? false, out.error?.message ?? "no error")
        XCTAssertFalse(out.error?.message.contains("epoch 1000000 of") ?? true)
    }

    func testTensorAllocationRespectsTheCellBudget() {
        assertError("let big = try Tensor.1️⃣zeros([100000, 100000])",
                    "allocation of 10000000000 elements exceeds the limit of 50000000")
        assertError("let t = try Tensor.1️⃣ones([20, 20])",
                    "allocation of 400 elements exceeds the limit of 100",
                    limits: ExecutionLimits(maxAllocation: 100))
    }
}
