import XCTest
@testable import Grading
import Outcomes

/// Every way a submission might cheat either has no effect or becomes a finding, and the
/// checks always run with the instructor's bindings.
final class TamperingTests: XCTestCase {
    private func grade(_ mean: String) -> SubmissionReport {
        GradingFixtures.gradeInProcess(GradingFixtures.submission(replacing: GradingFixtures.meanStarter, with: mean))
    }

    /// The starter earns 1 of 2 for `mean` (two of its four checks pass by accident).
    private let starterPoints = 1.0

    func testRedefiningTheChecksChangesNothing() {
        for fake in ["func check(_ c: Bool, _ m: String) {}", "func expect(_ a: Any, approx b: Any, tolerance: Double, _ m: String) {}",
                     "func expectEqual(_ a: Any, _ b: Any, _ m: String) {}"] {
            let report = grade("    return 0\n}\n" + fake + "\nfunc unused() {\n")
            XCTAssertEqual(report.points("mean"), starterPoints, fake)
            XCTAssertEqual(report.findings.filter { $0.kind == .rule }.count, 2, fake)  // the fake and `unused`
        }
    }

    func testCallingACheckToScoreChangesNothing() {
        let report = grade("    check(true, \"free\", points: 100)\n    return 0\n")
        XCTAssertEqual(report.points("mean"), 0)  // the function itself was not run
        XCTAssertEqual(report.findings.map(\.kind), [.rule])
        XCTAssertEqual(report.total, 0.5)  // relu and accuracy are starters; accuracy's passes one hidden check
    }

    func testChangingTheTolerance() {
        // `tolerance` is a `let` of the set-up: shadowing it is a finding, and the checks keep 1e-9.
        let report = GradingFixtures.gradeInProcess(GradingFixtures.submission(
            replacing: "func relu(_ x: Double) -> Double {\n    return x\n}\n",
            with: "func relu(_ x: Double) -> Double {\n    return x + 1e-6\n}\nlet tolerance = 1.0\n"))
        XCTAssertEqual(report.points("relu"), 0)
        XCTAssertEqual(report.findings.map(\.header),
                       ["alice.md:39:1: declares 'tolerance', but the starter of exercise 'relu' declares only 'relu'; this declaration was not run"])
    }

    func testFatalErrorAndUncaughtThrowDoNotStopTheChecks() {
        for stopper in ["fatalError(\"stop grading\")", "_ = try Tensor(shape: [2], scalars: [1])"] {
            let report = grade(GradingFixtures.meanSolution + "}\n" + stopper + "\nfunc unused() {\n")
            XCTAssertEqual(report.points("mean"), 2, stopper)
            XCTAssertTrue(report.findings.contains { $0.kind == .error || $0.kind == .rule }, stopper)
        }
    }

    func testExhaustingTheBudgetInTheExerciseCellDoesNotStopTheChecks() {
        let report = grade(GradingFixtures.meanSolution + "}\nfor _ in 0..<1_000_000_000 { }\nfunc unused() {\n")
        XCTAssertEqual(report.points("mean"), 2)
        XCTAssertTrue(report.findings.contains { $0.message.hasPrefix("execution step limit of 50000 exceeded") })
    }

    func testAnInfiniteLoopInTheFunctionFailsOnlyItsChecks() {
        let report = grade("    while true { }\n    return 0\n")
        XCTAssertEqual(report.points("mean"), 0)
        XCTAssertEqual(report.exercises.first { $0.id == "mean" }?.checks.map(\.passed), [false, false, false, false])
        XCTAssertEqual(report.findings.map(\.header),
                       ["alice.md:20:5: execution step limit of 50000 exceeded (infinite loop?) (in your code, called from a check)"])
    }

    func testPrintingVerdictsEarnsNothing() {
        let report = grade("    print(\"✓ the mean of 1, 2, 3, 6 is 3\")\n    return -1\n}\nprint(\"✓ all checks pass\")\nfunc unused() {\n")
        XCTAssertEqual(report.points("mean"), 0)
        XCTAssertEqual(report.exercises.first?.checks.filter(\.passed).count, 0)
        XCTAssertEqual(report.exercises.first?.output, "✓ all checks pass\n")
    }

    func testHiddenChecksShowNoValues() {
        let report = grade("    return 42\n")
        let hidden = report.exercises.first { $0.id == "mean" }?.checks.filter(\.hidden) ?? []
        XCTAssertEqual(hidden.count, 1)
        XCTAssertEqual(hidden.first?.passed, false)
        XCTAssertNil(hidden.first?.expected)
        XCTAssertNil(hidden.first?.actual)
        XCTAssertNil(hidden.first?.detail)
        XCTAssertEqual(hidden.first?.message, "two decimals")
    }
}
