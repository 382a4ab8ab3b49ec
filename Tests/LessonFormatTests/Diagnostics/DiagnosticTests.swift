import XCTest
@testable import LessonFormat

final class DiagnosticTests: XCTestCase {
    func testRenderedWithSourceLineAndCaret() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "01-a.md", line: 2, column: 9), "cannot find 'foo' in scope")
        XCTAssertEqual(diagnostic.rendered(sourceLines: ["```swift", "let y = foo(3)", "```"]), """
        01-a.md:2:9: error: cannot find 'foo' in scope
        let y = foo(3)
                ^
        """)
    }

    func testCaretKeepsTabsAligned() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "a.md", line: 1, column: 3), "m")
        XCTAssertEqual(diagnostic.rendered(sourceLines: ["\tx y"]), "a.md:1:3: error: m\n\tx y\n\t ^")
    }

    func testCaretLinesUpUnderWideCharactersAndEmoji() {
        let line = "\tlet s = \"数据 👍🏽 ✓ x₁\"; bad"
        let column = Array(line).firstIndex(of: "b").map { $0 + 1 } ?? 0
        let diagnostic = Diagnostic(at: SourceLocation(file: "a.md", line: 1, column: column), "m")
        XCTAssertEqual(column, 23)
        // 数, 据 and 👍🏽 take two terminal columns each: 20 characters after the tab, 24 cells.
        XCTAssertEqual(diagnostic.rendered(sourceLines: [Substring(line)]),
                       "a.md:1:23: error: m\n" + line + "\n\t" + String(repeating: " ", count: 24) + "^")
    }

    func testColumnJustPastTheEndOfTheLine() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "a.md", line: 1, column: 4), "expected ')'")
        XCTAssertEqual(diagnostic.rendered(sourceLines: ["f(✓"]), "a.md:1:4: error: expected ')'\nf(✓\n   ^")
    }

    func testLocationOutsideTheFileGivesOnlyTheHeader() {
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "a.md", line: 9, column: 1), "late")
        XCTAssertEqual(diagnostic.rendered(sourceLines: ["one"]), "a.md:9:1: warning: late")
    }
}
