import XCTest

/// Closed or vanishing standard streams never crash lectern or make it print a backtrace.
final class StandardStreamsTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    func testClosedStandardErrorIsNoCrash() throws {
        lectern.write("p.swift", "print(\"hi\")\nlet x = [1][3]\n")
        let result = try lectern.shell("\"$LECTERN\" run p.swift 2>&-; echo \"status $?\"")
        XCTAssertEqual(result.stdout, "hi\nstatus 1\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testClosedStandardOutputIsNoCrashAndErrorsStillShow() throws {
        lectern.write("p.swift", "print(\"hi\")\nlet x = [1][3]\n")
        let result = try lectern.shell("\"$LECTERN\" run p.swift >&-; echo \"status $?\" >&2")
        XCTAssertEqual(result.stderr, "p.swift:2:9: error: index 3 out of range for array of 1 element\nlet x = [1][3]\n        ^\nstatus 1\n")
    }

    func testAReaderThatGoesAwayEndsLecternQuietly() throws {
        lectern.write("p.swift", "for i in 0..<200_000 { print(i) }\n")
        let result = try lectern.shell("\"$LECTERN\" run p.swift | head -1")
        XCTAssertEqual(result.stdout, "0\n")
        XCTAssertEqual(result.stderr, "", "no backtrace")
    }

    func testFixWithClosedStandardErrorWritesNothingIntoTheLesson() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(2)\n```\n```output\n3\n```\n")
        _ = try lectern.shell("\"$LECTERN\" run --quiet --fix 01-a.md 2>&- >/dev/null")
        XCTAssertEqual(lectern.read("01-a.md"), "# A\n\n```swift\nprint(2)\n```\n```output\n2\n```\n")
    }
}
