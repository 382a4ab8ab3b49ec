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
          s       skip it (later cells may then miss what it defines)
          q       quit
        After a cell has run:
          Enter   go on to the next part of the lesson
          r       run the cell again (in the same session, as in a notebook)
          q       quit
        Hidden set-up cells run without asking. Input may be piped, e.g.
          yes '' | lectern step Lessons/01-perceptron.md
        End of input stops the walk.
        """
    )

    @Argument(help: "The lesson to step through.", completion: .file(extensions: ["md", "swift"]))
    var path: String

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Terminal") var terminal: TerminalOptions

    func run() throws {
        let inputs = LessonInputs(paths: [path])
        guard !inputs.loadFailed, let lesson = inputs.lessons.first else { throw ExitStatus.usage.code }
        guard inputs.lessons.count == 1 else {
            throw ValidationError("step takes one lesson; \(path) holds \(inputs.lessons.count)")
        }
        let runner = LessonRunner(lesson: lesson, options: RunOptions(limits: limits.limits))
        let progress = ProgressBar(color: terminal.useColor, columns: terminal.columns)
        runner.onTrainingProgress = progress.update
        let renderer = TerminalRenderer(width: terminal.columns, color: terminal.useColor)
        let write: (String) -> Void = { print($0, terminator: "") }

        let finished = LessonWalk.run(runner, renderer: renderer, progress: progress, write: write, beforeCell: { cell in
            if cell.kind == .hidden { return .run }
            switch prompt("⏎ run · s skip · q quit › ") {
            case nil, "q": return .quit
            case "s": return .skip
            default: return .run
            }
        }, afterCell: { cell, _ in
            guard cell.kind != .hidden else { return .run }
            while true {
                switch prompt("⏎ next · r run again · q quit › ") {
                case "r":
                    let again = runner.run(cell)
                    progress.clear()
                    write(renderer.renderCellResult(again, sourceLines: lesson.sourceLines))
                case nil, "q":
                    return .quit
                default:
                    return .run
                }
            }
        })
        if !finished { print("Stopped. Run `lectern step \(path)` to start again.") }
        Summary.print([runner.result], color: terminal.useColor, listErrors: false)
        if !runner.result.isSuccess { throw ExitStatus.lessonErrors.code }
    }
}

/// Shows `text` and reads one line; nil at end of input.
private func prompt(_ text: String) -> String? {
    print(text, terminator: "")
    guard let line = readLine() else {
        print("(end of input)")
        return nil
    }
    if !TerminalInfo.standardInputIsTerminal { print(line) }  // echo piped answers so the transcript reads well
    return line.trimmingCharacters(in: .whitespaces).lowercased()
}
