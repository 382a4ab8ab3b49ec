import ArgumentParser
import Foundation
import Grading
import LessonFormat

/// `lectern check`: a student checks their own copy of a lesson.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run a lesson's visible checks on your exercises and show what passes.",
        discussion: """
        Runs SUBMISSION as you wrote it (your exercise cells, never a solution) and prints, for \
        each exercise, its points, how many of its visible checks pass, each failed check with \
        the expected and the actual value, and every error at submission.md:LINE:COLUMN. Hidden \
        checks are not in your copy; the instructor's grading runs them too.

        Examples:
          lectern check 03-feed-forward-networks.md
          lectern check --timeout 30 12-overfitting-and-regularisation.md

        Exit status: 0 when every visible check passes, 1 otherwise, 2 for usage or I/O errors.
        """
    )

    @Argument(help: "Your copy of the lesson.", completion: .file(extensions: ["md"]))
    var submission: String

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Terminal") var terminal: TerminalOptions

    func run() throws {
        let lesson: Lesson
        do {
            lesson = try LessonLoader.load(path: submission)
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            throw ExitStatus.usage.code
        }
        for diagnostic in lesson.diagnostics where diagnostic.severity == .error {
            StandardError.write(diagnostic.rendered(sourceLines: lesson.sourceLines) + "\n")
        }
        let check = SelfCheck(lesson: lesson, limits: limits.limits)
        print(check.render(color: terminal.useColor), terminator: "")
        if !check.allPassed { throw ExitStatus.lessonErrors.code }
    }
}
