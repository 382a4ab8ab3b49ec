import XCTest
import LessonFormat
import Interpreter
import Outcomes
@testable import Runner

final class LessonRunnerTests: XCTestCase {
    private func run(_ markdown: String, exercises: ExerciseMode = .solutions) -> LessonResult {
        let lesson = LessonParser.parse(markdown, file: "Lessons/07-test.md")
        return LessonRunner(lesson: lesson, options: RunOptions(exercises: exercises)).runAll()
    }

    func testCellsShareOneSessionInOrder() {
        let result = run("""
        # T

        ```swift
        let a = 20
        print("a is", a)
        ```

        Prose between.

        ```swift
        print(a + 1)
        a * 2
        ```
        """)
        XCTAssertEqual(result.cells.map(\.status), [.ran, .ran])
        XCTAssertEqual(result.cells.map(\.output), ["a is 20\n", "21\n"])
        XCTAssertEqual(result.cells[1].displayedValue, "40")
        XCTAssertTrue(result.isSuccess)
    }

    func testRuntimeErrorIsLocatedInTheMarkdownFile() {
        let result = run("""
        # T

        - A list item:

          ```swift
          let xs = [1, 2, 3]
          print(xs[5])
          ```
        """)
        XCTAssertEqual(result.cells[0].status, .failed)
        XCTAssertEqual(result.cells[0].diagnostic?.location, SourceLocation(file: "Lessons/07-test.md", line: 7, column: 9))
        XCTAssertFalse(result.isSuccess)
    }

    func testExpectedErrorCellShowsTheRenderedError() {
        let result = run("""
        # T

        ```swift error
        let n = 2
        let w = 1.5
        print(w * n)
        ```
        """)
        XCTAssertEqual(result.cells[0].status, .expectedError)
        XCTAssertTrue(result.cells[0].output.hasPrefix("07-test.md:6:"), result.cells[0].output)
        XCTAssertTrue(result.cells[0].output.contains("print(w * n)\n"))
        XCTAssertTrue(result.isSuccess)
    }

    func testErrorCellThatRunsCleanlyIsALessonError() {
        let result = run("# T\n\n```swift error\nprint(1)\n```\n")
        XCTAssertEqual(result.cells[0].status, .missingError)
        XCTAssertEqual(result.errors.map(\.header), [
            "Lessons/07-test.md:3:1: error: this cell is marked 'swift error' but ran without an error",
        ])
    }

    func testDoctestsPassAndFail() {
        let result = run("""
        # T

        ```swift
        print(0.1 + 0.2)
        ```

        ```output
        0.3
        ```

        ```swift
        print("one")
        ```

        ```output
        two
        ```
        """)
        XCTAssertEqual(result.cells.map { $0.doctest?.passed }, [true, false])
        XCTAssertEqual(result.errors.map(\.location.line), [16])
    }

    func testSolutionRunsInsteadOfTheStarterAndStartersModeDoesTheOpposite() {
        let markdown = """
        # T

        ```swift exercise id=double points=2
        func double(_ x: Int) -> Int { return 0 }
        ```

        ```swift solution id=double
        func double(_ x: Int) -> Int { return 2 * x }
        ```

        ```swift check id=double
        print(double(21))
        ```
        """
        let instructor = run(markdown)
        XCTAssertEqual(instructor.cells.map(\.status), [.notRun, .ran, .ran])
        XCTAssertEqual(instructor.cells[2].output, "42\n")
        let student = run(markdown, exercises: .starters)
        XCTAssertEqual(student.cells.map(\.status), [.ran, .notRun, .ran])
        XCTAssertEqual(student.cells[2].output, "0\n")
    }

    func testCheckWithAFailedVerdictFailsTheLesson() {
        let markdown = """
        # T

        ```swift exercise id=sq
        func square(_ x: Int) -> Int { return x + x }
        ```

        ```swift check id=sq
        expectEqual(square(3), 9, "square(3) is 9")
        check(square(2) == 4, "square(2) is 4")
        ```
        """
        let result = run(markdown)
        XCTAssertEqual(result.cells.map(\.status), [.ran, .failed])
        XCTAssertEqual(result.cells[1].checks.map(\.passed), [false, true])
        XCTAssertTrue(result.cells[1].failedOnlyByChecks)
        XCTAssertEqual(result.errors.map(\.header), [
            "Lessons/07-test.md:8:1: error: check of exercise 'sq' failed (1 of 2): ✗ square(3) is 9: expected 9, got 6",
        ])
    }

    func testPrintingAVerdictProvesNothing() {
        let markdown = """
        # T

        ```swift exercise id=sq
        func square(_ x: Int) -> Int { return x + x }
        ```

        ```swift check id=sq
        print("✓ square(3) is 9")
        expectEqual(square(3), 9, "square(3) is 9")
        ```
        """
        let result = run(markdown)
        XCTAssertEqual(result.cells[1].status, .failed)
        XCTAssertEqual(result.cells[1].checks.map(\.passed), [false])
        XCTAssertEqual(result.cells[1].output, "✓ square(3) is 9\n")
    }

    func testAStudentsExerciseRunsFromTheirFileAndErrorsPointThere() {
        let markdown = """
        # T

        ```swift exercise id=sq
        func square(_ x: Int) -> Int { return x + x }
        ```

        ```swift check id=sq
        expectEqual(square(3), 9, "square(3) is 9")
        ```
        """
        let submission = LessonParser.parse("# T\n\ntext\n\n```swift exercise id=sq\nfunc square(_ x: Int) -> Int {\n    var n = 0\n    while true { n += 1 }\n}\n```\n", file: "alice.md")
        guard let theirs = submission.cells.first else { return XCTFail("no cell") }
        let code = ExerciseCode(cell: theirs, file: "alice.md", sourceLines: submission.sourceLines.map(String.init))
        var limits = ExecutionLimits.default
        limits.maxSteps = 10_000
        let lesson = LessonParser.parse(markdown, file: "Lessons/07-test.md")
        let result = LessonRunner(lesson: lesson, options: RunOptions(exercises: .starters, exerciseChoices: ["sq": .code(code)],
                                                                       exerciseLimits: limits)).runAll()
        XCTAssertEqual(result.cells[0].cell.firstCodeLine, 6)
        XCTAssertEqual(result.cells[1].diagnostic?.header, "Lessons/07-test.md:8:13: error: execution step limit of 10000 exceeded (infinite loop?)")
        XCTAssertEqual(result.cells[1].errorOrigin, SourceLocation(file: "alice.md", line: 8, column: 5))
    }

    func testInvalidCellIsReportedOnceAndNotRun() {
        let result = run("# T\n\n```swift hiden\nprint(1)\n```\n")
        XCTAssertEqual(result.cells.map(\.status), [.invalid])
        XCTAssertEqual(result.errors.count, 1)
        XCTAssertEqual(result.errors.first?.location.line, 3)
    }

    func testLaterCellLearnsThatTheDefiningCellFailed() {
        let result = run("""
        # T

        ```swift
        let model = [1, 2][7]
        ```

        ```swift
        print(model)
        ```
        """)
        XCTAssertEqual(result.cells.map(\.status), [.failed, .failed])
        XCTAssertTrue(result.cells[1].diagnostic?.message.contains("07-test.md:4") ?? false,
                      result.cells[1].diagnostic?.message ?? "no diagnostic")
    }

    func testRunawayRecursionIsAnErrorNotACrash() {
        let result = run("""
        # T

        ```swift
        func down(_ n: Int) -> Int { return down(n + 1) + 1 }
        print(down(0))
        ```

        ```swift
        print("still here")
        ```
        """)
        XCTAssertEqual(result.cells.map(\.status), [.failed, .ran])
        XCTAssertEqual(result.cells[1].output, "still here\n")
    }
}
