import XCTest
import LessonFormat
import Outcomes
@testable import Runner

/// Every error a lesson run reports points at the right line and character column of the
/// Markdown file, and renders with a caret under it.
final class LessonRunnerLocationTests: XCTestCase {
    private func errors(_ markdown: String) -> [String] {
        let lesson = LessonParser.parse(markdown, file: "Lessons/07-test.md")
        let result = LessonRunner(lesson: lesson).runAll()
        return result.errors.map { $0.rendered(sourceLines: lesson.sourceLines) }
    }

    func testErrorsInsideDescriptionsAndFunctionsFromEarlierCells() {
        XCTAssertEqual(errors("""
        # T

        ```swift
        struct P: CustomStringConvertible {
            var xs: [Int]
            var description: String { "P(\\(xs[5]))" }
        }
        func boom(_ a: [Int]) -> Int {
            let k = 3
            // a comment
            return a[k + 10]
        }
        ```

        Now:

        ```swift
        let p = P(xs: [1])
        print(p)
        ```

        ```swift
        print(boom([1, 2]))
        ```
        """), [
            """
            Lessons/07-test.md:19:1: error: index 5 out of range for array of 1 element (raised at 07-test.md:6:36)
            print(p)
            ^
            """,
            """
            Lessons/07-test.md:23:7: error: index 13 out of range for array of 2 elements (raised at 07-test.md:11:12)
            print(boom([1, 2]))
                  ^
            """,
        ])
    }

    func testCROnlyAndCRLFLessons() {
        for newline in ["\r", "\r\n"] {
            let lesson = ["# T", "", "```swift", "let a = 1", "let b = [a][2]", "```", ""].joined(separator: newline)
            XCTAssertEqual(errors(lesson), ["""
            Lessons/07-test.md:5:9: error: index 2 out of range for array of 1 element
            let b = [a][2]
                    ^
            """], newline.debugDescription)
        }
    }

    func testColumnsAfterNonASCIICharactersInAQuotedCellInAList() {
        XCTAssertEqual(errors("""
        # ✓ Unicode

        - x₁ item

          > ```swift
          > let s = "x₁ 👍🏽 é"; let t = [1][3]
          > ```
        """), ["""
        Lessons/07-test.md:6:31: error: index 3 out of range for array of 1 element
          > let s = "x₁ 👍🏽 é"; let t = [1][3]
                                       ^
        """], "the emoji takes two terminal columns")
    }

    func testTabsAndSyntaxErrors() {
        XCTAssertEqual(errors("# T\n\n```swift\n\tlet s = \"→\"; let u = (1, 2\n```\n"), [
            "Lessons/07-test.md:4:28: error: expected ')'\n\tlet s = \"→\"; let u = (1, 2\n\t" + String(repeating: " ", count: 26) + "^",
        ])
    }
}
