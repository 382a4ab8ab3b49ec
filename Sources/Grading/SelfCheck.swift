import Foundation
import Interpreter
import LessonFormat
import Outcomes
import Runner

/// `lectern check`: a student runs their own copy of a lesson and sees, per exercise, how
/// many visible checks pass, what failed (expected against actual) and where their code broke.
public struct SelfCheck {
    public struct Row: Sendable, Equatable {
        public var exercise: String
        public var points: Int
        public var passed: Int
        public var checks: Int
        /// Summaries of the failed checks (`✗ message: expected …, got …`).
        public var failures: [String]
        /// Errors of the exercise and its checks, rendered with source line and caret.
        public var errors: [String]

        public var allPassed: Bool { checks > 0 && passed == checks && errors.isEmpty }
    }

    public let rows: [Row]
    public let result: LessonResult

    /// Runs `lesson` as the student wrote it (starters, never solutions).
    public init(lesson: Lesson, limits: ExecutionLimits) {
        let runner = LessonRunner(lesson: lesson, options: RunOptions(limits: limits, exercises: .starters))
        result = runner.runAll()
        let lines = markdownLines(lesson.source)
        var rows: [Row] = []
        for cell in lesson.cells {
            guard case .exercise(let id, let points) = cell.kind else { continue }
            var row = Row(exercise: id, points: points, passed: 0, checks: 0, failures: [], errors: [])
            for cellResult in result.cells where cellResult.cell.kind.exerciseID == id {
                if cellResult.raisedError, let diagnostic = cellResult.diagnostic {
                    row.errors.append(diagnostic.rendered(sourceLines: lines))
                }
                guard case .check = cellResult.cell.kind else { continue }
                row.checks += cellResult.checks.count
                row.passed += cellResult.checks.filter(\.passed).count
                row.failures += cellResult.checks.filter { !$0.passed }.map(\.summary)
            }
            rows.append(row)
        }
        self.rows = rows
    }

    /// Every visible check of every exercise ran and passed.
    public var allPassed: Bool { !rows.isEmpty && rows.allSatisfy(\.allPassed) }

    /// The table: exercise, points possible, checks passed, then the failures and errors.
    public func render(color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let idWidth = max("exercise".count, rows.map(\.exercise.count).max() ?? 0)
        var text = "exercise".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  points  checks passed\n"
        for row in rows {
            let mark = row.allPassed ? paint("✓", "32") : paint("✗", "31")
            let checks = row.checks == 0 ? "no checks" : "\(row.passed) of \(row.checks)"
            text += row.exercise.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + String(row.points).leftPadded(6) + "  " + mark + " " + checks + "\n"
            for failure in row.failures { text += "    " + paint(failure, "31") + "\n" }
            for error in row.errors {
                text += error.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        let total = rows.reduce(0) { $0 + $1.checks }, passed = rows.reduce(0) { $0 + $1.passed }
        if rows.isEmpty {
            text += "this lesson has no exercises\n"
        } else {
            text += allPassed ? "\nall \(total) visible checks pass\n" : "\n\(passed) of \(total) visible checks pass\n"
        }
        return text
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
