import Foundation
import XCTest
@testable import MLCore

/// Every long-running MLCore entry point stops at the installed budget — time, allocation or
/// memory — with a `BudgetExceeded` (or, for non-throwing APIs, an early return and the budget's
/// `exceeded`), instead of running on or exhausting memory. Without a budget nothing changes.
final class NativeBudgetTests: XCTestCase {
    /// Runs `body` under a budget with `limits`, returning how it failed (nil: it did not).
    func failure(_ limits: Budget.Limits, _ body: () throws -> Void) -> BudgetExceeded? {
        let budget = Budget(limits: limits)
        do { try budget.install(body) } catch let error as BudgetExceeded { return error } catch {
            XCTFail("unexpected error \(error)")
        }
        return nil
    }

    /// Seconds `body` takes.
    func seconds(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    func testTensorConstructorsCountAgainstTheCell() {
        // The reproducer: 20 tensors of 40M elements; here scaled to 20 of 40 under a limit of 50.
        let error = failure(Budget.Limits(maxAllocation: 50)) {
            var kept: [Tensor] = []
            for _ in 0..<20 { kept.append(try Tensor.zeros([40])) }
        }
        XCTAssertEqual(error?.message, "allocation of 80 elements in this cell exceeds the limit of 50")
        XCTAssertEqual(failure(Budget.Limits(maxAllocation: 50)) { _ = try Tensor.uniform([51], seed: 1) }?.message,
                       "allocation of 51 elements exceeds the limit of 50")
        XCTAssertEqual(failure(Budget.Limits(maxAllocation: 10)) { _ = try Datasets.moons(count: 4, seed: 1) }?.message,
                       "allocation of 12 elements exceeds the limit of 10")
    }

    func testAShapeOfIntMaxElementsUnderAnUnlimitedAllocationIsAMemoryError() {
        let error = failure(Budget.Limits(maxAllocation: .max)) { _ = try Tensor.zeros([Int.max]) }
        XCTAssertEqual(error?.kind, .memory)
        XCTAssertEqual(error?.message.hasPrefix("allocation of 9223372036854775807 elements would exceed the memory limit"), true,
                       error?.message ?? "no error")
        // Without a budget the tensor cap still holds.
        XCTAssertThrowsError(try Tensor.zeros([Int.max]))
    }

    func testMatrixProductStopsAtTheTimeLimit() throws {
        let a = try Tensor.ones([600, 600])
        var error: BudgetExceeded?
        let elapsed = seconds { error = failure(Budget.Limits(maxSeconds: 0)) { _ = try a.matmul(a) } }
        XCTAssertEqual(error?.message, "time limit of 0 s exceeded")
        XCTAssertLessThan(elapsed, 1)
        // Under a budget that holds, the banded product is exact.
        let b = try Tensor.uniform([700, 300], seed: 2), c = try Tensor.uniform([300, 500], seed: 3)
        let unbudgeted = try b.matmul(c)
        var budgeted: Tensor?
        XCTAssertNil(failure(Budget.Limits()) { budgeted = try b.matmul(c) })
        XCTAssertEqual(budgeted, unbudgeted)
    }

    func testFitStopsWithinABatchNamingTheEpoch() throws {
        let data = try Datasets.moons(count: 200, seed: 1)
        let model = try MLP([2, 8, 1], output: .sigmoid, seed: 1)
        let error = failure(Budget.Limits(maxSeconds: 0.05)) {
            _ = try model.fit(data, loss: .binaryCrossEntropy, optimizer: SGD(), epochs: 1_000_000)
        }
        XCTAssertEqual(error?.message.hasPrefix("time limit of 0.05 s exceeded (in fit, epoch "), true, error?.message ?? "no error")
    }

    func testOptimizerPathOfIntMaxStepsIsRefusedAtOnce() {
        let error = failure(Budget.Limits()) {
            _ = try TestFunction.rosenbrock.path(from: (1, 1), optimizer: SGD(learningRate: 0.001), steps: Int.max)
        }
        XCTAssertEqual(error?.message, "allocation of 9223372036854775807 elements exceeds the limit of 50000000")
        let slow = failure(Budget.Limits(maxSeconds: 0.05)) {
            _ = try TestFunction.rosenbrock.path(from: (1, 1), optimizer: SGD(learningRate: 0.001), steps: 10_000_000)
        }
        XCTAssertEqual(slow?.message, "time limit of 0.05 s exceeded")
    }

    func testScheduleOfTooManyEpochsStopsEarly() {
        let budget = Budget()
        let rates = budget.install { LearningRateSchedule.constant.learningRates(initial: 1, epochs: Int.max) }
        XCTAssertEqual(rates, [])
        XCTAssertEqual(budget.exceeded?.message, "allocation of 9223372036854775807 elements exceeds the limit of 50000000")
        // The other reproducer: 60 million rates, past the 50M-element default.
        budget.start()
        XCTAssertEqual(budget.install { LearningRateSchedule.constant.learningRates(initial: 1, epochs: 60_000_000) }, [])
        XCTAssertEqual(budget.exceeded?.message, "allocation of 60000000 elements exceeds the limit of 50000000")
        budget.start()
        XCTAssertEqual(budget.install { LearningRateSchedule.constant.learningRates(initial: 1, epochs: 3) }, [1, 1, 1])
    }

    func testBackwardOnAHugeGraphStopsAtTheTimeLimit() {
        var v = Value(1)
        for _ in 0..<100_000 { v = v + 1 }
        let budget = Budget(limits: Budget.Limits(maxSeconds: 0))
        budget.install { v.backward() }
        XCTAssertEqual(budget.exceeded?.message, "time limit of 0 s exceeded")
        XCTAssertEqual(v.grad, 0, "no gradient is half-computed")
    }

    func testCSVStopsAtTheAllocationLimitAndTheClock() throws {
        let row = "0.25,0.5,0.75,1\n"
        let text = "a,b,c,label\n" + String(repeating: row, count: 20_000)
        let error = failure(Budget.Limits(maxAllocation: 1_000)) { _ = try CSV.parse(text, name: "big.csv") }
        XCTAssertEqual(error?.message, "allocation of 1004 elements in this cell exceeds the limit of 1000")
        XCTAssertEqual(failure(Budget.Limits(maxSeconds: 0)) { _ = try CSV.parse(text) }?.message, "time limit of 0 s exceeded")
        XCTAssertEqual(try CSV.parse(text).rows.count, 20_000)
    }

    func testGradientCheckStopsAtTheTimeLimit() throws {
        let data = try Datasets.moons(count: 50, seed: 1)
        let model = try MLP([2, 64, 64, 1], output: .sigmoid, seed: 1)
        let error = failure(Budget.Limits(maxSeconds: 0.02)) {
            _ = try GradientCheck.check(model, on: data, loss: .binaryCrossEntropy)
        }
        XCTAssertEqual(error?.message, "time limit of 0.02 s exceeded")
    }
}
