import XCTest
@testable import Grading
import Interpreter
import Outcomes

/// A worker that dies (out of memory) or is killed (CPU time) is a finding for that one
/// student; the exercise it died in scores 0, the others are graded again without it, and the
/// batch goes on.
final class WorkerFailureTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = GradingFixtures.scratchFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func grade(_ students: [String: String], options: BatchGrader.Options) throws -> [String: SubmissionReport] {
        for (name, text) in students {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name + ".md").path, contents: Data(text.utf8))
        }
        let entries = try SubmissionDiscovery.entries(for: [folder.path], lessonFile: GradingFixtures.lessonPath)
        let files = entries.map { SubmissionFile.read(student: $0.student, path: $0.path) }
        let result = try BatchGrader(lessonPath: GradingFixtures.lessonPath, options: options).grade(files)
        return Dictionary(uniqueKeysWithValues: result.document.students.map { ($0.student, $0) })
    }

    private func relu(_ body: String) -> String {
        GradingFixtures.submission(replacing: "func relu(_ x: Double) -> Double {\n    return x\n}\n", with: body)
    }

    func testAWorkerOutOfMemoryIsOneFindingAndTheRestIsGraded() throws {
        var options = GradingFixtures.options(memoryMiB: 1_100)
        options.exerciseLimits.maxAllocation = 50_000_000
        let greedy = relu("func relu(_ x: Double) -> Double {\n    let grow = [Double](repeating: x, count: 45_000_000)\n    return grow[0] > 0 ? grow[0] : 0\n}\n")
        let reports = try grade(["greedy": greedy, "correct": GradingFixtures.text("submissions/correct.md")], options: options)
        XCTAssertEqual(reports["correct"]?.total, 6)
        let findings = reports["greedy"]?.findings ?? []
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.kind, .worker)
        XCTAssertTrue(findings.first?.message.hasPrefix("grading of exercise 'relu' stopped: the worker ran out of memory") == true,
                      findings.first?.message ?? "")
        XCTAssertEqual(reports["greedy"]?.exercises.map(\.status), [.graded, .notGraded, .graded])
        XCTAssertEqual(reports["greedy"]?.points("accuracy"), 0.5)
    }

    func testAWorkerKilledForCPUTimeIsOneFinding() throws {
        var options = GradingFixtures.options(cpuSeconds: 2)
        options.exerciseLimits.maxSteps = Int.max / 2
        let spinning = GradingFixtures.submission(replacing: GradingFixtures.meanStarter,
                                                  with: "    var n = 0\n    while true { n &+= 1 }\n    return 0\n")
        let reports = try grade(["spinning": spinning, "correct": GradingFixtures.text("submissions/correct.md")], options: options)
        XCTAssertEqual(reports["correct"]?.total, 6)
        XCTAssertEqual(reports["spinning"]?.findings.map(\.header),
                       ["grading of exercise 'mean' stopped: the worker used up its CPU-time backstop of 2 s and was stopped"])
        XCTAssertEqual(reports["spinning"]?.exercises.map(\.status), [.notGraded, .graded, .graded])
    }
}
