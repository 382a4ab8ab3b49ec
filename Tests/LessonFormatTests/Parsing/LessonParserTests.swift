import XCTest
@testable import LessonFormat

final class LessonParserTests: XCTestCase {
    private func parse(_ text: String) -> Lesson { LessonParser.parse(text, file: "l.md") }

    func testTitleProseAndCellLines() {
        let lesson = parse("""
        # The perceptron

        Some *prose*.

        ```swift
        let a = 1
        print(a)
        ```

        ```output
        1
        ```
        """)
        XCTAssertEqual(lesson.title, "The perceptron")
        XCTAssertEqual(lesson.cells.count, 1)
        let cell = lesson.cells[0]
        XCTAssertEqual(cell.kind, .run)
        XCTAssertEqual(cell.code, "let a = 1\nprint(a)\n")
        XCTAssertEqual(cell.fenceLine, 5)
        XCTAssertEqual(cell.firstCodeLine, 6)
        XCTAssertEqual(cell.columnOffsets, [0, 0])
        XCTAssertEqual(cell.expectedOutput, ExpectedOutput(text: "1\n", fenceLine: 10))
        XCTAssertTrue(lesson.diagnostics.isEmpty)
        XCTAssertEqual(lesson.items.count, 3)  // heading, paragraph, cell (the output attaches)
    }

    func testTildesAndLongerFences() {
        let lesson = parse("""
        # T

        ~~~swift
        print("tilde")
        ~~~

        ````swift hidden
        let fence = "```"
        ````
        """)
        XCTAssertEqual(lesson.cells.map(\.kind), [.run, .hidden])
        XCTAssertEqual(lesson.cells[0].code, "print(\"tilde\")\n")
        XCTAssertEqual(lesson.cells[1].code, "let fence = \"```\"\n")
        XCTAssertEqual(lesson.cells[1].fenceLine, 7)
    }

    func testFencesInsideListsAndBlockQuotesAreCellsWithColumnOffsets() {
        let lesson = parse("""
        # T

        1. First step:

           ```swift
           let x = 2
           ```

        > A quote with code:
        >
        > ```swift
        > print(x)
        > ```
        """)
        XCTAssertEqual(lesson.cells.count, 2)
        XCTAssertEqual(lesson.cells[0].code, "let x = 2\n")
        XCTAssertEqual(lesson.cells[0].fenceLine, 5)
        XCTAssertEqual(lesson.cells[0].columnOffsets, [3])
        XCTAssertEqual(lesson.cells[0].markdownPosition(line: 1, column: 5).column, 8)
        XCTAssertEqual(lesson.cells[1].code, "print(x)\n")
        XCTAssertEqual(lesson.cells[1].fenceLine, 11)
        XCTAssertEqual(lesson.cells[1].columnOffsets, [2])
    }

    func testIndentedCodeAndOtherLanguagesAreNotCells() {
        let lesson = parse("""
        # T

            let indented = 1

        ```python
        print("py")
        ```

        ```
        no info
        ```

        Inline `swift` code.
        """)
        XCTAssertTrue(lesson.cells.isEmpty)
        let codeBlocks = lesson.items.filter { if case .prose(.codeBlock) = $0 { return true } else { return false } }
        XCTAssertEqual(codeBlocks.count, 3)
    }

    func testUnknownAttributeIsALocatedErrorAndTheCellIsNotRun() {
        let lesson = parse("""
        # T

        ```swift hiden
        print(1)
        ```
        """)
        XCTAssertEqual(lesson.cells.map(\.kind), [.norun])
        XCTAssertEqual(lesson.diagnostics.map(\.header), [
            "l.md:3:10: error: unknown attribute 'hiden' (expected one of: hidden, norun, error, exercise, solution, check, varies, id=NAME, points=N)",
        ])
    }

    func testOutputWithoutACellIsAnError() {
        let lesson = parse("""
        # T

        Text.

        ```output
        1
        ```
        """)
        XCTAssertEqual(lesson.diagnostics.map(\.header), [
            "l.md:5:1: error: an output block must come right after the swift cell whose output it shows",
        ])
    }

    func testAVariesCellHasNoOutputBlock() {
        let lesson = parse("""
        # T

        ```swift varies
        print("took", 1.5, "s")
        ```

        ```output
        took 1.5 s
        ```
        """)
        XCTAssertEqual(lesson.cells.map(\.varies), [true])
        XCTAssertNil(lesson.cells[0].expectedOutput)
        XCTAssertEqual(lesson.diagnostics.map(\.header), [
            "l.md:7:1: error: a 'varies' cell prints something else on every run, so it cannot have an output block",
        ])
    }

    func testExerciseSolutionCheckValidation() {
        let lesson = parse("""
        # T

        ```swift solution id=ghost
        ```

        ```swift exercise id=a points=2
        var w = 0.0
        ```

        ```swift exercise id=a
        ```

        ```swift solution id=a
        var w = 1.0
        ```

        ```swift check id=a hidden
        print(w)
        ```
        """)
        XCTAssertEqual(lesson.cells.map(\.kind), [
            .norun, .exercise(id: "a", points: 2), .norun, .solution(id: "a"), .check(id: "a", hidden: true),
        ])
        XCTAssertEqual(lesson.diagnostics.map(\.header), [
            "l.md:3:19: error: no exercise with id 'ghost' comes before this solution",
            "l.md:10:4: error: duplicate exercise id 'a'",
        ])
    }

    func testExerciseWithoutSolutionIsAWarning() {
        let lesson = parse("""
        # T

        ```swift exercise id=lonely
        ```
        """)
        XCTAssertEqual(lesson.diagnostics.map(\.header), ["l.md:3:1: warning: exercise 'lonely' has no solution cell"])
    }

    func testNoTitle() {
        XCTAssertNil(parse("Just text.\n").title)
        XCTAssertEqual(parse("## Sub\n\n# Real title\n").title, "Real title")
    }

    func testHeadingsForTableOfContents() {
        let lesson = parse("# A\n\n## B *c*\n\ntext\n\n### D\n")
        XCTAssertEqual(lesson.headings.map(\.text), ["A", "B c", "D"])
        XCTAssertEqual(lesson.headings.map(\.level), [1, 2, 3])
        XCTAssertEqual(lesson.headings.map(\.line), [1, 3, 7])
    }

    func testHostileNestingDoesNotCrash() {
        let deep = String(repeating: ">", count: 5_000) + " text\n" + String(repeating: "[", count: 10_000)
        let lesson = parse("# T\n\n" + deep)
        XCTAssertEqual(lesson.title, "T")
    }

    func testUnterminatedFenceRunsToTheEnd() {
        let lesson = parse("# T\n\n```swift\nprint(1)\n")
        XCTAssertEqual(lesson.cells.map(\.code), ["print(1)\n"])
    }
}
