import XCTest
import LessonFormat
@testable import Outcomes

final class DoctestResultTests: XCTestCase {
    private func compare(_ actual: String, _ expected: String, tolerance: Double = 1e-6) -> DoctestResult {
        DoctestResult.compare(actual: actual, expected: ExpectedOutput(text: expected, tolerance: tolerance, fenceLine: 10), file: "d.md")
    }

    func testExactTextPasses() {
        XCTAssertTrue(compare("a\nb\n", "a\nb\n").passed)
        XCTAssertTrue(compare("a  \nb\n\n\n", "a\nb").passed, "trailing spaces and blank lines are ignored")
    }

    func testNumbersWithinRelativeTolerance() {
        XCTAssertTrue(compare("loss 0.30000000000000004\n", "loss 0.3\n").passed)
        XCTAssertTrue(compare("1.0001e-05", "1e-05", tolerance: 1e-3).passed)
        XCTAssertFalse(compare("1.01e-05", "1e-05", tolerance: 1e-3).passed)
        XCTAssertTrue(compare("[-2.0000001, 3.0]", "[-2.0, 3.0]").passed)
    }

    func testSameIgnoringNumbersComparesEverythingButTheNumbers() {
        XCTAssertTrue(DoctestResult.sameIgnoringNumbers("training took 92.2 s\n", "training took 8.7 s\n"))
        XCTAssertTrue(DoctestResult.sameIgnoringNumbers("RBF SVM  15.16 s\nGBT  0.45 s", "RBF SVM  0.3 s\nGBT  0.4 s\n\n"))
        XCTAssertFalse(DoctestResult.sameIgnoringNumbers("took 1.0 s", "took 1.0 ms"), "the words count")
        XCTAssertFalse(DoctestResult.sameIgnoringNumbers("took 1.0 s", "took 1.0 s and 2.0 s"), "so does how many numbers")
        XCTAssertFalse(DoctestResult.sameIgnoringNumbers("a 1\nb 2", "a 1"), "and how many lines")
        XCTAssertFalse(DoctestResult.sameIgnoringNumbers("W1 1.0", "W2 1.0"), "a digit inside a word is text")
    }

    func testNumbersInsideWordsAreText() {
        XCTAssertFalse(compare("W1 = 2", "W2 = 2").passed)
        XCTAssertTrue(compare("epoch 3: 0.5", "epoch 3: 0.5000000001").passed)
    }

    func testFailureNamesTheLineAndShowsBoth() {
        let result = compare("a\nb = 2.5\n", "a\nb = 2.0\n")
        XCTAssertFalse(result.passed)
        XCTAssertEqual(result.diagnostic.header, """
        d.md:12:1: error: output differs from the expected output on line 2 (numbers compared with relative tolerance 1e-06)
          expected: "b = 2.0"
          actual:   "b = 2.5"
        """)
    }

    func testMissingAndExtraLines() {
        XCTAssertEqual(compare("a\n", "a\nb\n").diagnostic.message, """
        output differs from the expected output on line 2
          expected: "b"
          actual:   (nothing)
        """)
        XCTAssertEqual(compare("a\nb\n", "a\n").diagnostic.message, """
        output differs from the expected output on line 2
          expected: (nothing)
          actual:   "b"
        """)
    }

    func testTokenizer() {
        XCTAssertEqual(NumberTokens.tokenize("x=-0.5, y=1e-05;3x"), [
            .text("x="), .number(-0.5, "-0.5"), .text(", y="), .number(1e-05, "1e-05"), .text(";3x"),
        ])
    }
}
