import Foundation
import XCTest
@testable import Interpreter

/// The reproducers of issue 8's runtime half, each a located error (or the right answer) well
/// within the cell's limits. Sizes that take seconds in a debug build are scaled down together
/// with the limit they run into; `Hostile/` holds the unscaled cells for `scripts/fuzz`.
final class BudgetReproducerTests: XCTestCase {
    let unlimited = ExecutionLimits(maxAllocation: .max)

    func testHugeCountsWithAnUnlimitedAllocationAreMemoryErrorsNotCrashes() {
        for (source, column) in [("let a = Array(repeating: 0, count: Int.max)", 9),
                                 ("let t = try Tensor.zeros([Int.max])", 20),
                                 ("let s = String(repeating: \"ab\", count: Int.max / 2)", 9)] {
            let outcome = runCell(source, limits: unlimited)
            XCTAssertEqual(outcome.error?.column, column, source)
            XCTAssertTrue(outcome.error?.message.contains("would exceed the memory limit of 4 GiB") ?? false,
                          outcome.error?.message ?? "no error for \(source)")
        }
    }

    func testExponentialStringGrowthHitsTheAllocationLimit() {
        let limits = ExecutionLimits(maxAllocation: 100_000)
        assertError("var s = \"x\"; for _ in 0..<64 { s = 1️⃣\"\\(s)\\(s)\" }",
                    "allocation of 131072 elements exceeds the limit of 100000", limits: limits)
        assertError("var s = \"x\"; for _ in 0..<64 { s = [s, s].1️⃣joined() }",
                    "allocation of 131072 elements exceeds the limit of 100000", limits: limits)
        assertError("var s = \"xx\"; for _ in 0..<64 { s = s.1️⃣replacingOccurrences(of: \"x\", with: \"xx\") }",
                    "allocation of 131072 elements exceeds the limit of 100000", limits: limits)
        assertError("let s = String(repeating: \"x\", count: 400)\nlet t = s.1️⃣replacingOccurrences(of: \"x\", with: s)",
                    "allocation of 160000 elements exceeds the limit of 100000", limits: limits)
        assertError("var s = \"ab\"\nfor _ in 0..<64 { s = 1️⃣String(format: \"%@%@\", s, s) }",
                    "allocation of 131072 elements exceeds the limit of 100000", limits: limits)
    }

    func testReplacingOccurrencesMatchesFoundation() {
        for (s, target, replacement) in [("banana", "an", "AN"), ("aaa", "aa", "b"), ("x", "x", ""), ("abc", "", "z"),
                                         ("a\r\nb", "\n", "N"), ("café", "é", "e"), ("e\u{301}x", "e", "E"), ("", "a", "b")] {
            assertOutput("print(\(quote(s)).replacingOccurrences(of: \(quote(target)), with: \(quote(replacement))))",
                         s.replacingOccurrences(of: target, with: replacement) + "\n")
        }
    }

    func testNativeMLCoreCallsAreLocated() {
        assertError("print(try Metrics.1️⃣auc(scores: [0.2, Double.nan, 0.7, 0.4], labels: [0, 1, 1, 0]))",
                    "uncaught error: invalid argument: ROC scores must be finite numbers, got nan at index 1")
        assertError("let p = try TestFunction.rosenbrock.1️⃣path(from: (x: 1, y: 1), optimizer: SGD(learningRate: 0.001), steps: Int.max)",
                    "allocation of 9223372036854775807 elements exceeds the limit of 50000000")
        assertError("let r = LearningRateSchedule.constant.1️⃣learningRates(initial: 1, epochs: Int.max)",
                    "allocation of 9223372036854775807 elements exceeds the limit of 50000000")
        assertError("let r = LearningRateSchedule.constant.1️⃣learningRates(initial: 1, epochs: 60_000_000)",
                    "allocation of 60000000 elements exceeds the limit of 50000000")
        // Budget errors are the cell's failures, not errors lesson code can catch.
        assertError("do { let t = try Tensor.1️⃣zeros([100_000_000]) } catch { print(\"caught\") }",
                    "allocation of 100000000 elements exceeds the limit of 50000000")
    }

    func testTensorsCountAgainstTheCell() {
        // 20 tensors of 40M elements, scaled by 10⁶ with the limit; the array's own elements count too.
        assertError("var ts: [Tensor] = []\nfor i in 0..<20 { ts.append(try Tensor.1️⃣zeros([40]) + Double(i)) }",
                    "allocation of 83 elements in this cell exceeds the limit of 50", limits: ExecutionLimits(maxAllocation: 50))
    }

    func testNativeWorkStopsAtTheClock() {
        // Sizes that take several times the limit even on a fast machine (a 1500² product took
        // only 0.25 s and passed a 0.2 s limit by chance).
        let limits = ExecutionLimits(maxSeconds: 0.2)
        let start = Date()
        assertError("let s = 1️⃣Set(0..<2_000_000)", "time limit of 0.2 s exceeded", limits: limits)
        assertError("let a = try Tensor.zeros([2500, 2500])\nlet b = try a.1️⃣matmul(a)", "time limit of 0.2 s exceeded", limits: limits)
        XCTAssertLessThan(Date().timeIntervalSince(start), 6)
    }

    func testCheapLookingStepsThatDoMuchWorkStillSeeTheClock() {
        // Each step here is a native operation over a large collection: the step counter alone
        // would look at the clock only after thousands of them.
        let limits = ExecutionLimits(maxSeconds: 0.3)
        let start = Date()
        assertError("var d: [Int: Int] = [:]\nfor i in 0..<100_000 { d[i] = i }\nfor i in 0..<100_000 { d[i] = nil }\nprint(d.count)",
                    "time limit of 0.3 s exceeded", limits: limits)
        assertError("let a = Array(repeating: 1, count: 1_000_000)\nvar n = 0\nwhile a == a { n += 1 }", "time limit of 0.3 s exceeded", limits: limits)
        assertError("let a = Array(repeating: 1, count: 1_000_000)\nvar n = 0\nwhile a.1️⃣contains(2) == false { n += 1 }",
                    "time limit of 0.3 s exceeded", limits: limits)
        XCTAssertLessThan(Date().timeIntervalSince(start), 8)
    }

    func testTheLessonHasAMemoryBudgetAcrossCells() throws {
        let probe = Session()
        _ = probe.run("let x = 1", origin: "probe")
        guard let resident = residentBytes() else { throw XCTSkip("no /proc/self/statm here") }
        // Six cells of 4M lesson values (128 MB each) under a limit 300 MB above what the process
        // holds now: the third cell is refused before it allocates.
        let session = Session(limits: ExecutionLimits(maxMemory: resident + 300 << 20))
        var errors: [String] = []
        for i in 0..<6 {
            let outcome = session.run("let a\(i) = Array(repeating: 0.5, count: 4_000_000)\nprint(a\(i).count)", origin: "cell \(i)")
            if let e = outcome.error { errors.append("\(i): \(e.message.prefix(64))") }
        }
        XCTAssertFalse(errors.isEmpty)
        XCTAssertTrue(errors.allSatisfy { $0.contains("allocation of 4000000 elements would exceed the memory limit") }, "\(errors)")
    }

    private func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func testCellOutputIsBounded() {
        assertError("let line = String(repeating: \"x\", count: 1000)\nfor _ in 0..<1000 { 1️⃣print(line) }",
                    "the cell's output of 100100 bytes exceeds the allocation limit of 100000",
                    limits: ExecutionLimits(maxAllocation: 100_000))
    }
}
