import XCTest

final class RunCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    func testCleanLessonExitsZeroAndShowsProseCodeAndOutput() throws {
        lectern.write("01-a.md", "# Alpha\n\nSome prose.\n\n```swift\nlet x = 6 * 7\nprint(x)\n```\n\n```output\n42\n```\n")
        let result = try lectern.run(["run", "01-a.md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Some prose."))
        XCTAssertTrue(result.stdout.contains("let x = 6 * 7"))
        XCTAssertTrue(result.stdout.contains("42"))
        XCTAssertTrue(result.stdout.hasSuffix("✓ 01-a.md: 1 cell ran, no errors (" + result.stdout.suffix(8).prefix(4) + " s)\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    func testLessonErrorExitsOneWithLocatedCaret() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nlet xs = [1, 2, 3]\nprint(xs[3])\n```\n\n```swift\nprint(\"after\")\n```\n")
        let result = try lectern.run(["run", "--quiet", "01-a.md"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("""
        01-a.md:5:7: error: index 3 out of range for array of 3 elements
        print(xs[3])
              ^
        """), result.stdout)
        XCTAssertTrue(result.stdout.contains("✗ 01-a.md: 2 cells ran, 1 error"), result.stdout)
    }

    func testInfiniteLoopMeetsTheStepBudget() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n")
        let result = try lectern.run(["run", "--quiet", "--max-steps", "100000", "01-a.md"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("01-a.md:5:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("step limit"), result.stdout)
    }

    func testMissingFileIsAUsageErrorButOtherLessonsStillRun() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(\"ran\")\n```\n")
        let result = try lectern.run(["run", "--quiet", "nope.md", "01-a.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "lectern: error: nope.md: no such file or directory\n")
        XCTAssertTrue(result.stdout.contains("✓ 01-a.md: 1 cell ran"), result.stdout)
    }

    func testNotALessonAndBadOptionsAreUsageErrors() throws {
        lectern.write("notes.md", "no title\n")
        XCTAssertEqual(try lectern.run(["run", "notes.md"]).status, 2)
        let badOption = try lectern.run(["run", "--max-steps", "0", "notes.md"])
        XCTAssertEqual(badOption.status, 2)
        XCTAssertTrue(badOption.stderr.contains("--max-steps must be positive"), badOption.stderr)
        XCTAssertEqual(try lectern.run(["run"]).status, 2)
    }

    func testJSONFormat() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(\"hi\")\n```\n\n```swift\nlet q = [1][2]\n```\n")
        let result = try lectern.run(["run", "--format", "json", "01-a.md"])
        XCTAssertEqual(result.status, 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let lessons = object?["lessons"] as? [[String: Any]]
        XCTAssertEqual(lessons?.first?["file"] as? String, "01-a.md")
        XCTAssertEqual(lessons?.first?["title"] as? String, "A")
        let cells = lessons?.first?["cells"] as? [[String: Any]]
        XCTAssertEqual(cells?.count, 2)
        XCTAssertEqual(cells?[0]["line"] as? Int, 4)
        XCTAssertEqual(cells?[0]["kind"] as? String, "run")
        XCTAssertEqual(cells?[0]["output"] as? String, "hi\n")
        XCTAssertTrue(cells?[0]["error"] is NSNull)
        let error = cells?[1]["error"] as? [String: Any]
        XCTAssertEqual(error?["line"] as? Int, 8)
        XCTAssertEqual(error?["column"] as? Int, 9)
    }

    func testSwiftFileRunsLikeAProgram() throws {
        lectern.write("p.swift", "func f(_ n: Int) -> Int { n < 2 ? n : f(n - 1) + f(n - 2) }\nprint(f(15))\n")
        let result = try lectern.run(["run", "p.swift"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "610\n")
    }

    func testColourOnlyWhenAskedAndNeverUnderNoColor() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(1)\n```\n")
        XCTAssertTrue(try lectern.run(["run", "--color", "always", "01-a.md"]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try lectern.run(["run", "01-a.md"], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
    }

    func testFolderRunsInCourseOrder() throws {
        lectern.write("course/02-b.md", "# B\n\n```swift\nprint(\"second\")\n```\n")
        lectern.write("course/01-a.md", "# A\n\n```swift\nprint(\"first\")\n```\n")
        lectern.write("course/README.md", "# Not a lesson\n")
        let result = try lectern.run(["run", "--quiet", "course"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("✓ course/01-a.md: 1 cell ran, no errors"))
        XCTAssertTrue(result.stdout.contains("2 lessons, all passed"))
        let first = try XCTUnwrap(result.stdout.range(of: "01-a.md"))
        let second = try XCTUnwrap(result.stdout.range(of: "02-b.md"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
    }

    func testTrainingProgressNeverReachesAPipe() throws {
        lectern.write("01-a.md", """
        # A

        ```swift
        import MLCore
        let data = try Datasets.xor(count: 40, seed: 1)
        let model = try MLP([2, 4, 1], activation: .tanh, output: .sigmoid, seed: 2)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.05), epochs: 30)
        print(history.epochs)
        ```
        """)
        let result = try lectern.run(["run", "--quiet", "01-a.md"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stderr, "", "the progress bar is drawn only on a terminal")
    }
}
