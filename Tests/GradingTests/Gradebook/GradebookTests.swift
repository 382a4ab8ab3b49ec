import XCTest
@testable import Grading
import Outcomes

/// The SQLite course gradebook across lessons and re-runs, and its course CSV.
final class GradebookTests: XCTestCase {
    private func document(_ lesson: String, _ grades: [(String, Double)], possible: Double) -> GradesDocument {
        GradesDocument(lesson: lesson, lessonKey: "k", exercises: [.init(id: "e", points: possible)], students: grades.map { student, points in
            SubmissionReport(student: student, file: student + ".md", sha256: "h-" + student, exercises: [
                ExerciseReport(id: "e", status: .graded, points: points, possible: possible),
            ], findings: points == 0 ? [Finding(.error, "broke")] : [])
        })
    }

    func testLessonsAccumulateAndAReRunReplacesTheGrade() throws {
        let folder = GradingFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("course.sqlite").path
        try Gradebook(path: path).record(document("01-intro.md", [("ann", 2), ("ben", 0)], possible: 2), lessonTitle: "Intro")
        try Gradebook(path: path).record(document("02-next.md", [("ann", 1.5)], possible: 3), lessonTitle: "Next")
        try Gradebook(path: path).record(document("01-intro.md", [("ben", 1)], possible: 2), lessonTitle: "Intro")
        XCTAssertEqual(try Gradebook(path: path).courseCSV(), """
        student,01-intro,02-next,total,possible
        (possible),2,3,5,
        ann,2,1.5,3.5,5
        ben,1,0,1,5

        """)
    }
}
