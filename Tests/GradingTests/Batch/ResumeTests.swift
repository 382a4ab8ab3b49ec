import XCTest
@testable import Grading
import Outcomes

/// `--resume` reuses a report only when the submission's bytes and the lesson (with the
/// grading settings) are unchanged.
final class ResumeTests: XCTestCase {
    func testUnchangedSubmissionsAreKeptAndChangedOnesRegraded() throws {
        let folder = GradingFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let correct = GradingFixtures.text("submissions/correct.md"), wrong = GradingFixtures.text("submissions/wrong.md")
        func files(_ contents: [String: String]) -> [SubmissionFile] {
            contents.keys.sorted().map { SubmissionFile(student: $0, path: $0 + ".md", data: Data(contents[$0, default: ""].utf8)) }
        }
        let grader = try BatchGrader(lessonPath: GradingFixtures.lessonPath, options: GradingFixtures.options())
        let first = try grader.grade(files(["ann": correct, "ben": wrong]))
        XCTAssertEqual(first.reused, [])

        let second = try grader.grade(files(["ann": correct, "ben": correct]), previous: first.document)
        XCTAssertEqual(second.reused, ["ann"])
        XCTAssertEqual(second.document.students.map(\.total), [6, 6])

        // Other settings (a different step budget) make every earlier report stale.
        var options = GradingFixtures.options()
        options.exerciseLimits.maxSteps += 1
        let third = try BatchGrader(lessonPath: GradingFixtures.lessonPath, options: options)
            .grade(files(["ann": correct, "ben": correct]), previous: second.document)
        XCTAssertEqual(third.reused, [])

        // A resumed run gives the same bytes as a fresh one.
        let fresh = try grader.grade(files(["ann": correct, "ben": correct]))
        XCTAssertEqual(second.document.encoded(), fresh.document.encoded())
    }
}
