import XCTest
@testable import LessonFormat

/// Lines end at LF, CRLF and a lone CR, as in CommonMark and Swift.
final class LineBreaksTests: XCTestCase {
    func testTheThreeLineBreaks() {
        XCTAssertEqual(LineBreaks.lines(of: "a\nb\r\nc\rd"), ["a", "b", "c", "d"])
        XCTAssertEqual(LineBreaks.lines(of: "a\n"), ["a", ""])
        XCTAssertEqual(LineBreaks.lines(of: ""), [""])
        XCTAssertEqual(LineBreaks.lines(of: "\r\r\n\n"), ["", "", "", ""])
    }

    func testTerminatedLinesGiveTheTextBack() {
        let text = "# T\r\n\r\n✓ x₁\rlast"
        let lines = LineBreaks.terminatedLines(of: text)
        XCTAssertEqual(lines.map(\.terminator), ["\r\n", "\r\n", "\r", ""])
        XCTAssertEqual(lines.map { $0.content + $0.terminator }.joined(), text)
    }

    func testNormalized() {
        XCTAssertEqual(LineBreaks.normalized("a\r\nb\rc\n"), "a\nb\nc\n")
        XCTAssertEqual(LineBreaks.normalized("plain\n"), "plain\n")
    }
}
