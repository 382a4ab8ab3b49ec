import XCTest

/// `lectern grade`, `lectern gradebook export`: outputs, exit statuses, resume, similarity.
final class GradeCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    private let lesson = """
    # Twice

    ```swift exercise id=twice points=2
    func twice(_ x: Int) -> Int { return x }
    ```

    ```swift solution id=twice
    func twice(_ x: Int) -> Int { return 2 * x }
    ```

    ```swift check id=twice
    expectEqual(twice(2), 4, "twice 2 is 4")
    ```

    ```swift check id=twice hidden
    expectEqual(twice(-3), -6, "negative numbers")
    ```
    """

    private func submission(_ body: String) -> String {
        "# Twice\n\n```swift exercise id=twice points=2\n\(body)\n```\n\n```swift check id=twice\nexpectEqual(twice(2), 4, \"twice 2 is 4\")\n```\n"
    }

    func testGradesAClassIntoCSVJSONAndFeedback() throws {
        lectern.write("twice.md", lesson)
        lectern.write("class/ann.md", submission("func twice(_ x: Int) -> Int { x + x }"))
        lectern.write("class/ben/twice.md", submission("func twice(_ x: Int) -> Int { 4 }"))
        lectern.write("class/cat.md", submission("func twice(_ x: Int) -> Int { while true {}; return 0 }"))
        let result = try lectern.run(["grade", "twice.md", "class", "--out", "out", "--jobs", "2", "--max-steps", "20000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(lectern.read("out/grades.csv"), """
        student,twice,total,possible,findings
        ann,2,2,2,
        ben,1,1,2,
        cat,0,0,2,"cat.md:4:31: execution step limit of 20000 exceeded (infinite loop?) (in your code, called from a check)"

        """)
        XCTAssertTrue(result.stdout.contains("graded 3 submissions with 2 workers"), result.stdout)
        let feedback = lectern.read("out/feedback/ben.html")
        XCTAssertTrue(feedback.contains("1 of 2 points"))
        XCTAssertTrue(feedback.contains("negative numbers <em>(hidden)</em>"))
        XCTAssertFalse(feedback.contains("-6"), "a hidden check's values never show")
        XCTAssertTrue(lectern.read("out/grades.json").contains("\"student\" : \"ben\""))

        let again = try lectern.run(["grade", "twice.md", "class", "--out", "out", "--resume", "--max-steps", "20000"])
        XCTAssertTrue(again.stdout.contains("graded 0 submissions (3 unchanged, kept from the last run)"), again.stdout)
    }

    func testGradebookAndCourseCSV() throws {
        lectern.write("twice.md", lesson)
        lectern.write("class/ann.md", submission("func twice(_ x: Int) -> Int { x + x }"))
        let graded = try lectern.run(["grade", "twice.md", "class", "--out", "out", "--gradebook", "course.sqlite"])
        XCTAssertEqual(graded.status, 0, graded.stderr)
        XCTAssertTrue(graded.stdout.contains("recorded 1 students in course.sqlite"), graded.stdout)
        let export = try lectern.run(["gradebook", "export", "course.sqlite"])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "student,twice,total,possible\n(possible),2,2,\nann,2,2,2\n")
        XCTAssertEqual(try lectern.run(["gradebook", "export", "missing.sqlite"]).status, 2)
    }

    func testSimilarityReportIsWritten() throws {
        lectern.write("twice.md", lesson)
        let copied = "func twice(_ x: Int) -> Int {\n    var total = 0\n    for _ in 0..<2 { total += x }\n    return total\n}"
        lectern.write("class/ann.md", submission(copied))
        lectern.write("class/ben.md", submission(copied.replacingOccurrences(of: "total", with: "sum")))
        lectern.write("class/cy.md", submission("func twice(_ x: Int) -> Int { x * 2 }"))
        let result = try lectern.run(["grade", "twice.md", "class", "--out", "out", "--similarity"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("ann ~ ben  100 %"), result.stdout)
        XCTAssertTrue(lectern.read("out/similarity.html").contains("ann ~ ben"))
        XCTAssertTrue(lectern.read("out/similarity/ann--ben.html").contains("<mark class=\"match\">"))
    }

    func testTheInstructorsOwnInputProblemsExitWithTwo() throws {
        lectern.write("twice.md", lesson)
        lectern.write("broken.md", "# Broken\n\n```swift hiden\nlet x = 1\n```\n")
        lectern.write("class/ann.md", submission("func twice(_ x: Int) -> Int { x + x }"))
        XCTAssertEqual(try lectern.run(["grade", "missing.md", "class", "--out", "out"]).status, 2)
        XCTAssertEqual(try lectern.run(["grade", "twice.md", "nowhere", "--out", "out"]).status, 2)
        let broken = try lectern.run(["grade", "broken.md", "class", "--out", "out"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("the lesson has errors"), broken.stderr)
        XCTAssertEqual(try lectern.run(["grade", "twice.md", "class", "--out", "out", "--jobs", "0"]).status, 2)
        // A bad submission is a finding, not an error: the batch is graded.
        lectern.write("class/junk.md", "\u{0}\u{1}")
        XCTAssertEqual(try lectern.run(["grade", "twice.md", "class", "--out", "out"]).status, 0)
    }
}
