import XCTest
@testable import Grading
import Outcomes

/// The same inputs give byte-identical grades.csv and grades.json, serial or parallel, in any
/// order, run after run.
final class DeterminismTests: XCTestCase {
    func testSerialAndParallelAndTwiceGiveTheSameBytes() throws {
        let submissions = GradingFixtures.examples.appendingPathComponent("submissions").path
        let entries = try SubmissionDiscovery.entries(for: [submissions], lessonFile: GradingFixtures.lessonPath)
        let files = entries.map { SubmissionFile.read(student: $0.student, path: $0.path) }
        var outputs: [(csv: String, json: Data)] = []
        for (workers, order) in [(1, files), (2, files.reversed()), (2, files.shuffled())] {
            let grader = try BatchGrader(lessonPath: GradingFixtures.lessonPath, options: GradingFixtures.options(workers: workers))
            let document = try grader.grade(Array(order)).document
            outputs.append((GradesCSV.render(document), document.encoded()))
        }
        XCTAssertEqual(outputs[0].csv, outputs[1].csv)
        XCTAssertEqual(outputs[0].csv, outputs[2].csv)
        XCTAssertEqual(outputs[0].json, outputs[1].json)
        XCTAssertEqual(outputs[0].json, outputs[2].json)
        XCTAssertEqual(outputs[0].csv.split(separator: "\n").first, "student,mean,relu,accuracy,total,possible,findings")
        XCTAssertTrue(outputs[0].csv.contains("\ncorrect,2,1,3,6,6,\n"), outputs[0].csv)
        XCTAssertTrue(outputs[0].csv.contains("\npartly-correct,1.5,1,0,2.5,6,\n"), outputs[0].csv)
    }
}
