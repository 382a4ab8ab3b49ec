import XCTest
@testable import LessonFormat

/// Lines and character columns of a lesson agree with the file, whatever its line endings and
/// characters: cmark's byte columns are converted once, in `CmarkDocument`.
final class LessonLocationTests: XCTestCase {
    private func parse(_ text: String) -> Lesson { LessonParser.parse(text, file: "l.md") }

    func testCRLFAndCROnlyLessonsNumberLinesAsTheFileDoes() {
        for newline in ["\n", "\r\n", "\r"] {
            let lesson = parse(["# T", "", "```swift", "let a = 1", "```", "", "```output", "1", "```", ""].joined(separator: newline))
            XCTAssertEqual(lesson.cells.map(\.fenceLine), [3], newline.debugDescription)
            XCTAssertEqual(lesson.cells.first?.code, "let a = 1\n", newline.debugDescription)
            XCTAssertEqual(lesson.cells.first?.expectedOutput, ExpectedOutput(text: "1\n", fenceLine: 7, endLine: 9), newline.debugDescription)
            XCTAssertEqual(lesson.sourceLines, ["# T", "", "```swift", "let a = 1", "```", "", "```output", "1", "```", ""])
        }
    }

    func testMathsInACROnlyLessonKeepsLineNumbers() {
        let lesson = parse("# T\r\rA $$x\r+ y$$ b.\r\r```swift\rprint(1)\r```\r")
        XCTAssertEqual(lesson.cells.map(\.fenceLine), [6])
    }

    func testColumnsCountCharactersInContainers() {
        // The list item's text is not ASCII; the quote and indentation before the code are.
        let lesson = parse("# ✓ T\n\n- x₁ 👍🏽\n\n  > ```swift\n  > let s = \"é\"; let t = 1\n  > ```\n")
        let cell = lesson.cells[0]
        XCTAssertEqual(cell.columnOffsets, [4])
        XCTAssertEqual(cell.markdownPosition(line: 1, column: 14).column, 18)
    }

    func testInfoStringProblemsAreLocatedInCharacters() {
        let lesson = parse("# ✓ T\n\n> ```swift exercise id=été points=x₁\n> ```\n\n- ✓\n\n  ```swift exercise id=a points=x₁\n  ```\n")
        XCTAssertEqual(lesson.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }, [
            "3:21 malformed exercise id 'été': use letters, digits, '-' and '_', starting with a letter",
            "8:26 points must be a whole number from 0 to 10000, not 'x₁'",
        ])
    }

    func testAByteOrderMarkIsNotPartOfTheFirstLine() throws {
        let path = NSTemporaryDirectory() + "lectern-bom-\(ProcessInfo.processInfo.processIdentifier).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0xEF, 0xBB, 0xBF] + Array("# Title\n\n```swift hidden x\n```\n".utf8)).write(to: URL(fileURLWithPath: path))
        let lesson = try LessonLoader.load(path: path)
        XCTAssertEqual(lesson.title, "Title")
        XCTAssertEqual(lesson.diagnostics.map { "\($0.location.line):\($0.location.column)" }, ["3:17"])
    }
}
