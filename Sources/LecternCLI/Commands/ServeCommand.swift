import ArgumentParser
import Dispatch
import Foundation
import Outcomes
import Preview
import Runner
import Site

/// `lectern serve`: a live preview of the course site.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the course site on 127.0.0.1 and reload pages as lessons change.",
        discussion: """
        Runs the lessons, serves their pages at http://127.0.0.1:PORT/, and watches the lesson \
        files and the data files the lessons read. When one changes, only the lessons that \
        depend on it run again, and every open page that changed reloads by itself (a WebSocket \
        to the preview; nothing is loaded from another host). A failing cell's located error \
        shows on its page and in this terminal; a lesson that cannot be read keeps its last \
        page, with the error in a bar at the bottom. Ctrl-C stops.

        Examples:
          lectern serve                       serve Lessons/ on port 8000
          lectern serve Lessons --port 0      any free port (printed)
        """
    )

    @Argument(help: "Lesson files or course folders (default: Lessons).", completion: .file(extensions: ["md"]))
    var paths: [String] = ["Lessons"]

    @Option(help: "The port on 127.0.0.1 (0: any free port).")
    var port: Int = 8000

    @Option(help: "The course's name, shown on every page.")
    var title = "Neural networks and machine learning"

    @Flag(help: "Include the reference solutions (the instructor's edition).")
    var withSolutions = false

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Result cache") var caching: CacheOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        let preview = LivePreview(paths: paths, options: RunOptions(limits: limits.limits), cache: caching.cache,
                                  site: SiteOptions(courseTitle: title, withSolutions: withSolutions))
        let first = preview.refresh()
        Self.report(first, initial: true)
        guard !first.results.isEmpty else {
            StandardError.write("lectern: error: no lessons to serve in \(paths.joined(separator: " "))\n")
            throw ExitStatus.usage.code
        }
        let server = PreviewServer(preview: preview)
        let requested = UInt16(port)
        let started = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { outcome.port = try await server.start(port: requested) } catch { outcome.error = error }
            started.signal()
        }
        started.wait()
        if let error = outcome.error {
            StandardError.write("lectern: error: cannot listen on 127.0.0.1:\(port): \(error)"
                                + (port != 0 ? " (is another server using it? --port chooses another)" : "") + "\n")
            throw ExitStatus.usage.code
        }
        print("serving http://127.0.0.1:\(outcome.port ?? requested)/ (\(first.results.count) lesson\(first.results.count == 1 ? "" : "s")); "
              + "watching for changes, Ctrl-C stops")
        fflush(stdout)
        server.watch(every: 0.1) { Self.report($0, initial: false) }
        dispatchMain()
    }

    /// What the port start-up produced, handed from the server's task to the command.
    private final class Outcome: @unchecked Sendable {
        var port: UInt16?
        var error: Error?
    }

    /// One line per lesson run (cached ones say so), then its located errors.
    static func report(_ change: LivePreview.Change, initial: Bool) {
        for error in change.loadErrors { StandardError.write(error + "\n") }
        for result in change.results {
            let errors = result.errors
            let how = result.fromCache ? "cached" : String(format: "%.2f s", result.seconds)
            print("\(initial ? "ran" : "re-ran") \(result.lesson.file) (\(how)): "
                  + (errors.isEmpty ? "no errors" : "\(errors.count) error\(errors.count == 1 ? "" : "s")"))
            for error in errors { print(error.rendered(sourceLines: result.lesson.sourceLines)) }
        }
        if !initial && !change.changedPages.isEmpty {
            print("reloaded \(change.changedPages.joined(separator: ", ")) (\(String(format: "%.2f", change.seconds)) s)")
        }
        fflush(stdout)
    }
}
