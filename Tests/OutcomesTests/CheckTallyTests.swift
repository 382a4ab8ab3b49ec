import XCTest
@testable import Outcomes

final class CheckTallyTests: XCTestCase {
    func testCountsVerdictLinesOnly() {
        let tally = CheckTally(output: "setting up\n✓ a works\n  ✗ b is 2, got 3\n✓ c\nnote ✗ inside\n")
        XCTAssertEqual(tally.passed, ["✓ a works", "✓ c"])
        XCTAssertEqual(tally.failed, ["✗ b is 2, got 3"])
        XCTAssertEqual(tally.failureMessage(exercise: "e"), "check of exercise 'e' failed (1 of 3): ✗ b is 2, got 3")
    }

    func testAllPassedHasNoFailure() {
        XCTAssertNil(CheckTally(output: "✓ one\n✓ two\n").failureMessage(exercise: "e"))
        XCTAssertNil(CheckTally(output: "").failureMessage(exercise: "e"))
    }

    func testLongFailureListIsShortened() {
        let tally = CheckTally(output: (1...5).map { "✗ \($0)" }.joined(separator: "\n"))
        XCTAssertEqual(tally.failureMessage(exercise: "x"), "check of exercise 'x' failed (5 of 5): ✗ 1; ✗ 2; ✗ 3; …")
    }
}
