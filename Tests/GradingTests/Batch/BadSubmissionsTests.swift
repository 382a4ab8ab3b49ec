import XCTest
@testable import Grading
import Interpreter
import Outcomes

/// A class with every kind of bad submission, graded by worker processes: each bad one gets
/// exactly one finding on its own row, and every other grade is kept.
final class BadSubmissionsTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = GradingFixtures.scratchFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ data: Data) {
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: data)
    }

    private func mean(_ body: String) -> Data {
        Data(GradingFixtures.submission(replacing: GradingFixtures.meanStarter, with: body).utf8)
    }

    func testEachBadSubmissionHasOneFindingAndTheOthersKeepTheirGrades() throws {
        let handout = GradingFixtures.handout
        write("correct.md", Data(GradingFixtures.text("submissions/correct.md").utf8))
        write("latin1.md", Data([0x23, 0x20, 0xE9, 0x74, 0xE9, 0x0A]))
        write("junk.md", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        write("huge.md", Data(repeating: 0x61, count: 10 << 20))
        write("python.md", Data("def mean(values):\n    return sum(values) / len(values)\n".utf8))
        write("empty.md", Data())
        write("missing.md", Data(handout.replacingOccurrences(of: "```swift exercise id=relu points=1\nfunc relu(_ x: Double) -> Double {\n    return x\n}\n```\n", with: "").utf8))
        write("twice.md", Data((handout + "\n```swift exercise id=mean points=2\nfunc mean(_ values: [Double]) -> Double { 1 }\n```\n").utf8))
        write("unknown.md", Data((handout + "\n```swift exercise id=bonus\nlet bonus = 1\n```\n").utf8))
        write("syntax.md", mean("    return (values.reduce(0, +)\n"))
        write("loop.md", mean("    while true { }\n    return 0\n"))
        write("recursion.md", mean("    return mean(values)\n"))
        write("allocation.md", mean("    let big = [Double](repeating: 0, count: 1_000_000_000)\n    return big[0]\n"))

        let entries = try SubmissionDiscovery.entries(for: [folder.path], lessonFile: GradingFixtures.lessonPath)
        let files = entries.map { SubmissionFile.read(student: $0.student, path: $0.path) }
        let grader = try BatchGrader(lessonPath: GradingFixtures.lessonPath, options: GradingFixtures.options())
        let result = try grader.grade(files)
        let reports = Dictionary(uniqueKeysWithValues: result.document.students.map { ($0.student, $0) })

        XCTAssertEqual(reports["correct"]?.total, 6)
        XCTAssertEqual(reports["correct"]?.findings, [])
        let expected: [String: String] = [
            "latin1": "the file is not UTF-8 text (save it as UTF-8)",
            "junk": "the file is binary, not a Markdown lesson",
            "huge": "the file is 10.0 MB; submissions are limited to 1 MB, so it was not graded",
            "python": "the file has none of the lesson's exercise cells (```swift exercise id=…); is it the lesson's Markdown file?",
            "empty": "the file is empty",
            "missing": "exercise 'relu' is missing (no ```swift exercise id=relu cell); it scored 0",
            "twice": "twice.md:62:4: exercise 'mean' appears twice; the cell at line 18 was graded, this one was not",
            "unknown": "unknown.md:62:1: exercise 'bonus' is not in the lesson; it was not graded",
            "syntax": "syntax.md:20:32: expected ')'",
            "loop": "loop.md:20:5: execution step limit of 50000 exceeded (infinite loop?) (in your code, called from a check)",
            "recursion": "recursion.md:20:12: recursion too deep: more than 200 nested calls (in your code, called from a check)",
            "allocation": "allocation.md:20:15: allocation of 1000000000 elements exceeds the limit of 2000000 (in your code, called from a check)",
        ]
        for (student, finding) in expected {
            XCTAssertEqual(reports[student]?.findings.map(\.header), [finding], student)
        }
        // Work that does not depend on the broken exercise still earns its points.
        XCTAssertEqual(reports["loop"]?.points("accuracy"), 0.5)  // the starter's accidental hidden pass
        XCTAssertEqual(reports["missing"]?.points("relu"), 0)
        XCTAssertEqual(reports["twice"]?.points("mean"), 1)
        XCTAssertEqual(reports["junk"]?.exercises.map(\.status), [.notGraded, .notGraded, .notGraded])
    }
}
