import XCTest
@testable import Grading
import LessonFormat
import Outcomes

/// Exercise cells are taken by id; a missing, duplicated or unknown id is one finding.
final class SubmittedExercisesTests: XCTestCase {
    private func exercises(_ text: String) -> SubmittedExercises {
        SubmittedExercises(submission: LessonParser.parse(text, file: "bob.md"), lessonExercises: ["a", "b"])
    }

    private let cellA = "```swift exercise id=a\nlet a = 1\n```\n"
    private let cellB = "```swift exercise id=b\nlet b = 2\n```\n"

    func testCellsAreTakenById() {
        let found = exercises("# L\n\n" + cellB + "\n" + cellA)
        XCTAssertEqual(found.cells.keys.sorted(), ["a", "b"])
        XCTAssertEqual(found.cells["a"]?.code, "let a = 1\n")
        XCTAssertEqual(found.findings, [])
    }

    func testMissing() {
        XCTAssertEqual(exercises("# L\n\n" + cellA).findings.map(\.header),
                       ["exercise 'b' is missing (no ```swift exercise id=b cell); it scored 0"])
    }

    func testDuplicatedKeepsTheFirst() {
        let found = exercises("# L\n\n" + cellA + "\n```swift exercise id=a\nlet a = 9\n```\n\n" + cellB)
        XCTAssertEqual(found.cells["a"]?.code, "let a = 1\n")
        XCTAssertEqual(found.findings.map(\.header),
                       ["bob.md:7:4: exercise 'a' appears twice; the cell at line 3 was graded, this one was not"])
    }

    func testUnknownAndRenamed() {
        XCTAssertEqual(exercises("# L\n\n" + cellA + "\n" + cellB + "\n```swift exercise id=c\nlet c = 3\n```\n").findings.map(\.header),
                       ["bob.md:11:1: exercise 'c' is not in the lesson; it was not graded"])
        XCTAssertEqual(exercises("# L\n\n" + cellA + "\n```swift exercise id=bb\nlet b = 2\n```\n").findings.map(\.header),
                       ["bob.md:7:1: exercise 'bb' is not in the lesson (was it 'b'?); 'b' is missing and scored 0"])
    }

    func testNotALessonIsOneFinding() {
        let found = exercises("print('this is Python')\n")
        XCTAssertTrue(found.hasNoExercises)
        XCTAssertEqual(found.findings.map(\.message),
                       ["the file has none of the lesson's exercise cells (```swift exercise id=…); is it the lesson's Markdown file?"])
    }
}
