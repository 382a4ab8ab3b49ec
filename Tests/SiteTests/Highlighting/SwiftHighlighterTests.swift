import XCTest
@testable import Site

final class SwiftHighlighterTests: XCTestCase {
    func testClassifiesKeywordsTypesLiteralsCommentsAndOperators() {
        let spans = SwiftHighlighter.highlight("let model = MLP([2, 1]) // tiny\nprint(\"loss\", 0.5 * x)\n")
        XCTAssertEqual(spans, [
            HighlightSpan(.keyword, "let"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.identifier, "model"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.operator, "="),
            HighlightSpan(.plain, " "),
            HighlightSpan(.type, "MLP"),
            HighlightSpan(.plain, "(["),
            HighlightSpan(.number, "2"),
            HighlightSpan(.plain, ", "),
            HighlightSpan(.number, "1"),
            HighlightSpan(.plain, "]) "),
            HighlightSpan(.comment, "// tiny"),
            HighlightSpan(.plain, "\n"),
            HighlightSpan(.identifier, "print"),
            HighlightSpan(.plain, "("),
            HighlightSpan(.string, "\"loss\""),
            HighlightSpan(.plain, ", "),
            HighlightSpan(.number, "0.5"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.operator, "*"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.identifier, "x"),
            HighlightSpan(.plain, ")\n"),
        ])
    }

    func testInterpolationKeepsTheExpressionAsCode() {
        let spans = SwiftHighlighter.highlight("\"a\\(n + 1)b\"")
        XCTAssertEqual(spans, [
            HighlightSpan(.string, "\"a\\"),
            HighlightSpan(.plain, "("),
            HighlightSpan(.identifier, "n"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.operator, "+"),
            HighlightSpan(.plain, " "),
            HighlightSpan(.number, "1"),
            HighlightSpan(.plain, ")"),
            HighlightSpan(.string, "b\""),
        ])
    }

    func testBrokenCodeIsReproducedExactly() {
        let snippets = ["let = = (", "func {{{ \"unterminated", "}}}) let x: = 1 /* open", "", "\n\n", "#if", "let é = \"ü\" // ✓"]
        for code in snippets {
            XCTAssertEqual(SwiftHighlighter.highlight(code).map(\.text).joined(), code, code)
        }
    }

    func testLinesSplitMultiLineSpans() {
        let lines = SwiftHighlighter.highlightedLines("/* a\nb */ let\nx")
        XCTAssertEqual(lines, [
            [HighlightSpan(.comment, "/* a")],
            [HighlightSpan(.comment, "b */"), HighlightSpan(.plain, " "), HighlightSpan(.keyword, "let")],
            [HighlightSpan(.identifier, "x")],
        ])
    }
}
