import XCTest
@testable import LessonFormat

/// Byte columns from cmark and swift-syntax become character columns.
final class CharacterColumnsTests: XCTestCase {
    func testNonASCIICharactersTakeOneColumnEach() {
        let line: Substring = "✓ x₁ 👍🏽\tz"
        // ✓ is 3 bytes, x₁ 1 + 3, 👍🏽 8 bytes (two scalars, one character), tab 1.
        let offsets = [0, 3, 4, 5, 8, 9, 17, 18]
        XCTAssertEqual(offsets.map { CharacterColumns.column(ofUTF8Offset: $0, in: line) }, [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(CharacterColumns.column(ofUTF8Column: 20, in: line), 9, "just past the end")
        XCTAssertEqual(CharacterColumns.column(ofUTF8Offset: 500, in: line), 9, "clamped to the line")
    }

    func testTerminalColumns() {
        XCTAssertEqual(TerminalColumns.of("abc"), 3)
        XCTAssertEqual(TerminalColumns.of("✓x₁"), 3)
        XCTAssertEqual(TerminalColumns.of("👍🏽"), 2)
        XCTAssertEqual(TerminalColumns.of("数据"), 4)
        XCTAssertEqual(TerminalColumns.of("e\u{301}"), 1, "a letter with a combining accent")
    }
}
