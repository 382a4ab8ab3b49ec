import XCTest
import LessonFormat
@testable import Outcomes

final class LessonResultTests: XCTestCase {
    func testSuccessAndErrorsInFileOrder() {
        let lesson = LessonParser.parse("# T\n\n```swift\nprint(1)\n```\n\n```swift error\nx\n```\n", file: "r.md")
        let cells = lesson.cells
        let late = Diagnostic(at: SourceLocation(file: "r.md", line: 8, column: 1), "expected an error")
        let early = Diagnostic(at: SourceLocation(file: "r.md", line: 4, column: 7), "boom")
        let results = [
            CellResult(cell: cells[0], status: .failed, diagnostic: early),
            CellResult(cell: cells[1], status: .missingError, diagnostic: late),
        ]
        let result = LessonResult(lesson: lesson, cells: results.reversed(), diagnostics: [], seconds: 0)
        XCTAssertFalse(result.isSuccess)
        XCTAssertEqual(result.errors.map(\.header), ["r.md:4:7: error: boom", "r.md:8:1: error: expected an error"])
    }

    func testExpectedErrorAndNotRunCellsAreSuccesses() {
        let lesson = LessonParser.parse("# T\n\n```swift error\nx\n```\n\n```swift norun\ny\n```\n", file: "r.md")
        let diagnostic = Diagnostic(at: SourceLocation(file: "r.md", line: 4, column: 1), "cannot find 'x' in scope")
        let result = LessonResult(lesson: lesson, cells: [
            CellResult(cell: lesson.cells[0], status: .expectedError, diagnostic: diagnostic),
            CellResult(cell: lesson.cells[1], status: .notRun),
        ], diagnostics: [], seconds: 0)
        XCTAssertTrue(result.isSuccess)
        XCTAssertTrue(result.errors.isEmpty)
    }
}
