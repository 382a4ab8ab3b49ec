import ArgumentParser
import Foundation
import LessonFormat
import Outcomes
import Runner
import Site

/// `lectern run`: run lessons and show prose, code and results.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run lessons and print prose, code and results.",
        discussion: """
        PATH is a lesson (.md), a Swift file (run as a one-cell lesson), or a folder whose \
        NN-name.md lessons run in course order. Each lesson runs in its own session; a failing \
        cell is reported at lesson.md:LINE:COLUMN and the rest of the lesson still runs.

        Examples:
          lectern run Lessons
          lectern run --quiet Lessons            (only errors and the summary)
          lectern run --format json Lessons/01-perceptron.md > result.json
          lectern run --fix Lessons/07-loss-functions.md
          lectern run --timeout 60 Lessons/12-overfitting-and-regularisation.md
          lectern run --compile Lessons          (compile each lesson with swiftc and compare)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Lesson files or course folders.", completion: .file(extensions: ["md", "swift"]))
    var paths: [String]

    @Option(help: "Output format: text (readable, for a terminal) or json (for tools).")
    var format: Format = .text

    @Flag(help: "Rewrite the bodies of the lessons' output blocks from what their cells printed (in place; never adds a block).")
    var fix = false

    @Flag(name: .shortAndLong, help: "Print only errors and the summary.")
    var quiet = false

    @Flag(help: "Compile each lesson's cells with swiftc against MLCore and LessonKit, run the program, and compare every cell's output, checks and figures with lectern's run.")
    var compile = false

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Result cache") var caching: CacheOptions
    @OptionGroup(title: "Terminal") var terminal: TerminalOptions

    func validate() throws {
        if compile && (fix || format != .text) {
            throw ValidationError("--compile cannot be combined with --fix or --format json")
        }
    }

    func run() throws {
        let inputs = LessonInputs(paths: paths)
        if compile {
            let agreed = try CompiledRun.run(inputs.lessons, options: RunOptions(limits: limits.limits), color: terminal.useColor)
            if inputs.loadFailed { throw ExitStatus.usage.code }
            if !agreed { throw ExitStatus.lessonErrors.code }
            return
        }
        let options = RunOptions(limits: limits.limits)
        let renderer = TerminalRenderer(width: terminal.columns, color: terminal.useColor)
        var results: [LessonResult] = []
        var fixFailed = false
        let progress = ProgressBar(color: terminal.useColor, columns: terminal.columns)

        let cache = caching.cache
        for lesson in inputs.lessons {
            // A Swift file is a scratch program: always run.
            let runner = LessonRunner(lesson: lesson, options: options, cache: lesson.file.hasSuffix(".swift") ? nil : cache)
            runner.onTrainingProgress = progress.update
            if format == .text && lesson.file.hasSuffix(".swift") {
                Self.runProgram(runner)
                results.append(runner.result)
                continue
            }
            if format == .text && !quiet {
                LessonWalk.run(runner, renderer: renderer, progress: progress, write: { print($0, terminator: "") })
            } else {
                _ = runner.runAll { _ in progress.clear() }
            }
            runner.storeInCache()
            var result = runner.result
            if fix {
                let fixed = OutputFix.apply(to: result)
                if !fixed.ok { fixFailed = true }
                result = fixed.result
            }
            results.append(result)
        }

        switch format {
        case .json:
            print(JSONReport.render(results))
        case .text:
            let lessons = results.filter { !$0.lesson.file.hasSuffix(".swift") }
            if !lessons.isEmpty { Summary.print(lessons, color: terminal.useColor, listErrors: true) }
        }
        if inputs.loadFailed || fixFailed { throw ExitStatus.usage.code }
        if !results.allSatisfy(\.isSuccess) { throw ExitStatus.lessonErrors.code }
    }

    /// A Swift file runs like `swift file.swift`: its output on stdout, an error on stderr.
    static func runProgram(_ runner: LessonRunner) {
        for result in runner.runAll().cells {
            print(result.output, terminator: "")
            if let diagnostic = result.diagnostic {
                StandardError.write(diagnostic.rendered(sourceLines: runner.lesson.sourceLines) + "\n")
            }
        }
    }
}
