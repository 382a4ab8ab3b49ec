import XCTest
@testable import LessonFormat

final class MathSpansTests: XCTestCase {
    private func paragraphs(_ text: String) -> [MarkdownBlock] {
        LessonParser.parse("# T\n\n" + text, file: "m.md").items.dropFirst().compactMap {
            if case .prose(let block) = $0 { return block } else { return nil }
        }
    }

    func testInlineMathSurvivesMarkdownEscapesAndEmphasis() {
        XCTAssertEqual(paragraphs("Let $a * b * c_{i}$ and $\\{x\\}$ be."), [
            .paragraph([.text("Let "), .math("a * b * c_{i}", display: false), .text(" and "),
                        .math("\\{x\\}", display: false), .text(" be.")]),
        ])
    }

    func testDisplayMathOnItsOwnLinesIsABlock() {
        let blocks = paragraphs("""
        $$
        \\sigma(z) = \\frac{1}{1+e^{-z}} \\\\
        y = 2
        $$

        After.
        """)
        XCTAssertEqual(blocks, [
            .displayMath("\\sigma(z) = \\frac{1}{1+e^{-z}} \\\\\ny = 2"),
            .paragraph([.text("After.")]),
        ])
    }

    func testLineNumbersAfterMultilineMathAreKept() {
        let lesson = LessonParser.parse("# T\n\n$$\na\n\nb\n$$\n\n$$\nx\ny\n$$\n\n```swift\nprint(1)\n```\n", file: "m.md")
        XCTAssertEqual(lesson.cells.first?.fenceLine, 14)
    }

    func testDollarsThatAreNotMath() {
        XCTAssertEqual(paragraphs("It costs $5 and $6 today, \\$x\\$ too."), [
            .paragraph([.text("It costs $5 and $6 today, $x$ too.")]),
        ])
        XCTAssertEqual(paragraphs("A `$x$` code span."), [
            .paragraph([.text("A "), .code("$x$"), .text(" code span.")]),
        ])
    }

    func testDollarInSwiftCodeIsUntouched() {
        let lesson = LessonParser.parse("# T\n\n```swift\nlet d = [1, 2].map { $0 * 2 }.filter { $0 > 2 }\n```\n", file: "m.md")
        XCTAssertEqual(lesson.cells.first?.code, "let d = [1, 2].map { $0 * 2 }.filter { $0 > 2 }\n")
    }

    func testDollarInsideListFenceIsUntouched() {
        let lesson = LessonParser.parse("# T\n\n- item\n\n  ```swift\n  print([3].map { $0 + 1 }, \"$a$\")\n  ```\n", file: "m.md")
        XCTAssertEqual(lesson.cells.first?.code, "print([3].map { $0 + 1 }, \"$a$\")\n")
    }

    /// A long paragraph of dollar signs that open no maths (each closing candidate follows a
    /// space) used to be searched again from each of them — quadratic, so a 10 MB lesson never
    /// finished; now the failed search is remembered.
    func testLoneDollarsInALongParagraphAreScannedOnce() {
        let paragraph = String(repeating: "It costs $5 and $6, ", count: 20_000)
        let blocks = paragraphs(paragraph + "\n\n$a$ and $$b$$.\n")
        XCTAssertEqual(blocks.first, .paragraph([.text(String(paragraph.dropLast(1)))]))
        XCTAssertEqual(blocks.last, .paragraph([.math("a", display: false), .text(" and "), .math("b", display: true), .text(".")]))
    }

    func testManyMathSpans() {
        let text = String(repeating: "Weights $w_1$ and $$x^2$$ or `$c$`. ", count: 20_000)
        guard case .paragraph(let inlines)? = paragraphs(text + "\n").first else { return XCTFail("no paragraph") }
        XCTAssertEqual(inlines.filter { if case .math = $0 { return true } else { return false } }.count, 40_000)
        XCTAssertEqual(inlines.filter { if case .code("$c$") = $0 { return true } else { return false } }.count, 20_000)
    }
}
