import XCTest
@testable import Grading
import Outcomes

/// grades.csv: a row per student sorted by id, RFC 4180 quoting, no formula injection.
final class GradesCSVTests: XCTestCase {
    func testRowsQuotingAndFormulaGuard() {
        let document = GradesDocument(lesson: "l.md", lessonKey: "k", exercises: [.init(id: "a", points: 2), .init(id: "b", points: 1)], students: [
            SubmissionReport(student: "zoe", file: "zoe.md", sha256: "", exercises: [
                ExerciseReport(id: "a", status: .graded, points: 2.0 / 3, possible: 2),
                ExerciseReport(id: "b", status: .missing, points: 0, possible: 1),
            ], findings: [Finding(.format, "exercise 'b' is missing, sadly"), Finding(.rule, "=HYPERLINK(\"x\")")]),
            SubmissionReport(student: "al", file: "al.md", sha256: "", exercises: [
                ExerciseReport(id: "a", status: .graded, points: 2, possible: 2),
                ExerciseReport(id: "b", status: .graded, points: 1, possible: 1),
            ], findings: []),
        ])
        XCTAssertEqual(GradesCSV.render(document), """
        student,a,b,total,possible,findings
        al,2,1,3,3,
        zoe,0.67,0,0.67,3,"exercise 'b' is missing, sadly; =HYPERLINK(""x"")"

        """)
        XCTAssertEqual(GradesCSV.field("=1+2"), "'=1+2")
        XCTAssertEqual(GradesCSV.field("-0.5"), "-0.5")
    }

    func testTheTerminalTable() {
        let document = GradesDocument(lesson: "l.md", lessonKey: "k", exercises: [.init(id: "a", points: 2)], students: [
            SubmissionReport(student: "al", file: "al.md", sha256: "", exercises: [ExerciseReport(id: "a", status: .graded, points: 1.5, possible: 2)],
                             findings: [Finding(.error, "boom", at: .init(file: "al.md", line: 3, column: 1))]),
        ])
        XCTAssertEqual(GradesTable.render(document, width: 60), """
        student       a  total  findings
        (possible)    2      2
        ────────────────────────────────────────────
        al          1.5    1.5  1: al.md:3:1: boom

        """)
    }
}
