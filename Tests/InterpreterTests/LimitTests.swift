import XCTest
@testable import Interpreter

/// Budgets: steps, wall clock, call depth and allocation end runaway code with a clear error.
final class LimitTests: XCTestCase {
    func testInfiniteLoopHitsTheStepLimit() {
        assertError("var i = 0\n1️⃣while true { i += 1 }", "execution step limit of 100000 exceeded (infinite loop?)",
                    limits: ExecutionLimits(maxSteps: 100_000))
    }

    func testClosureCallsInsideMapCountAgainstTheStepLimit() {
        assertError("let xs = Array(0..<1_000)\nlet ys = (0..<1_000).map { _ in xs.1️⃣filter { $0 > 3 }.count }",
                    "execution step limit of 100000 exceeded (infinite loop?)", limits: ExecutionLimits(maxSteps: 100_000))
    }

    func testWallClockLimit() {
        let start = Date()
        assertError("var i = 0\n1️⃣while true { i += 1 }", "time limit of 0.2 s exceeded",
                    limits: ExecutionLimits(maxSeconds: 0.2))
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    func testRunawayRecursion() {
        assertError("func down(_ n: Int) -> Int { 1️⃣down(n + 1) }\nprint(down(0))",
                    "recursion too deep: more than 2000 nested calls")
        assertError("func down(_ n: Int) -> Int { 1️⃣down(n + 1) }\nprint(down(0))",
                    "recursion too deep: more than 50 nested calls", limits: ExecutionLimits(maxCallDepth: 50))
    }

    func testNativeStackIsGuardedEvenWithAHugeDepthLimit() {
        let outcome = runCell("""
        struct Deep { func down(_ n: Int) -> Int { [n].map { down($0 + 1) }[0] } }
        print(Deep().down(0))
        """, limits: ExecutionLimits(maxCallDepth: 10_000_000))
        XCTAssertTrue(outcome.error?.message.hasPrefix("recursion too deep") ?? false, outcome.error?.message ?? "no error")
    }

    func testHugeAllocation() {
        assertError("let xs = 1️⃣Array(repeating: 0.0, count: 10_000_000_000)",
                    "allocation of 10000000000 elements exceeds the limit of 50000000")
        assertError("var xs: [Int] = []\nfor i in 0..<100 { xs.append(i) }\nlet ys = 1️⃣Array(repeating: xs, count: 200)",
                    "allocation of 300 elements in this cell exceeds the limit of 250", limits: ExecutionLimits(maxAllocation: 250))
    }

    func testDeeplyNestedSourceIsAnError() {
        let source = "let x = " + String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000)
        let outcome = runCell(source)
        XCTAssertEqual(outcome.error?.message, "code is nested too deeply (more than 256 levels of brackets)")
        assertOutput("let x = " + String(repeating: "(", count: 200) + "7" + String(repeating: ")", count: 200) + "\nprint(x)", "7\n")
    }

    func testLimitsResetPerCell() {
        let s = Session(limits: ExecutionLimits(maxSteps: 50_000))
        for _ in 0..<3 { XCTAssertNil(s.run("var t = 0\nfor i in 0..<40_000 { t += i }", origin: "x").error) }
    }
}
