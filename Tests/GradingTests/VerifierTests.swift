import XCTest
@testable import Grading
import Interpreter
import LessonFormat

/// `lectern verify`: solutions pass, starters fail, and everything grading relies on holds.
final class VerifierTests: XCTestCase {
    private let verifier = Verifier(limits: .default, exerciseLimits: GradingFixtures.exerciseLimits)

    func testTheExampleLessonIsSound() {
        let report = verifier.verify(LessonParser.parse(GradingFixtures.text("lesson.md"), file: "lesson.md"))
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.exercises.map(\.id), ["mean", "relu", "accuracy"])
        XCTAssertEqual(report.exercises.map(\.checks), [4, 1, 3])
        XCTAssertEqual(report.exercises.map(\.hiddenChecks), [1, 0, 1])
        XCTAssertEqual(report.exercises.map(\.failingOnStarter), [2, 1, 2])
    }

    func testEveryKindOfProblem() {
        let lesson = LessonParser.parse("""
        # L

        ```swift hidden
        func expect(_ c: Bool) {}
        ```

        ```swift exercise id=weak
        func double(_ x: Int) -> Int { x + x }
        ```

        ```swift solution id=weak
        func helper(_ x: Int) -> Int { 2 * x }
        func double(_ x: Int) -> Int { helper(x) }
        ```

        ```swift check id=weak
        check(double(0) == 0, "zero", points: 5)
        ```

        ```swift exercise id=unchecked
        let answer = 41
        ```

        ```swift solution id=unchecked
        let answer = 42
        ```

        ```swift exercise id=failing
        let three = 2
        ```

        ```swift solution id=failing
        let three = 2
        ```

        ```swift check id=failing
        expectEqual(three, 3, "three is 3")
        ```
        """, file: "Lessons/09-l.md")
        XCTAssertEqual(verifier.verify(lesson).problems, [
            "09-l.md:4: the lesson declares 'expect', which hides lectern's native expect; remove it",
            "09-l.md:7: the checks of 'weak' give 5 points but the exercise has points=1",
            "09-l.md:11: the solution of 'weak' declares 'helper', which its starter does not; grading would reject a submission that did the same (declare it in the starter, or nest it)",
            "09-l.md:7: the starter of 'weak' passes every check: its checks check nothing",
            "09-l.md:20: exercise 'unchecked' has no checks (call check, expect or expectEqual in a `swift check id=unchecked` cell)",
            "09-l.md:36: the solution of 'failing' fails the check: ✗ three is 3: expected 3, got 2",
        ])
    }
}
