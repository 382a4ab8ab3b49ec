import XCTest
@testable import LessonFormat

/// `run --fix` changes only the bodies of output blocks, and a second rewrite changes nothing.
final class OutputRewriterTests: XCTestCase {
    /// Rewrites every output block of `source` with the text `output(cellIndex)`.
    private func rewrite(_ source: String, _ output: (Int) -> String) -> OutputRewriter.Rewrite {
        let lesson = LessonParser.parse(String(source.drop { $0 == "\u{FEFF}" }), file: "f.md")
        let outputs = lesson.cells.compactMap { cell in cell.expectedOutput.map { ($0, output(cell.index)) } }
        return OutputRewriter.rewrite(source, replacing: outputs)
    }

    /// The expected outputs of `text` read back, to prove the rewrite means what it says.
    private func expectedOutputs(_ text: String) -> [String?] {
        LessonParser.parse(String(text.drop { $0 == "\u{FEFF}" }), file: "f.md").cells.map { $0.expectedOutput?.text }
    }

    func testReplacesBodiesKeepingEverythingElse() {
        let source = """
        # T

        ```swift
        print(1)
        ```

        ```output
        old
        old again
        ```

        > ```swift
        > print(2)
        > ```
        > ```output tol=1e-3
        > 9
        > ```
        Tail.
        """
        XCTAssertEqual(rewrite(source) { "new \($0)\n" }, OutputRewriter.Rewrite(text: """
        # T

        ```swift
        print(1)
        ```

        ```output
        new 0
        ```

        > ```swift
        > print(2)
        > ```
        > ```output tol=1e-3
        > new 1
        > ```
        Tail.
        """, refusals: []))
    }

    func testEmptyBodies() {
        let source = "# T\n\n```swift\nlet a = 1\n```\n```output\n```\n"
        XCTAssertEqual(rewrite(source) { _ in "one\ntwo\n" }.text, "# T\n\n```swift\nlet a = 1\n```\n```output\none\ntwo\n```\n")
        XCTAssertEqual(rewrite("# T\n\n```swift\nlet a = 1\n```\n```output\nold\n```\n") { _ in "" }.text,
                       "# T\n\n```swift\nlet a = 1\n```\n```output\n```\n")
    }

    func testKeepsAByteOrderMark() {
        let source = "\u{FEFF}# T\n\n```swift\nprint(1)\n```\n```output\n2\n```\n"
        let result = rewrite(source) { _ in "1\n" }
        XCTAssertEqual(result.text, "\u{FEFF}# T\n\n```swift\nprint(1)\n```\n```output\n1\n```\n")
    }

    func testKeepsCRLFLineEndings() {
        let source = "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n```output\r\n2\r\n```\r\nend\r\n"
        let result = rewrite(source) { _ in "1\nand 3\n" }
        XCTAssertEqual(result.text, "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n```output\r\n1\r\nand 3\r\n```\r\nend\r\n")
        XCTAssertEqual(expectedOutputs(result.text), ["1\nand 3\n"])
    }

    func testKeepsCROnlyLineEndings() {
        let source = "# T\r\r```swift\rprint(1)\r```\r```output\r2\r```\rend"
        let result = rewrite(source) { _ in "1\n" }
        XCTAssertEqual(result.text, "# T\r\r```swift\rprint(1)\r```\r```output\r1\r```\rend")
        XCTAssertEqual(expectedOutputs(result.text), ["1\n"])
    }

    func testOutputHoldingAFenceGetsALongerFence() {
        let source = "# T\n\n```swift\nprint(x)\n```\n\n```output\nold\n```\n\nAfter.\n"
        let output = "a\n```\n  ````swift\nb\n"
        let result = rewrite(source) { _ in output }
        XCTAssertEqual(result.text, "# T\n\n```swift\nprint(x)\n```\n\n`````output\na\n```\n  ````swift\nb\n`````\n\nAfter.\n")
        XCTAssertEqual(expectedOutputs(result.text), [output])
        // Idempotent: the same output again changes nothing.
        XCTAssertEqual(rewrite(result.text) { _ in output }.text, result.text)
    }

    func testTildesInsideABacktickFenceNeedNoLongerFence() {
        let source = "# T\n\n```swift\nprint(x)\n```\n~~~output\nold\n~~~\n"
        let result = rewrite(source) { _ in "```\n~~~~\n" }
        XCTAssertEqual(result.text, "# T\n\n```swift\nprint(x)\n```\n~~~~~output\n```\n~~~~\n~~~~~\n")
        XCTAssertEqual(expectedOutputs(result.text), ["```\n~~~~\n"])
    }

    func testNULAndCarriageReturnAreRefused() {
        let source = "# T\n\n```swift\nprint(x)\n```\n```output\nold\n```\n"
        let nul = rewrite(source) { _ in "a\u{0}b\n" }
        XCTAssertEqual(nul, OutputRewriter.Rewrite(text: source, refusals: [
            OutputRewriter.Refusal(line: 6, reason: "the output contains a NUL character, which a lesson file cannot hold"),
        ]))
        let carriageReturn = rewrite(source) { _ in "50%\r100%\n" }
        XCTAssertEqual(carriageReturn, OutputRewriter.Rewrite(text: source, refusals: [
            OutputRewriter.Refusal(line: 6, reason: "the output contains a carriage return, which Markdown would read as a line break"),
        ]))
    }

    func testOutputBlocksInListItemsKeepTheItemsIndentation() {
        let source = """
        # T

        1. Run this:

           ```swift
           print(1)
           ```
        2. - ```swift
             print(2)
             ```
           - ```output
             old
             ```
        3. Last item.

        The end.
        """
        let result = rewrite(source) { "new \($0)\n\nline \($0)\n" }
        XCTAssertEqual(result.text, """
        # T

        1. Run this:

           ```swift
           print(1)
           ```
        2. - ```swift
             print(2)
             ```
           - ```output
             new 1

             line 1
             ```
        3. Last item.

        The end.
        """)
        let lesson = LessonParser.parse(result.text, file: "f.md")
        XCTAssertEqual(lesson.cells.map { $0.expectedOutput?.text }, [nil, "new 1\n\nline 1\n"])
        guard case .prose(.paragraph(let closing))? = lesson.items.last else { return XCTFail("the list swallowed the rest") }
        XCTAssertEqual(closing, [.text("The end.")])
    }

    func testUnclosedOutputBlockIsLeftAlone() {
        let source = "# T\n\n```swift\nprint(1)\n```\n```output\nold\n"
        XCTAssertEqual(rewrite(source) { _ in "1\n" }, OutputRewriter.Rewrite(text: source, refusals: [
            OutputRewriter.Refusal(line: 6, reason: "the output block has no closing fence"),
        ]))
    }

    func testUnicodeOutput() {
        let source = "# T\n\n```swift\nprint(x)\n```\n```output\nold\n```\n"
        let output = "✓ x₁ = 0.5 👍\n\tindented\n"
        let result = rewrite(source) { _ in output }
        XCTAssertEqual(expectedOutputs(result.text), [output])
        XCTAssertEqual(rewrite(result.text) { _ in output }.text, result.text)
    }
}
