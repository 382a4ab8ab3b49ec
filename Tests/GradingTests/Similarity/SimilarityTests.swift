import XCTest
@testable import Grading
import Interpreter
import Outcomes

/// Winnowed fingerprints of normalised tokens: renaming hides nothing, the starter and code
/// most of the class shares count for nothing.
final class SimilarityTests: XCTestCase {
    func testTokensNormaliseIdentifiersAndLiterals() {
        XCTAssertEqual(CodeToken.tokens(of: "let total = 0.5 + x // note\nprint(\"hi\")").map(\.normalized),
                       ["let", "id", "=", "num", "+", "id", "id", "(", "\"", "str", "\"", ")"])
    }

    func testWinnowingGuaranteesAFingerprintForEverySharedRunOfWPlusKMinusOneTokens() {
        let winnowing = Winnowing(k: 3, w: 4)
        let shared = ["a", "b", "c", "d", "e", "f"]  // w + k − 1 = 6 tokens
        let one = winnowing.fingerprints(["x", "y"] + shared + ["z"])
        let two = winnowing.fingerprints(["q"] + shared + ["r", "s", "t"])
        XCTAssertFalse(Set(one.map(\.hash)).isDisjoint(with: two.map(\.hash)))
        XCTAssertTrue(winnowing.fingerprints(["a", "b"]).isEmpty)
        // The same input always gives the same fingerprints (FNV-1a, not Swift's seeded hash).
        XCTAssertEqual(Winnowing.hash(["a", "b"]), 16_770_474_285_135_379_530)
    }

    private func report(_ codes: [String: String]) -> SimilarityReport {
        let lesson = GradingFixtures.lesson
        let students = codes.map { student, code in
            SubmissionReport(student: student, file: student + ".md", sha256: "", exercises: [
                ExerciseReport(id: "mean", status: .graded, points: 0, possible: 2, code: code, firstLine: 17),
            ], findings: [])
        }
        return SimilarityReport(document: GradesDocument(lesson: "lesson.md", lessonKey: "", exercises: [], students: students),
                                lesson: lesson)
    }

    private let original = """
    func mean(_ values: [Double]) -> Double {
        var sum = 0.0
        var count = 0
        for value in values where value.isFinite {
            sum += value * 1.0
            count += 1
        }
        if count == 0 { return 0 }
        return sum / Double(count)
    }
    """

    func testARenamedCopyScoresHighAndAnIndependentSolutionDoesNot() {
        let renamed = original.replacingOccurrences(of: "sum", with: "acc").replacingOccurrences(of: "count", with: "n")
            .replacingOccurrences(of: "1.0", with: "1")
        let independent = "func mean(_ values: [Double]) -> Double {\n    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)\n}\n"
        let pairs = report(["ann": original, "bob": renamed, "cy": independent]).pairs
        XCTAssertEqual(pairs.map { "\($0.first)~\($0.second)" }, ["ann~bob"])
        XCTAssertEqual(pairs.first?.score, 1)
    }

    func testTheStarterIsNotEvidence() {
        let starter = "func mean(_ values: [Double]) -> Double {\n    // Add the values up and divide by how many there are.\n    return 0\n}\n"
        XCTAssertEqual(report(["ann": starter, "bob": starter]).pairs, [])
    }

    func testPagesMarkTheSharedCode() throws {
        let folder = GradingFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let similarity = report(["ann": original, "bob": original])
        try similarity.write(to: folder.path)
        let index = try String(contentsOf: folder.appendingPathComponent("similarity.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<a href=\"similarity/ann--bob.html\">ann ~ bob</a>"), index)
        let page = try String(contentsOf: folder.appendingPathComponent("similarity/ann--bob.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<mark class=\"match\">"))
        XCTAssertEqual(similarity.summary(), "similarity: 1 pair alike (similarity.html):\n  ann ~ bob  100 % (\(similarity.pairs[0].shared) shared fingerprints)\n")
    }
}
