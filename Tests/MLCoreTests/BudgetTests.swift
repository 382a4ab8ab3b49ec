import Foundation
import XCTest
@testable import MLCore

/// The budget object itself: limits, saturating arithmetic, messages, the thread's current budget.
final class BudgetTests: XCTestCase {
    func testSaturatingArithmeticNeverWraps() {
        XCTAssertEqual(Budget.saturatingSum(Int.max, 1), Int.max)
        XCTAssertEqual(Budget.saturatingSum(Int.max - 1, 1), Int.max)
        XCTAssertEqual(Budget.saturatingSum(2, 3), 5)
        XCTAssertEqual(Budget.saturatingProduct(Int.max / 2, 3), Int.max)
        XCTAssertEqual(Budget.saturatingProduct(1 << 40, 1 << 40), Int.max)
        XCTAssertEqual(Budget.saturatingProduct(6, 7), 42)
    }

    func testOneObjectAndTheCellsTotal() {
        let budget = Budget(limits: Budget.Limits(maxAllocation: 100))
        XCTAssertThrowsError(try budget.allocate(101)) { error in
            XCTAssertEqual((error as? BudgetExceeded)?.message, "allocation of 101 elements exceeds the limit of 100")
            XCTAssertEqual((error as? BudgetExceeded)?.kind, .allocation)
        }
        budget.start()
        XCTAssertNoThrow(try budget.allocate(60))
        XCTAssertThrowsError(try budget.allocate(60)) { error in
            XCTAssertEqual("\(error)", "allocation of 120 elements in this cell exceeds the limit of 100")
        }
        // A size check alone counts nothing.
        budget.start()
        XCTAssertNoThrow(try budget.checkSize(100))
        XCTAssertNoThrow(try budget.checkSize(100))
        XCTAssertEqual(budget.allocated, 0)
    }

    func testHugeCountsWithAHugeLimitAreAMemoryErrorNotAnOverflow() {
        let budget = Budget(limits: Budget.Limits(maxAllocation: .max))
        XCTAssertThrowsError(try budget.allocate(.max)) { error in
            XCTAssertEqual((error as? BudgetExceeded)?.kind, .memory)
            XCTAssertEqual((error as? BudgetExceeded)?.message.hasPrefix("allocation of 9223372036854775807 elements would exceed the memory limit of 4 GiB ("), true, "\(error)")
        }
        budget.start()
        XCTAssertNoThrow(try budget.allocate(.max / 2, bytesPerElement: 0))
        // The total saturates at Int.max instead of wrapping to a negative count.
        XCTAssertNoThrow(try budget.allocate(.max / 2 + 10, bytesPerElement: 0))
        XCTAssertEqual(budget.allocated, .max)
    }

    func testTheLessonsMemoryIsMeasured() throws {
        guard let resident = ResidentMemory.bytes() else { throw XCTSkip("no /proc/self/statm here") }
        XCTAssertGreaterThan(resident, 1 << 20)
        let budget = Budget(limits: Budget.Limits(maxMemory: resident / 2))
        XCTAssertThrowsError(try budget.check()) { error in
            XCTAssertEqual((error as? BudgetExceeded)?.kind, .memory)
            XCTAssertTrue("\(error)".hasPrefix("memory limit of "), "\(error)")
        }
    }

    func testTimeLimitAndStickiness() {
        let budget = Budget(limits: Budget.Limits(maxSeconds: 0.01))
        XCTAssertNoThrow(try budget.check())
        Thread.sleep(forTimeInterval: 0.02)
        XCTAssertThrowsError(try budget.check()) { error in
            XCTAssertEqual("\(error)", "time limit of 0.01 s exceeded")
        }
        // Once exceeded, every check fails at once (allocation included) until the next cell.
        XCTAssertTrue(budget.isExhausted)
        XCTAssertThrowsError(try budget.allocate(1)) { error in XCTAssertEqual("\(error)", "time limit of 0.01 s exceeded") }
        budget.start()
        XCTAssertNil(budget.exceeded)
        XCTAssertNoThrow(try budget.allocate(1))
    }

    func testUnlimitedSecondsDoNotOverflowTheDeadline() {
        for seconds in [Double.infinity, 1e300, Double(Int.max)] {
            let budget = Budget(limits: Budget.Limits(maxSeconds: seconds))
            XCTAssertNoThrow(try budget.check(), "\(seconds)")
        }
    }

    func testStepsAreCheckedAtTheLimitExactly() {
        let budget = Budget(limits: Budget.Limits(maxSteps: 10_000))
        var failedAt: Int?
        for _ in 0..<20_000 {
            budget.steps &+= 1
            if budget.steps >= budget.stepCheckpoint {
                do { try budget.checkSteps() } catch { failedAt = budget.steps; break }
            }
        }
        XCTAssertEqual(failedAt, 10_000)
        XCTAssertEqual(budget.exceeded?.message, "execution step limit of 10000 exceeded (infinite loop?)")
        let unlimited = Budget(limits: Budget.Limits(maxSteps: .max))
        unlimited.steps = .max - 5
        XCTAssertNoThrow(try unlimited.checkSteps())
        XCTAssertEqual(unlimited.stepCheckpoint, .max)
    }

    func testEachThreadSeesItsOwnBudget() {
        XCTAssertNil(Budget.current)
        let outer = Budget(), inner = Budget()
        outer.install {
            XCTAssertTrue(Budget.current === outer)
            inner.install { XCTAssertTrue(Budget.current === inner) }
            XCTAssertTrue(Budget.current === outer)
            let other = DispatchSemaphore(value: 0)
            let seen = Box()
            Thread { seen.value = Budget.current; other.signal() }.start()
            other.wait()
            XCTAssertNil(seen.value)
        }
        XCTAssertNil(Budget.current)
    }

    func testCheckpointsLookAtTheBudgetEveryIntervalPasses() {
        let budget = Budget(limits: Budget.Limits(maxSeconds: 0))
        var checkpoints = BudgetCheckpoints(every: 3, budget: budget)
        XCTAssertNoThrow(try checkpoints.pass())
        XCTAssertNoThrow(try checkpoints.pass())
        XCTAssertThrowsError(try checkpoints.pass())
        var unbudgeted = BudgetCheckpoints(every: 1, budget: nil)
        for _ in 0..<10 { XCTAssertTrue(unbudgeted.passIfWithinBudget()) }
    }

    func testDescriptions() {
        XCTAssertEqual(Budget.describe(bytes: 4 << 30), "4 GiB")
        XCTAssertEqual(Budget.describe(bytes: 3 << 29), "1.5 GiB")
        XCTAssertEqual(Budget.describe(bytes: 300 << 20), "300 MiB")
        XCTAssertEqual(Budget.describe(bytes: 512), "512 bytes")
        XCTAssertEqual(Budget.describe(seconds: 10), "10")
        XCTAssertEqual(Budget.describe(seconds: 0.5), "0.5")
        XCTAssertEqual(BudgetExceeded(kind: .time, message: "time limit of 5 s exceeded").during("fit, epoch 3 of 100").message,
                       "time limit of 5 s exceeded (in fit, epoch 3 of 100)")
    }

    private final class Box: @unchecked Sendable { var value: Budget? }
}
