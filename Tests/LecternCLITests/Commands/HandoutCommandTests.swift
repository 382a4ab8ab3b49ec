import XCTest

/// `lectern handout` and `lectern export --handout`: nothing withheld reaches the students.
final class HandoutCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    private let lesson = """
    # Twice

    ```swift exercise id=twice points=2
    func twice(_ x: Int) -> Int { return x }
    ```

    ```swift solution id=twice
    func twice(_ x: Int) -> Int { return 2 * x } // SOLUTION
    ```

    ```swift check id=twice
    expectEqual(twice(2), 4, "twice 2 is 4")
    ```

    ```swift check id=twice hidden
    expectEqual(twice(-3), -6, "HIDDEN negative numbers")
    ```
    """

    func testHandoutFilesAndDataAndTheStudentsSite() throws {
        lectern.write("L/01-twice.md", lesson)
        lectern.write("L/data.csv", "1,2\n")
        let handout = try lectern.run(["handout", "L", "--out", "students"])
        XCTAssertEqual(handout.status, 0, handout.stderr)
        XCTAssertEqual(handout.stdout, "wrote students/01-twice.md\n")
        let text = lectern.read("students/01-twice.md")
        XCTAssertFalse(text.contains("SOLUTION") || text.contains("HIDDEN"), text)
        XCTAssertTrue(text.contains("expectEqual(twice(2), 4"))
        XCTAssertEqual(lectern.read("students/data.csv"), "1,2\n")

        let site = try lectern.run(["export", "L", "--out", "site", "--handout"])
        XCTAssertEqual(site.status, 0, site.stderr)  // the starter failing its checks is no error here
        for name in ["01-twice.html", "index.html"] {
            let page = lectern.read("site/" + name)
            XCTAssertFalse(page.contains("SOLUTION") || page.contains("HIDDEN") || page.contains("2 * x"), name)
        }
        XCTAssertTrue(lectern.read("site/01-twice.html").contains("✗ twice 2 is 4: expected 4, got 2"))
        XCTAssertEqual(try lectern.run(["export", "L", "--out", "site", "--handout", "--with-solutions"]).status, 2)
    }
}
