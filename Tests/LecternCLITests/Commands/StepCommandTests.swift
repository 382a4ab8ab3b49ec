import XCTest

final class StepCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws {
        lectern = try LecternProcess()
        lectern.write("01-a.md", """
        # Steps

        First prose.

        ```swift hidden
        var counter = 0
        ```

        ```swift
        counter += 1
        print("counter", counter)
        ```

        Middle prose.

        ```swift
        print("last")
        ```
        """)
    }

    override func tearDown() { lectern.remove() }

    func testPipedInputRunsReRunsAndQuits() throws {
        // Enter runs cell 1, "r" re-runs it, Enter moves on, "q" quits before the last cell.
        let result = try lectern.run(["step", "01-a.md"], input: "\nr\n\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("First prose."))
        XCTAssertTrue(result.stdout.contains("counter 1"))
        XCTAssertTrue(result.stdout.contains("counter 2"), "r re-runs the cell in the same session")
        XCTAssertTrue(result.stdout.contains("Middle prose."))
        XCTAssertFalse(result.stdout.contains("┆ last"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Stopped."))
    }

    func testEndOfInputStops() throws {
        let result = try lectern.run(["step", "01-a.md"], input: "")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("(end of input)"))
        XCTAssertFalse(result.stdout.contains("counter 1"))
    }

    func testEveryCellWhenEnterIsAlwaysPressed() throws {
        let result = try lectern.run(["step", "01-a.md"], input: String(repeating: "\n", count: 10))
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("counter 1"))
        XCTAssertTrue(result.stdout.contains("last"))
        XCTAssertFalse(result.stdout.contains("Stopped."))
    }
}
