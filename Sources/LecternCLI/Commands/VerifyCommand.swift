import ArgumentParser
import Foundation
import Grading
import LessonFormat

/// `lectern verify`: prove a lesson's exercises are gradable.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every solution passes its checks and every starter fails one.",
        discussion: """
        For every exercise: the reference solution must pass every check, visible and hidden, \
        within the grading budget (--max-steps), and the starter must fail at least one (a check \
        that passes on the starter checks nothing). Also reported: exercises without checks, \
        solutions that declare a name their starter does not (grading would reject a submission \
        that did the same), cells that redefine check/expect/expectEqual, check points that add \
        up to more than the exercise's points, and a handout that would leak a solution.

        Examples:
          lectern verify Lessons
          lectern verify Lessons/01-perceptron.md

        Exit status: 0 when every lesson is sound, 1 when one has a problem, 2 for usage or I/O errors.
        """
    )

    @Argument(help: "Lesson files or course folders.", completion: .file(extensions: ["md"]))
    var paths: [String]

    @OptionGroup(title: "Limits") var limits: GradingLimitOptions

    func run() throws {
        let inputs = LessonInputs(paths: paths)
        let verifier = Verifier(limits: limits.lessonLimits, exerciseLimits: limits.exerciseLimits)
        var problems = 0
        for lesson in inputs.lessons {
            let report = verifier.verify(lesson)
            let name = (lesson.file as NSString).lastPathComponent
            let summary = report.exercises.map { exercise in
                "\(exercise.id) (\(exercise.points) point\(exercise.points == 1 ? "" : "s"), \(exercise.checks) check\(exercise.checks == 1 ? "" : "s")"
                    + (exercise.hiddenChecks > 0 ? ", \(exercise.hiddenChecks) hidden" : "")
                    + ", \(exercise.failingOnStarter) failing on the starter)"
            }.joined(separator: ", ")
            print("\(report.isSound ? "✓" : "✗") \(name): " + (summary.isEmpty ? "no exercises" : summary))
            for problem in report.problems { print("  " + problem) }
            problems += report.problems.count
        }
        if inputs.lessons.count > 1 {
            print(problems == 0 ? "\(inputs.lessons.count) lessons, all sound" : "\(problems) problem\(problems == 1 ? "" : "s")")
        }
        if inputs.loadFailed { throw ExitStatus.usage.code }
        if problems > 0 { throw ExitStatus.lessonErrors.code }
    }
}
