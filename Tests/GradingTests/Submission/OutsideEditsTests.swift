import XCTest
@testable import Grading
import LessonFormat

/// Edits outside the exercise cells are found, located, and said to be ungraded.
final class OutsideEditsTests: XCTestCase {
    private let handout = "# L\n\nProse one.\n\n```swift exercise id=a\nlet a = 1\n```\n\nProse two.\n\n```swift check id=a\ncheck(a == 2)\n```\n"

    private func edits(_ submission: String) -> [String] {
        OutsideEdits.findings(submission: LessonParser.parse(submission, file: "s.md"),
                              handout: LessonParser.parse(handout, file: "h.md"), file: "s.md").map(\.header)
    }

    func testEditsInsideTheExerciseAndTrailingSpacesAreNotEdits() {
        XCTAssertEqual(edits(handout.replacingOccurrences(of: "let a = 1", with: "let a = 2\nprint(a)")), [])
        XCTAssertEqual(edits(handout.replacingOccurrences(of: "Prose one.", with: "Prose one.   ") + "\n\n"), [])
    }

    func testAChangedCheckAndAnAddedCellAreFoundWhereTheyAre() {
        let edited = handout.replacingOccurrences(of: "check(a == 2)", with: "check(true)")
            .replacingOccurrences(of: "Prose two.", with: "Prose two.\n\n```swift\nlet extra = 1\n```")
        XCTAssertEqual(edits(edited), [
            "s.md:11:1: your change here is outside an exercise cell and was not graded",
            "s.md:16:1: your change here is outside an exercise cell and was not graded",
        ])
    }

    func testRemovedLinesAtTheEnd() {
        let cut = "# L\n\nProse one.\n\n```swift exercise id=a\nlet a = 1\n```\n"
        XCTAssertEqual(edits(cut), ["lines at the end of the lesson were removed or changed; changes outside the exercise cells are not graded"])
    }

    func testLongDiffsAreSummed() {
        // Every other paragraph changed: ten edits, each between unchanged lines.
        let paragraphs = (1...20).map { "Paragraph \($0) \($0.isMultiple(of: 2) ? "stays" : "changes").\n\n" }.joined()
        let base = "# L\n\n" + paragraphs + "```swift exercise id=a\nlet a = 1\n```\n"
        let changed = base.replacingOccurrences(of: "changes.", with: "changed!")
        let found = OutsideEdits.findings(submission: LessonParser.parse(changed, file: "s.md"),
                                          handout: LessonParser.parse(base, file: "h.md"), file: "s.md").map(\.header)
        XCTAssertEqual(found.count, OutsideEdits.listed + 1)
        XCTAssertEqual(found.first, "s.md:3:1: your change here is outside an exercise cell and was not graded")
        XCTAssertEqual(found.last, "5 more changes outside the exercise cells were not graded either")
    }
}
