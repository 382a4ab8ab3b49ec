import XCTest
@testable import Interpreter

/// Positions leave the swift-syntax boundary as line and character column: `✓`, `x₁`, an emoji
/// and a tab each take one column, and lines end at LF, CRLF or CR.
final class SourcePositionsTests: XCTestCase {
    func testSyntaxErrorsAfterNonASCIICharacters() {
        assertError("let s = \"✓ x₁ 👍🏽\"; let t = (1, 1️⃣", "expected expression")
        assertError("let s = \"数据\"\nlet t = [1, 2, 3]1️⃣)", "unexpected code ')'")
        assertError("\tlet x₁ = 1\n\tlet y = x₁ 1️⃣++ 2", "unknown infix operator '++'")
    }

    func testRuntimeErrorsAfterNonASCIICharacters() {
        assertError("let label = \"✓ 👍🏽\"; let xs = [1]; print(label, 1️⃣xs[4])", "index 4 out of range for array of 1 element")
        assertError("\t\tlet é = 0\n\t\tprint(1 / (é + 1), \"→\", 10 1️⃣/ é)", "division by zero")
    }

    func testLineEndings() {
        for newline in ["\n", "\r\n", "\r"] {
            let outcome = runCell(["let a = 1", "", "let é = [a]", "print(é[2])"].joined(separator: newline))
            XCTAssertEqual(outcome.error, CellError(line: 4, column: 7, message: "index 2 out of range for array of 1 element"),
                           newline.debugDescription)
        }
    }

    func testConversionTable() {
        let positions = SourcePositions(source: "ab\r\n✓ x₁\rz")
        let offsets = [0, 1, 2, 4, 7, 8, 9, 12, 13, 14]
        XCTAssertEqual(offsets.map { "\(positions.location(of: .init(utf8Offset: $0)).line):\(positions.location(of: .init(utf8Offset: $0)).column)" },
                       ["1:1", "1:2", "1:3", "2:1", "2:2", "2:3", "2:4", "2:5", "3:1", "3:2"])
    }
}
