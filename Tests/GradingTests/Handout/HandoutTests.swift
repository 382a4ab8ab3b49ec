import XCTest
@testable import Grading
import LessonFormat
import Outcomes
import Runner
import Site

/// The student edition: no solution and no hidden check anywhere, everything else byte for byte.
final class HandoutTests: XCTestCase {
    private let markdown = """
    # Handout

    Prose stays.

    ```swift exercise id=twice points=2
    func twice(_ x: Int) -> Int { return x }
    ```

    ```swift solution id=twice
    func twice(_ x: Int) -> Int { return x << 1 } // SECRET-SOLUTION
    ```

    ```output
    SECRET-OUTPUT
    ```

    ```swift check id=twice
    expectEqual(twice(2), 4, "twice 2 is 4")
    ```

    ```swift check id=twice hidden
    let secretCases = [7, 9] // SECRET-HIDDEN
    for c in secretCases { expectEqual(twice(c), 2 * c, "more cases") }
    ```

    > ```swift solution id=twice
    > // SECRET-QUOTED
    > ```

    The end.
    """

    func testRemovesSolutionsHiddenChecksAndTheirOutputAndKeepsTheRest() {
        let lesson = LessonParser.parse(markdown, file: "01-handout.md")
        XCTAssertEqual(Handout.text(of: lesson), """
        # Handout

        Prose stays.

        ```swift exercise id=twice points=2
        func twice(_ x: Int) -> Int { return x }
        ```

        ```swift check id=twice
        expectEqual(twice(2), 4, "twice 2 is 4")
        ```

        The end.
        """)
    }

    func testAHandoutOfAHandoutIsTheSameAndItIsSound() {
        let lesson = LessonParser.parse(markdown, file: "01-handout.md")
        let handout = Handout.text(of: lesson)
        XCTAssertEqual(Handout.text(of: LessonParser.parse(handout, file: "01-handout.md")), handout)
        XCTAssertEqual(Handout.problems(in: handout, of: lesson, file: "01-handout.md"), [])
        XCTAssertEqual(Handout.withheldLines(of: lesson).filter { $0.contains("SECRET") }.count, 4)
    }

    func testAHandoutThatLeaksIsCaught() {
        let lesson = LessonParser.parse(markdown, file: "01-handout.md")
        let leaky = Handout.text(of: lesson) + "\n\nlet secretCases = [7, 9] // SECRET-HIDDEN\n"
        XCTAssertEqual(Handout.problems(in: leaky, of: lesson, file: "01-handout.md"),
                       ["the handout contains a line of a solution or hidden check: let secretCases = [7, 9] // SECRET-HIDDEN"])
    }

    func testCarriageReturnsAndEverythingOutsideTheRemovedCellsStayByteForByte() {
        let crlf = markdown.replacingOccurrences(of: "\n", with: "\r\n")
        let lesson = LessonParser.parse(crlf, file: "01-handout.md")
        let handout = Handout.text(of: lesson)
        XCTAssertTrue(handout.hasPrefix("# Handout\r\n\r\nProse stays.\r\n"))
        XCTAssertFalse(handout.contains("SECRET"))
    }

    /// The example lesson's handout and the students' site built from it hold none of the
    /// withheld lines, in any file.
    func testTheStudentsSiteHasNoSolutionOrHiddenCheckText() {
        let lesson = GradingFixtures.lesson
        let withheld = Handout.withheldLines(of: lesson)
        XCTAssertGreaterThan(withheld.count, 5)
        let handout = Handout.text(of: lesson)
        let shown = LessonParser.parse(handout, file: "lesson.md")
        let result = LessonRunner(lesson: shown, options: RunOptions(exercises: .starters)).runAll()
        let files = SiteBuilder(options: SiteOptions(courseTitle: "Course")).build([result])
        for line in withheld {
            XCTAssertFalse(handout.contains(line), line)
            for file in files {
                XCTAssertFalse(file.contents.contains(line), "\(file.path) contains \(line)")
                XCTAssertFalse(file.contents.contains(HTMLEscapingForTests.escape(line)), "\(file.path) contains \(line)")
            }
        }
        // The hidden checks' messages are not there either.
        XCTAssertFalse(files.contains { $0.contents.contains("two decimals") || $0.contents.contains("all wrong is 0") })
        // The starters ran and their visible checks show.
        XCTAssertTrue(files.contains { $0.contents.contains("the mean of 1, 2, 3, 6 is 3") })
    }
}

/// The same escaping the site applies, so a withheld line cannot hide behind `&quot;`.
enum HTMLEscapingForTests {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
