import LessonFormat
import XCTest
@testable import Site

/// Prose rendered for a terminal without colour: exact text.
final class TerminalProseTests: XCTestCase {
    private let plain = TerminalRenderer(width: 40, color: false)

    private func render(_ markdown: String, _ renderer: TerminalRenderer? = nil) -> String {
        // Pieces carry their own blank line; the last one is dropped to keep expectations short.
        String(Fixtures.prose(Fixtures.lesson(markdown)).map { (renderer ?? plain).renderProse($0) }.joined().dropLast())
    }

    func testHeadingsAreUnderlinedOrMarked() {
        XCTAssertEqual(render("# The perceptron\n\n## Weights\n\n### Bias term"),
                       "The perceptron\n══════════════\n\nWeights\n───────\n\n### Bias term\n")
    }

    func testParagraphWrapsToTheWidth() {
        XCTAssertEqual(render("A perceptron sums its weighted inputs, adds a bias and applies a step function to the result."),
                       "A perceptron sums its weighted inputs,\nadds a bias and applies a step function\nto the result.\n")
    }

    func testAWordLongerThanTheWidthGetsItsOwnLine() {
        XCTAssertEqual(render("see " + String(repeating: "x", count: 45) + " end"),
                       "see\n" + String(repeating: "x", count: 45) + "\nend\n")
    }

    func testEmphasisStrongAndCodeKeepMarkdownMarkersWithoutColour() {
        XCTAssertEqual(render("An *important* and **bold** use of `relu(x)`."),
                       "An *important* and **bold** use of\n`relu(x)`.\n")
    }

    func testLinksShowTheirAddress() {
        XCTAssertEqual(render("Read [the notes](https://example.org/nn) or <https://example.org>."),
                       "Read the notes (https://example.org/nn)\nor https://example.org.\n")
    }

    func testBulletAndNumberedListsNest() {
        XCTAssertEqual(render("- inputs\n- weights\n  1. first\n  2. second\n- bias"),
                       "• inputs\n• weights\n  1. first\n  2. second\n• bias\n")
    }

    func testOrderedListStartAndContinuationIndent() {
        XCTAssertEqual(render("9. nine\n10. ten is a longer item that will need to wrap"),
                       " 9. nine\n10. ten is a longer item that will need\n    to wrap\n")
    }

    func testLooseListItemsAreSeparatedByBlankLines() {
        XCTAssertEqual(render("- one\n\n- two"), "• one\n\n• two\n")
    }

    func testBlockQuoteHasABar() {
        XCTAssertEqual(render("> Learning is compression, and compression is learning, said someone."),
                       "│ Learning is compression, and\n│ compression is learning, said someone.\n")
    }

    func testCodeBlockAndThematicBreak() {
        XCTAssertEqual(render("```text\na  b\n```\n\n---"),
                       "    a  b\n\n" + String(repeating: "─", count: 40) + "\n")
    }

    func testHardBreakAndSoftBreak() {
        XCTAssertEqual(render("one\ntwo  \nthree"), "one two\nthree\n")
    }

    func testRawHTMLIsShownAsText() {
        XCTAssertEqual(render("<div>\nraw\n</div>"), "<div>\nraw\n</div>\n")
    }

    func testControlCharactersInProseAreMadeVisible() {
        XCTAssertEqual(render("bell \u{7} and \u{1B}[31mred"), "bell ␇ and ␛[31mred\n")
    }

    func testPipeTableIsDrawnAsATable() {
        XCTAssertEqual(render("| x | label |\n|---|---:|\n| 0.5 | 1 |\n| 10 | *no* |"),
                       "x   │ label\n────┼──────\n0.5 │     1\n10  │  *no*\n")
    }

    func testColourUsesANSIOnlyWhenAsked() {
        let markdown = "# Title\n\nSome *emphasis*, **strong**, `code` and [a link](https://example.org).\n\n> quote\n\n- item"
        let coloured = render(markdown, TerminalRenderer(width: 40, color: true))
        XCTAssertTrue(coloured.contains("\u{1B}[1mstrong\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[3memphasis\u{1B}[0m"), coloured)
        XCTAssertFalse(render(markdown).contains("\u{1B}"))
    }

    func testMathIsRenderedInline() {
        let text = render("The sum $a + b$ and\n\n$$\nc = d\n$$")
        XCTAssertFalse(text.contains("$"), text)
        XCTAssertTrue(text.hasPrefix("The sum a + b and\n\n    "), text)
    }
}
