import Foundation
import XCTest
@testable import LessonFormat

final class LessonLoaderTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "lectern-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func testCourseOrderIsByNumberAndSkipsUnnumberedFiles() throws {
        _ = write("10-ten.md", "# Ten\n")
        _ = write("2-two.md", "# Two\n")
        _ = write("01-one.md", "# One\n")
        _ = write("README.md", "# Readme\n")
        let paths = try LessonLoader.lessonPaths(for: [folder])
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, ["01-one.md", "2-two.md", "10-ten.md"])
    }

    func testMissingFileAndEmptyFolder() {
        XCTAssertThrowsError(try LessonLoader.lessonPaths(for: [folder + "/nope.md"])) { error in
            XCTAssertEqual((error as? LessonLoader.LoadError)?.reason, "no such file or directory")
        }
        XCTAssertThrowsError(try LessonLoader.lessonPaths(for: [folder])) { error in
            XCTAssertEqual((error as? LessonLoader.LoadError)?.reason, "contains no lessons (NN-name.md files)")
        }
    }

    func testNotUTF8AndNotALesson() {
        let binary = folder + "/01-bin.md"
        FileManager.default.createFile(atPath: binary, contents: Data([0xFF, 0xFE, 0x00, 0x41]))
        XCTAssertThrowsError(try LessonLoader.load(path: binary)) { error in
            XCTAssertEqual((error as? LessonLoader.LoadError)?.reason, "is not UTF-8 text")
        }
        let untitled = write("02-x.md", "no title here\n")
        XCTAssertThrowsError(try LessonLoader.load(path: untitled)) { error in
            XCTAssertEqual((error as? LessonLoader.LoadError)?.reason, "not a lesson: it has no '# Title' heading")
        }
        let text = write("notes.txt", "# T\n")
        XCTAssertThrowsError(try LessonLoader.load(path: text)) { error in
            XCTAssertEqual((error as? LessonLoader.LoadError)?.reason, "not a lesson: expected a Markdown (.md) or Swift (.swift) file")
        }
    }

    func testSwiftFileIsAOneCellLessonWithFileLineNumbers() throws {
        let path = write("prog.swift", "let a = 1\nprint(a)")
        let lesson = try LessonLoader.load(path: path)
        XCTAssertEqual(lesson.cells.count, 1)
        XCTAssertEqual(lesson.cells[0].code, "let a = 1\nprint(a)\n")
        XCTAssertEqual(lesson.cells[0].markdownPosition(line: 2, column: 7).line, 2)
        XCTAssertEqual(lesson.title, "prog.swift")
    }
}
