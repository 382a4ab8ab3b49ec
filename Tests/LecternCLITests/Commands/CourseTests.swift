import Foundation
import XCTest

/// The course itself: every lesson in Lessons/ runs cleanly — cells, doctests, checks of the
/// reference solutions, expected errors. (Debug builds are slow; the time limit is generous.)
final class CourseTests: XCTestCase {
    func testEveryLessonRunsWithoutErrors() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let lectern = try LecternProcess()
        defer { lectern.remove() }
        let result = try lectern.run(["run", "--quiet", "--timeout", "300", root.appendingPathComponent("Lessons").path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("lessons, all passed"), result.stdout)
    }
}
