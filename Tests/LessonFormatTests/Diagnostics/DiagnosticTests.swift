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

    func testLocationOutsideTheFileGivesOnlyTheHeader() {
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "a.md", line: 9, column: 1), "late")
        XCTAssertEqual(diagnostic.rendered(sourceLines: ["one"]), "a.md:9:1: warning: late")
    }
}
