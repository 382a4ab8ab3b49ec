import ArgumentParser
import Foundation
import LessonFormat
import Outcomes
import Runner
import Site

/// `lectern step`: walk through a lesson one cell at a time.
struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Step through a lesson: read the prose, then run each cell when you press Enter.",
        discussion: """
        Before each cell lectern waits for a line of input:
          Enter   run the cell
          s       skip it (a later cell that needs what it declares says so)
          b       go back to the cell before
          r       re-read the file (pick up an edit), then show the cell again
          q       quit
        After a cell has run:
          Enter   go on to the next part of the lesson
          r       re-read the file and run the cell again (in the same session)
          b       go back to the cell before
          q       quit
        Any other key lists these. Exercise cells run your own code: the reference solutions \
        are neither shown nor run (--with-solutions shows and runs them, for instructors). Prose \
        longer than the screen is shown a screenful at a time. Hidden set-up cells run without \
        asking. Input may be piped, e.g.
          yes '' | lectern step Lessons/01-perceptron.md
        End of input stops the walk.
        """
    )

    @Argument(help: "The lesson to step through.", completion: .file(extensions: ["md", "swift"]))
    var path: String

    @Flag(help: "The instructor's edition: show the reference solutions and run them in place of the exercises.")
    var withSolutions = false

    @Option(help: "Lines of prose to show before waiting for Enter (0: never page; default: the terminal's height, never in a pipe).")
    var pageLines: Int?

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Terminal") var terminal: TerminalOptions

    func run() throws {
        let inputs = LessonInputs(paths: [path])
        guard !inputs.loadFailed, let lesson = inputs.lessons.first else { throw ExitStatus.usage.code }
        guard inputs.lessons.count == 1 else {
            throw ValidationError("step takes one lesson; \(path) holds \(inputs.lessons.count)")
        }
        let runner = LessonRunner(lesson: lesson, options: RunOptions(limits: limits.limits,
                                                                      exercises: withSolutions ? .solutions : .starters))
        let progress = ProgressBar(color: terminal.useColor, columns: terminal.columns)
        runner.onTrainingProgress = progress.update
        let renderer = TerminalRenderer(width: terminal.columns, color: terminal.useColor)
        let screen = TerminalInfo.standardInputIsTerminal && TerminalInfo.standardOutputIsTerminal ? TerminalInfo.rows.map { $0 - 1 } : nil
        let walk = StepWalk(path: path, runner: runner, renderer: renderer, progress: progress, showsSolutions: withSolutions,
                            pageLines: pageLines.map { $0 > 0 ? $0 : nil } ?? screen,
                            readLine: { Swift.readLine() }, write: { print($0, terminator: "") })
        let finished = walk.run()
        if !finished { print("Stopped. Run `lectern step \(path)` to start again.") }
        Summary.print([runner.result], color: terminal.useColor, listErrors: false)
        if !runner.skippedCells.isEmpty {
            print("skipped: " + runner.skippedCells.map { runner.place(of: $0) }.joined(separator: ", "))
        }
        if !runner.result.isSuccess { throw ExitStatus.lessonErrors.code }
    }
}
