import XCTest

/// The messages an author meets while writing a lesson, each as `lectern run` prints it.
final class AuthorMessagesTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    private func run(_ lesson: String, _ options: [String] = []) throws -> LecternProcess.Result {
        lectern.write("01-a.md", lesson)
        return try lectern.run(["run", "--quiet"] + options + ["01-a.md"])
    }

    func testATimeLimitErrorNamesTheOptionThatRaisesIt() throws {
        let result = try run("# A\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n", ["--timeout", "0.2", "--max-steps", "100000000000"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("time limit of 0.2 s exceeded; a cell that needs longer can have it with --timeout SECONDS"), result.stdout)
    }

    func testADoctestDiffShowsExpectedAndActualOnce() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(41)\n```\n\n```output\n43\n```\n")
        let result = try lectern.run(["run", "01-a.md"])
        XCTAssertEqual(result.status, 1)
        let cellPart = result.stdout.components(separatedBy: "✗ 01-a.md")[0]
        XCTAssertEqual(cellPart.components(separatedBy: "expected: \"43\"").count - 1, 1, cellPart)
        XCTAssertEqual(cellPart.components(separatedBy: "actual:   \"41\"").count - 1, 1, cellPart)
        XCTAssertFalse(cellPart.contains("actual output:"), cellPart)
        XCTAssertFalse(cellPart.contains("expected output:"), "a one-line block is all in the message: \(cellPart)")
    }

    func testAWrongArgumentLabelHasItsCaretOnTheLabel() throws {
        let result = try run("# A\n\n```swift\nfunc f(x: Int) -> Int { x }\nprint(f(y: 1))\n```\n")
        XCTAssertTrue(result.stdout.contains("""
        01-a.md:5:9: error: incorrect argument label in call (have 'y:', expected 'x:')
        print(f(y: 1))
                ^
        """), result.stdout)
    }

    func testANameFromACellThatDidNotParsePointsToThatCell() throws {
        let result = try run("# A\n\n```swift\nlet rate = (1 +\n```\n\n```swift\nprint(rate)\n```\n")
        XCTAssertTrue(result.stdout.contains("'rate' is unavailable because the cell at 01-a.md:4 did not parse"), result.stdout)
    }

    func testACheckWithAnUnknownExerciseIDSuggestsTheNearestWithTheCaretOnID() throws {
        let result = try run("""
        # A

        ```swift exercise id=double points=1
        func double(_ x: Int) -> Int { x * 2 }
        ```

        ```swift solution id=double
        func double(_ x: Int) -> Int { x * 2 }
        ```

        ```swift check id=doubel
        check(double(2) == 4, "doubles")
        ```
        """)
        XCTAssertTrue(result.stdout.contains("""
        01-a.md:11:16: error: no exercise with id 'doubel' comes before this check; did you mean 'double'?
        ```swift check id=doubel
                       ^
        """), result.stdout)
    }

    func testAMissingSolutionWarnsInTheTextOutput() throws {
        let result = try run("# A\n\n```swift exercise id=lonely points=1\nlet x = 1\n```\n")
        XCTAssertTrue(result.stdout.contains("01-a.md:3:1: warning: exercise 'lonely' has no solution cell"), result.stdout)
    }
}
