import XCTest
@testable import LessonFormat

final class OutputRewriterTests: XCTestCase {
    func testReplacesBodiesKeepingEverythingElse() {
        let source = """
        # T

        ```swift
        print(1)
        ```

        ```output
        old
        old again
        ```

        > ```swift
        > print(2)
        > ```
        > ```output tol=1e-3
        > 9
        > ```
        Tail.
        """
        let lesson = LessonParser.parse(source, file: "f.md")
        let outputs = lesson.cells.compactMap { cell in cell.expectedOutput.map { ($0, "new \(cell.index)\n") } }
        XCTAssertEqual(outputs.count, 2)
        XCTAssertEqual(OutputRewriter.rewrite(lesson, replacing: outputs), """
        # T

        ```swift
        print(1)
        ```

        ```output
        new 0
        ```

        > ```swift
        > print(2)
        > ```
        > ```output tol=1e-3
        > new 1
        > ```
        Tail.
        """)
    }

    func testEmptyBodies() {
        let source = "# T\n\n```swift\nlet a = 1\n```\n```output\n```\n"
        let lesson = LessonParser.parse(source, file: "f.md")
        let outputs = lesson.cells.compactMap { cell in cell.expectedOutput.map { ($0, "one\ntwo\n") } }
        XCTAssertEqual(OutputRewriter.rewrite(lesson, replacing: outputs), "# T\n\n```swift\nlet a = 1\n```\n```output\none\ntwo\n```\n")
    }
}
