import XCTest
@testable import Grading
import LessonFormat
import Outcomes

/// Points: explicit `points:` count as given, the other checks share the rest equally; a
/// check that never ran is failed; an exercise never scores more than its `points=`.
final class ScoringTests: XCTestCase {
    func testTheExampleSubmissionsScoreAsTheirChecksSay() {
        let correct = GradingFixtures.gradeInProcess(GradingFixtures.text("submissions/correct.md"))
        XCTAssertEqual(correct.exercises.map(\.points), [2, 1, 3])
        XCTAssertEqual(correct.findings, [])
        let partly = GradingFixtures.gradeInProcess(GradingFixtures.text("submissions/partly-correct.md"))
        // mean: 3 of 4 checks at 0.5 (the empty array gives nan); relu right; accuracy counts the mistakes.
        XCTAssertEqual(partly.exercises.map(\.points), [1.5, 1, 0])
        let mean = partly.exercises[0].checks
        XCTAssertEqual(mean.map(\.passed), [true, true, false, true])
        XCTAssertEqual(mean[2].expected, "0.0")
        XCTAssertEqual(mean[2].actual, "-nan")  // 0 / 0, printed as Swift prints it
        let wrong = GradingFixtures.gradeInProcess(GradingFixtures.text("submissions/wrong.md"))
        XCTAssertEqual(wrong.total, 1)
    }

    func testExplicitPointsAndSharesOfTheRest() {
        let reference = GradingFixtures.gradeInProcess(GradingFixtures.text("submissions/correct.md"))
        let accuracy = reference.exercises[2].checks
        XCTAssertEqual(accuracy.map(\.possible), [2, 0.5, 0.5])
        XCTAssertEqual(reference.exercises[0].checks.map(\.possible), [0.5, 0.5, 0.5, 0.5])
    }

    func testRubricProblemsForTheInstructor() {
        let lesson = LessonParser.parse("""
        # L

        ```swift exercise id=a points=1
        let a = 1
        ```

        ```swift check id=a
        check(a == 1, "one", points: 3)
        check(a == 2, "two")
        ```

        ```swift exercise id=b
        let b = 1
        ```
        """, file: "l.md")
        let run = SubmissionRun(lesson: lesson, settings: GradingFixtures.settings)
        var events: [WorkerEvent] = []
        run.run(submission: nil) { events.append($0) }
        let rubric = Rubric(lesson: lesson, reference: BatchGrader.records(events))
        XCTAssertEqual(rubric.exercises.map { $0.checks.map(\.points) }, [[3, 0], []])
        XCTAssertEqual(rubric.problems, [
            "the reference solution of 'a' fails the check 'two'",
            "the checks of 'a' give 3 points but the exercise has points=1",
            "exercise 'b' has no checks; it scores 0",
        ])
        // Capped at the exercise's points.
        let file = SubmissionFile(student: "s", path: "s.md", data: Data("# L\n".utf8))
        let report = Scorer(rubric: rubric).report(for: file, prepared: PreparedSubmission(
            exercises: [.init(id: "a", code: "let a = 1\n", firstLine: 4), .init(id: "b", code: "let b = 1\n", firstLine: 12)],
            findings: [], hasNoExercises: false), records: BatchGrader.records(events), stopped: nil)
        XCTAssertEqual(report.exercises.map(\.points), [1, 0])
    }

    func testFormattingPoints() {
        XCTAssertEqual([2, 1.5, 2.0 / 3, 0.005, 10.25, 0].map(formatPoints), ["2", "1.5", "0.67", "0.01", "10.25", "0"])
    }
}
