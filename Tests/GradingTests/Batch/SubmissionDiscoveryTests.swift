import XCTest
@testable import Grading

/// Student ids come from file names, or from folder names for files named like the lesson.
final class SubmissionDiscoveryTests: XCTestCase {
    func testFilesFoldersAndIds() throws {
        let root = GradingFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = FileManager.default
        for path in ["class/bob.md", "class/carl.pdf", "class/alice/03-lesson.md", "class/alice/notes.txt", "class/.hidden.md", "dana.md"] {
            let url = root.appendingPathComponent(path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            files.createFile(atPath: url.path, contents: Data("x".utf8))
        }
        let entries = try SubmissionDiscovery.entries(for: [root.appendingPathComponent("class").path, root.appendingPathComponent("dana.md").path],
                                                      lessonFile: "Lessons/03-lesson.md")
        XCTAssertEqual(entries.map(\.student), ["alice", "bob", "carl", "dana"])
        XCTAssertTrue(entries[0].path.hasSuffix("class/alice/03-lesson.md"))
        XCTAssertEqual(SubmissionDiscovery.studentID(forFile: "x/erin/03-lesson.md", lessonName: "03-lesson.md"), "erin")

        files.createFile(atPath: root.appendingPathComponent("class/bob.markdown").path, contents: Data("x".utf8))
        XCTAssertThrowsError(try SubmissionDiscovery.entries(for: [root.appendingPathComponent("class").path], lessonFile: "03-lesson.md")) { error in
            XCTAssertTrue("\(error)".hasPrefix("two submissions for student 'bob'"), "\(error)")
        }
        XCTAssertThrowsError(try SubmissionDiscovery.entries(for: [root.appendingPathComponent("nowhere").path], lessonFile: "l.md"))
    }
}
