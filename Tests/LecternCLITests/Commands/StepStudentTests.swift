import XCTest

/// `lectern step` for a student: their own exercise code runs (never the solution, never
/// shown), `r` picks up an edit, `b` goes back, unknown keys list the keys, long prose pages,
/// and a skipped cell is named when a later cell needs it and in the summary.
final class StepStudentTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws {
        lectern = try LecternProcess()
        lectern.write("03-ex.md", """
        # Exercise

        ```swift
        let base = 10
        ```

        ```swift exercise id=double points=1
        func double(_ x: Int) -> Int { x }
        print("double:", double(base))
        ```

        ```swift solution id=double
        func double(_ x: Int) -> Int { SECRET_SOLUTION_MARK(x) }
        ```

        ```swift
        print("after", base)
        ```
        """)
    }

    override func tearDown() { lectern.remove() }

    func testAnExerciseRunsTheStudentsCodeAndTheSolutionNeverShows() throws {
        let result = try lectern.run(["step", "03-ex.md"], input: String(repeating: "\n", count: 10))
        XCTAssertTrue(result.stdout.contains("double: 10"), "the starter ran: \(result.stdout)")
        XCTAssertFalse(result.stdout.contains("SECRET_SOLUTION_MARK"), result.stdout)
        XCTAssertTrue(result.stdout.contains("after 10"), result.stdout)
        let instructor = try lectern.run(["step", "--with-solutions", "03-ex.md"], input: String(repeating: "\n", count: 10))
        XCTAssertTrue(instructor.stdout.contains("SECRET_SOLUTION_MARK"), instructor.stdout)
    }

    func testRereadPicksUpAnEditAndBackGoesToTheCellBefore() throws {
        // Run the first cell, then at the exercise's prompt edit the file and press r, run it.
        let script = """
        printf '\\n\\n' ; sleep 0.3
        sed -i 's/{ x }/{ x * 2 }/' 03-ex.md
        printf 'r\\n\\n' ; printf 'b\\n\\n\\n\\n\\n\\n'
        """
        let result = try lectern.shell("(\(script)) | \"$LECTERN\" step 03-ex.md")
        XCTAssertTrue(result.stdout.contains("(re-read 03-ex.md)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("double: 20"), "the edited exercise ran: \(result.stdout)")
        XCTAssertFalse(result.stdout.contains("double: 10"), result.stdout)
        let firstCell = result.stdout.components(separatedBy: "let base = 10").count - 1
        XCTAssertEqual(firstCell, 2, "b showed the first cell again: \(result.stdout)")
    }

    func testAnUnknownKeySaysWhichKeysThereAre() throws {
        let result = try lectern.run(["step", "03-ex.md"], input: "x\nq\n")
        XCTAssertTrue(result.stdout.contains("unknown key 'x'; the keys are: ⏎ run · s skip · b back · r re-read · q quit\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("after"))
    }

    func testASkippedCellIsNamedWhenALaterCellNeedsItAndInTheSummary() throws {
        let result = try lectern.run(["step", "03-ex.md"], input: "s\n\n\n\n\n\n")
        XCTAssertTrue(result.stdout.contains("'base' is unavailable because the cell at 03-ex.md:4 was skipped"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("skipped: 03-ex.md:4\n"), result.stdout)
    }

    func testLongProsePagesThroughAPager() throws {
        let paragraphs = (1...12).map { "Paragraph \($0)." }.joined(separator: "\n\n")
        lectern.write("04-long.md", "# Long\n\n\(paragraphs)\n\n```swift\nprint(\"cell\")\n```\n")
        let result = try lectern.run(["step", "--page-lines", "8", "04-long.md"], input: "\n\n\n\n\n\n")
        let pagerPrompts = result.stdout.components(separatedBy: "— more (").count - 1
        XCTAssertGreaterThanOrEqual(pagerPrompts, 2, result.stdout)
        XCTAssertTrue(result.stdout.contains("Paragraph 12."))
        XCTAssertTrue(result.stdout.contains("cell\n"), result.stdout)
        let quit = try lectern.run(["step", "--page-lines", "8", "04-long.md"], input: "q\n")
        XCTAssertFalse(quit.stdout.contains("Paragraph 12."), quit.stdout)
    }
}
