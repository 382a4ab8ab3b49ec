import Outcomes
import Runner
import XCTest
@testable import Grading

/// Files that cannot be graded at all: each is one finding, and nothing runs.
final class SubmissionFileTests: XCTestCase {
    private func problem(_ data: Data) -> String? {
        SubmissionFile(student: "s", path: "s.md", data: data).problem?.message
    }

    func testUnreadableKinds() {
        XCTAssertEqual(problem(Data()), "the file is empty")
        XCTAssertEqual(problem(Data(" \n\t\n".utf8)), "the file is empty")
        XCTAssertEqual(problem(Data([0x23, 0x20, 0x00, 0xFF, 0x12])), "the file is binary, not a Markdown lesson")
        XCTAssertEqual(problem(Data([0x23, 0x20, 0xC3, 0x28, 0x0A])), "the file is not UTF-8 text (save it as UTF-8)")
        XCTAssertEqual(problem(Data(repeating: 0x61, count: 10 << 20)),
                       "the file is 10.0 MB; submissions are limited to 1 MB, so it was not graded")
        XCTAssertNil(problem(Data("# Lesson\n".utf8)))
    }

    func testReadingStopsPastTheLimitAndNamesTheWholeSize() throws {
        let folder = GradingFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.md").path
        FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 10 << 20))
        let file = SubmissionFile.read(student: "big", path: path)
        XCTAssertEqual(file.problem?.message, "the file is 10.0 MB; submissions are limited to 1 MB, so it was not graded")
        XCTAssertNil(file.text)
        XCTAssertEqual(SubmissionFile.read(student: "x", path: folder.appendingPathComponent("none.md").path).problem?.message,
                       "the file cannot be read")
    }

    func testTheHashIsTheBytesSHA256() {
        XCTAssertEqual(SubmissionFile(student: "s", path: "s.md", data: Data("abc".utf8)).sha256,
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
