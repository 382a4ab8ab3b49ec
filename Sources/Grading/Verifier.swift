import Foundation
import Interpreter
import LessonFormat
import Outcomes
import Runner

/// `lectern verify`: proves a lesson's exercises are gradable. For every exercise the reference
/// solution must pass every check (visible and hidden) within the grading budget, and the starter
/// must fail at least one — a check that passes on the starter checks nothing. It also reports
/// exercises without checks, solutions that declare names their starter does not (grading would
/// reject a submission doing the same), cells that hide the native checks, points that do not
/// add up, and a handout that would leak a solution.
public struct Verifier {
    public struct Exercise: Sendable, Equatable {
        public var id: String
        public var points: Int
        public var checks: Int
        public var hiddenChecks: Int
        /// How many of its checks fail on the starter.
        public var failingOnStarter: Int
    }

    public struct Report: Sendable {
        public var file: String
        public var exercises: [Exercise]
        /// Each problem, `file:line: message` when it has a place.
        public var problems: [String]
        public var isSound: Bool { problems.isEmpty }
    }

    public let limits: ExecutionLimits
    public let exerciseLimits: ExecutionLimits

    public init(limits: ExecutionLimits, exerciseLimits: ExecutionLimits) {
        self.limits = limits
        self.exerciseLimits = exerciseLimits
    }

    public func verify(_ lesson: Lesson) -> Report {
        var problems: [String] = []
        let name = (lesson.file as NSString).lastPathComponent
        for diagnostic in lesson.diagnostics where diagnostic.severity == .error {
            problems.append("\(diagnostic.location): \(diagnostic.message)")
        }
        problems += shadowedChecks(lesson)
        let reference = run(lesson, choices: [:])
        var exercises: [Exercise] = []
        for cell in lesson.cells {
            guard case .exercise(let id, let points) = cell.kind else { continue }
            let checkCells = lesson.cells.filter { if case .check(id, _) = $0.kind { return true } else { return false } }
            var exercise = Exercise(id: id, points: points, checks: 0, hiddenChecks: 0, failingOnStarter: 0)
            for checkCell in checkCells {
                guard let result = reference[checkCell.index] else { continue }
                exercise.checks += result.checks.count
                if case .check(_, true) = checkCell.kind { exercise.hiddenChecks += result.checks.count }
                for failed in result.checks where !failed.passed {
                    problems.append("\(name):\(checkCell.fenceLine): the solution of '\(id)' fails the check: \(failed.summary)")
                }
                if result.raisedError, let diagnostic = result.diagnostic {
                    problems.append("\(diagnostic.location): the check of '\(id)' fails with the solution: \(diagnostic.message)")
                }
            }
            if let solution = lesson.cells.first(where: { $0.kind == .solution(id: id) }),
               let result = reference[solution.index], result.raisedError, let diagnostic = result.diagnostic {
                problems.append("\(diagnostic.location): the solution of '\(id)' fails: \(diagnostic.message)")
            }
            if exercise.checks == 0 {
                problems.append("\(name):\(cell.fenceLine): exercise '\(id)' has no checks (call check, expect or expectEqual in a `swift check id=\(id)` cell)")
            }
            let explicit = checkCells.compactMap { reference[$0.index] }.flatMap(\.checks).compactMap(\.points).reduce(0, +)
            if explicit > Double(points) + 1e-9 {
                problems.append("\(name):\(cell.fenceLine): the checks of '\(id)' give \(formatPoints(explicit)) points but the exercise has points=\(points)")
            }
            problems += declaredNameProblems(lesson, exercise: id, starter: cell, file: name)
            if exercise.checks > 0 {
                let starterRun = run(lesson, choices: [id: .starter])
                for checkCell in checkCells {
                    guard let result = starterRun[checkCell.index] else { continue }
                    exercise.failingOnStarter += result.checks.filter { !$0.passed }.count
                    if result.raisedError { exercise.failingOnStarter += 1 }
                }
                if exercise.failingOnStarter == 0 {
                    problems.append("\(name):\(cell.fenceLine): the starter of '\(id)' passes every check: its checks check nothing")
                }
            }
            exercises.append(exercise)
        }
        for problem in Handout.problems(in: Handout.text(of: lesson), of: lesson, file: lesson.file) {
            problems.append("\(name): \(problem)")
        }
        return Report(file: lesson.file, exercises: exercises, problems: problems)
    }

    private func run(_ lesson: Lesson, choices: [String: ExerciseChoice]) -> [Int: CellResult] {
        let options = RunOptions(limits: limits, exercises: .solutions, exerciseChoices: choices, exerciseLimits: exerciseLimits)
        let result = LessonRunner(lesson: lesson, options: options).runAll()
        return Dictionary(result.cells.map { ($0.cell.index, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A solution that declares more than its starter would be graded as tampering.
    private func declaredNameProblems(_ lesson: Lesson, exercise id: String, starter: Cell, file: String) -> [String] {
        let allowed = Set(DeclaredNames.read(starter.code).declaredNames)
        var problems: [String] = []
        for solution in lesson.cells where solution.kind == .solution(id: id) {
            for extra in DeclaredNames.read(solution.code).declaredNames where !allowed.contains(extra) {
                problems.append("\(file):\(solution.fenceLine): the solution of '\(id)' declares '\(extra)', which its starter does not; grading would reject a submission that did the same (declare it in the starter, or nest it)")
            }
        }
        return problems
    }

    /// A lesson that declares `check`, `expect` or `expectEqual` hides lectern's native checks.
    private func shadowedChecks(_ lesson: Lesson) -> [String] {
        let name = (lesson.file as NSString).lastPathComponent
        var problems: [String] = []
        for cell in lesson.cells where cell.kind != .norun {
            for item in DeclaredNames.read(cell.code).items {
                for declared in item.names where ExerciseRules.checkFunctions.contains(declared) {
                    problems.append("\(name):\(cell.fenceLine + item.line): the lesson declares '\(declared)', which hides lectern's native \(declared); remove it")
                }
            }
        }
        return problems
    }
}
