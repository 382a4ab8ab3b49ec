import LessonFormat
import Outcomes
import Plots
import XCTest
@testable import Site

/// Cells rendered for a terminal without colour: gutter, output, errors, labels.
final class TerminalCellTests: XCTestCase {
    private let plain = TerminalRenderer(width: 60, color: false)

    private let markdown = """
    # Cells

    ```swift
    let x = 1
    print(x / 0)
    ```

    ```swift hidden
    let secret = 42
    ```

    ```swift exercise id=double points=2
    func double(_ n: Int) -> Int { n }
    ```

    ```swift solution id=double
    func double(_ n: Int) -> Int { 2 * n }
    ```

    ```swift check id=double
    check(double(2) == 4)
    ```
    """

    func testCodeHasAGutterOfMarkdownLineNumbers() {
        let lesson = Fixtures.lesson(markdown)
        XCTAssertEqual(plain.renderCellCode(lesson.cells[0]), "4 │ let x = 1\n5 │ print(x / 0)\n")
    }

    func testLongCodeLinesContinueBehindAnArrow() {
        let lesson = Fixtures.lesson("""
        ```swift
        let weights = [0.125, -0.25, 0.375, -0.5, 0.625, -0.75, 0.875, -1.0, 1.125]
        print(weights.count)
        ```
        """)
        let narrow = TerminalRenderer(width: 40, color: false)
        XCTAssertEqual(narrow.renderCellCode(lesson.cells[0]), """
        2 │ let weights = [0.125, -0.25, 0.375,
        ↪ │ -0.5, 0.625, -0.75, 0.875, -1.0, 1.1
        ↪ │ 25]
        3 │ print(weights.count)

        """)
    }

    func testWrappedCodeKeepsItsColours() {
        let rows = CodeWrapping.rows([.init(text: "let", codes: ["35"]), .init(text: " xy = 1", codes: [])], width: 4)
        XCTAssertEqual(rows, [[.init(text: "let", codes: ["35"]), .init(text: " ", codes: [])],
                              [.init(text: "xy =", codes: [])], [.init(text: " 1", codes: [])]])
        XCTAssertEqual(CodeWrapping.rows([.init(text: "漢字漢", codes: [])], width: 4),
                       [[.init(text: "漢字", codes: [])], [.init(text: "漢", codes: [])]])
    }

    func testHiddenCellShowsOnlyItsOutput() {
        let lesson = Fixtures.lesson(markdown)
        XCTAssertEqual(plain.renderCellCode(lesson.cells[1]), "")
        let result = CellResult(cell: lesson.cells[1], status: .ran, output: "ready\n")
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines), "  ┆ ready\n\n")
    }

    func testExerciseSolutionAndCheckAreLabelled() {
        let lesson = Fixtures.lesson(markdown)
        XCTAssertEqual(plain.renderCellCode(lesson.cells[2]),
                       "Exercise double (2 points)\n13 │ func double(_ n: Int) -> Int { n }\n")
        XCTAssertEqual(plain.renderCellCode(lesson.cells[3]),
                       "Solution\n17 │ func double(_ n: Int) -> Int { 2 * n }\n")
        XCTAssertEqual(plain.renderCellCode(lesson.cells[4]), "Check\n21 │ check(double(2) == 4)\n")
    }

    func testFailedCellShowsTheDiagnosticWithCaret() {
        let lesson = Fixtures.lesson(markdown)
        let result = CellResult(cell: lesson.cells[0], status: .failed, output: "",
                                diagnostic: Diagnostic(at: lesson.location(line: 5, column: 9), "division by zero"))
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines),
                       "01-intro.md:5:9: error: division by zero\nprint(x / 0)\n        ^\n\n")
    }

    func testOutputAndDisplayedValue() {
        let lesson = Fixtures.lesson(markdown)
        let result = CellResult(cell: lesson.cells[0], status: .ran, output: "a\nb\n", displayedValue: "[1, 2]\n[3, 4]")
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines),
                       "  ┆ a\n  ┆ b\n  ┆ → [1, 2]\n  ┆   [3, 4]\n\n")
    }

    func testFailedDoctestShowsExpectedAndActualOnce() {
        let lesson = Fixtures.lesson("```swift\nprint(1)\n```\n\n```output\n2\n```\n")
        guard let expected = lesson.cells[0].expectedOutput else { return XCTFail("no output block") }
        let doctest = DoctestResult.compare(actual: "1\n", expected: expected, file: lesson.file)
        let result = CellResult(cell: lesson.cells[0], status: .ran, output: "1\n", doctest: doctest)
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines), """
          ┆ 1
        01-intro.md:6:1: error: output differs from the expected output on line 1 (numbers compared with relative tolerance 1e-06)
          expected: "2"
          actual:   "1"
        2
        ^


        """)
    }

    func testAFailedMultiLineDoctestAddsTheWholeExpectedBlock() {
        let lesson = Fixtures.lesson("```swift\nprint(1)\n```\n\n```output\n1\n2\n```\n")
        guard let expected = lesson.cells[0].expectedOutput else { return XCTFail("no output block") }
        let doctest = DoctestResult.compare(actual: "1\n", expected: expected, file: lesson.file)
        let result = CellResult(cell: lesson.cells[0], status: .ran, output: "1\n", doctest: doctest)
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines), """
          ┆ 1
        01-intro.md:7:1: error: output differs from the expected output on line 2 (numbers compared with relative tolerance 1e-06)
          expected: "2"
          actual:   (nothing)
        2
        ^
        expected output:
          ┆ 1
          ┆ 2


        """)
    }

    func testChecksShowTheirVerdictsWithExpectedAndActual() {
        let lesson = Fixtures.lesson(markdown)
        let result = CellResult(cell: lesson.cells[4], status: .ran, checks: [
            CheckResult(kind: .condition, message: "double(2) is 4", passed: true),
            CheckResult(kind: .equal, message: "double(3) is 6", passed: false, expected: "6", actual: "3"),
        ])
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines),
                       "✓ double(2) is 4\n✗ double(3) is 6: expected 6, got 3\n\n")
    }

    func testACellFailedOnlyByItsChecksShowsTheVerdictsNotTheError() {
        let lesson = Fixtures.lesson(markdown)
        var result = CellResult(cell: lesson.cells[4], status: .failed,
                                diagnostic: Diagnostic(at: lesson.location(line: 21, column: 1), "check of exercise 'double' failed (1 of 1): ✗ x"),
                                checks: [CheckResult(kind: .condition, message: "x", passed: false)])
        result.raisedError = false
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines), "✗ x\n\n")
    }

    func testMissingErrorWithoutDiagnosticStillExplains() {
        let lesson = Fixtures.lesson("```swift error\nlet a = 1\n```\n")
        let result = CellResult(cell: lesson.cells[0], status: .missingError)
        XCTAssertEqual(plain.renderCellCode(lesson.cells[0]), "Expected error\n2 │ let a = 1\n")
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines),
                       "error: this cell is marked `swift error` but ran without error\n\n")
    }

    func testFigureIsDrawnToTheWidth() {
        let lesson = Fixtures.lesson(markdown)
        let figure = Figure.function("y", x: [0, 1, 2, 3], y: [0, 1, 4, 9], title: "square")
        let result = CellResult(cell: lesson.cells[0], status: .ran, figures: [figure])
        let text = plain.renderCellResult(result, sourceLines: lesson.sourceLines)
        let lines = text.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 5)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of(String($0)) <= 60 }, text)
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testOutputEscapeSequencesAreNeutralisedEvenWithColour() {
        let lesson = Fixtures.lesson(markdown)
        let result = CellResult(cell: lesson.cells[0], status: .ran, output: "\u{1B}[2Jcleared\n")
        XCTAssertEqual(plain.renderCellResult(result, sourceLines: lesson.sourceLines), "  ┆ ␛[2Jcleared\n\n")
        let coloured = TerminalRenderer(width: 60, color: true).renderCellResult(result, sourceLines: lesson.sourceLines)
        XCTAssertFalse(coloured.contains("\u{1B}[2J"))
    }

    func testWholeLessonWithColourHasEscapesAndWithoutHasNone() {
        let lesson = Fixtures.lesson(markdown)
        let result = Fixtures.result(lesson) { cells in
            cells[0].status = .failed
            cells[0].diagnostic = Diagnostic(at: lesson.location(line: 5, column: 9), "division by zero")
            cells[1].output = "ready\n"
            cells[4].checks = [CheckResult(kind: .condition, message: "double(2) is 4", passed: true)]
        }
        let coloured = TerminalRenderer(width: 60, color: true).render(result)
        XCTAssertTrue(coloured.contains("\u{1B}[1;35mlet\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"), coloured)
        let text = plain.render(result)
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertEqual(text, """
        Cells
        ═════

        4 │ let x = 1
        5 │ print(x / 0)
        01-intro.md:5:9: error: division by zero
        print(x / 0)
                ^

          ┆ ready

        Exercise double (2 points)
        13 │ func double(_ n: Int) -> Int { n }

        Solution
        17 │ func double(_ n: Int) -> Int { 2 * n }

        Check
        21 │ check(double(2) == 4)
        ✓ double(2) is 4


        """)
    }

    /// `lectern step` prints the pieces one by one; they must add up to the whole rendering.
    func testPiecesPrintedInOrderGiveTheWholeLesson() {
        let lesson = Fixtures.lesson(markdown + "\n\nClosing words.\n")
        let result = Fixtures.result(lesson) { cells in
            cells[0].output = "1\n"
            cells[4].checks = [CheckResult(kind: .condition, message: "double(2) is 4", passed: true)]
        }
        var pieces = ""
        for item in lesson.items {
            switch item {
            case .prose(let block):
                pieces += plain.renderProse(block)
            case .cell(let cell):
                pieces += plain.renderCellCode(cell)
                pieces += plain.renderCellResult(result.cells[cell.index], sourceLines: lesson.sourceLines)
            }
        }
        XCTAssertEqual(pieces, plain.render(result))
        XCTAssertTrue(pieces.hasSuffix("✓ double(2) is 4\n\nClosing words.\n\n"), pieces)
    }
}
