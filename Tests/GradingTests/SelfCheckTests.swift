import XCTest
@testable import Grading
import LessonFormat

/// `lectern check`: the student's table of visible checks.
final class SelfCheckTests: XCTestCase {
    func testTheStartersTable() {
        let handout = LessonParser.parse(GradingFixtures.handout, file: "me.md")
        let check = SelfCheck(lesson: handout, limits: GradingFixtures.exerciseLimits)
        XCTAssertFalse(check.allPassed)
        XCTAssertEqual(check.render(color: false), """
        exercise  points  checks passed
        mean           2  ✗ 2 of 3
            ✗ the mean of 1, 2, 3, 6 is 3: expected 3.0, got 0.0
        relu           1  ✗ 0 of 1
            ✗ relu of -2, 0 and 3.5: expected [0.0, 0.0, 3.5], got [-2.0, 0.0, 3.5] (first difference at element [0] of shape [3])
        accuracy       3  ✗ 0 of 2
            ✗ 3 of 5 right is 0.6: expected 0.6, got 0.0
            ✗ all right is 1: expected 1.0, got 0.0

        2 of 6 visible checks pass

        """)
    }

    func testACorrectCopyPassesAndErrorsAreLocated() {
        let correct = SelfCheck(lesson: LessonParser.parse(GradingFixtures.text("submissions/correct.md"), file: "me.md"),
                                limits: GradingFixtures.exerciseLimits)
        XCTAssertTrue(correct.allPassed)
        let broken = SelfCheck(lesson: LessonParser.parse(GradingFixtures.text("submissions/syntax-error.md"), file: "me.md"),
                               limits: GradingFixtures.exerciseLimits)
        XCTAssertEqual(broken.rows[1].errors.first?.split(separator: "\n").first, "me.md:41:20: error: expected ')'")
    }
}
