import LessonFormat
import Outcomes

/// What each exercise's checks are worth, read from the reference run (the lesson with its
/// solutions): every verdict a check cell recorded, in order, with its points.
///
/// A check with `points:` is worth that; the checks without share the rest of the exercise's
/// `points=` equally. A student's verdicts are matched to these by check cell and position, so
/// a check the student's run never reached (the cell stopped at an error) is simply failed, and
/// nothing a submission does can add a check or change what one is worth.
public struct Rubric: Sendable, Equatable {
    public struct Check: Sendable, Equatable {
        /// The check cell's index in the lesson, and the verdict's position in that cell.
        public var cell: Int
        public var ordinal: Int
        public var message: String
        public var hidden: Bool
        public var points: Double
    }

    public struct Exercise: Sendable, Equatable {
        public var id: String
        /// The lesson's index of the exercise cell (the starter).
        public var cell: Int
        public var possible: Double
        public var checks: [Check]
        /// Indices of the exercise's check cells, in order.
        public var checkCells: [Int]
    }

    public var exercises: [Exercise]
    /// What is wrong with the lesson's checks, for the instructor (`lectern verify` says more).
    public var problems: [String]

    public init(lesson: Lesson, reference: [Int: CellRecord]) {
        var exercises: [Exercise] = []
        var problems: [String] = []
        for cell in lesson.cells {
            guard case .exercise(let id, let points) = cell.kind else { continue }
            var checks: [(cell: Int, ordinal: Int, message: String, hidden: Bool, points: Double?)] = []
            var checkCells: [Int] = []
            for checkCell in lesson.cells {
                guard case .check(id, let hidden) = checkCell.kind else { continue }
                checkCells.append(checkCell.index)
                guard let record = reference[checkCell.index] else { continue }
                if record.raisedError {
                    problems.append("the reference solution of '\(id)' makes its check at line \(checkCell.fenceLine) fail: \(record.errorMessage ?? "error")")
                }
                for (ordinal, verdict) in record.checks.enumerated() {
                    if !verdict.passed {
                        problems.append("the reference solution of '\(id)' fails the check '\(verdict.message)'")
                    }
                    checks.append((checkCell.index, ordinal, verdict.message, hidden, verdict.points))
                }
            }
            let possible = Double(points)
            let explicit = checks.compactMap(\.points).reduce(0, +)
            let shared = checks.filter { $0.points == nil }.count
            if explicit > possible + 1e-9 {
                problems.append("the checks of '\(id)' give \(formatPoints(explicit)) points but the exercise has points=\(points)")
            }
            if checks.isEmpty { problems.append("exercise '\(id)' has no checks; it scores 0") }
            let share = shared > 0 ? max(0, possible - explicit) / Double(shared) : 0
            exercises.append(Exercise(id: id, cell: cell.index, possible: possible,
                                      checks: checks.map { Check(cell: $0.cell, ordinal: $0.ordinal, message: $0.message,
                                                                 hidden: $0.hidden, points: $0.points ?? share) },
                                      checkCells: checkCells))
        }
        self.exercises = exercises
        self.problems = problems
    }
}
