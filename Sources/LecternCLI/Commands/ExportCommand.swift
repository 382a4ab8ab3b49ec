import ArgumentParser
import Foundation
import Grading
import LessonFormat
import Outcomes
import Runner
import Site

/// `lectern export`: run lessons and write the static HTML course site.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Run lessons and write them as a static HTML course site.",
        discussion: """
        Writes index.html (the table of contents), one page per lesson with its prose, \
        highlighted code, outputs, inline SVG figures and MathML maths, and style.css. The site \
        works offline: no page loads anything from another host. The same lessons always give \
        byte-identical files. Lesson errors are shown on the pages and listed here; the exit \
        status is then 1, but the site is still written.

        Examples:
          lectern export Lessons --out site
          lectern export Lessons --out site-instructor --with-solutions
          lectern export Lessons --out site-students --handout
          lectern export Lessons --out site --title "Neural networks, CERN summer school" --templates my-templates
        """
    )

    @Argument(help: "Lesson files or course folders.", completion: .file(extensions: ["md"]))
    var paths: [String]

    @Option(name: .long, help: "The folder to write the site into (created if needed).", completion: .directory)
    var out: String

    @Option(help: "The course's name, shown on every page.")
    var title = "Neural networks and machine learning"

    @Flag(help: "Include the reference solutions (the instructor's edition).")
    var withSolutions = false

    @Flag(help: "Build the students' site from the handouts: no solutions, no hidden checks, the starters run and their visible checks shown.")
    var handout = false

    @Option(help: "A folder with page.html, index.html and/or style.css replacing the built-in templates.", completion: .directory)
    var templates: String?

    @OptionGroup(title: "Limits per cell") var limits: LimitOptions
    @OptionGroup(title: "Result cache") var caching: CacheOptions

    func validate() throws {
        if handout && withSolutions { throw ValidationError("--handout and --with-solutions exclude each other") }
    }

    func run() throws {
        let siteTemplates: SiteTemplates
        do {
            siteTemplates = try templates.map { try SiteTemplates.overriding(from: $0) } ?? .standard
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            throw ExitStatus.usage.code
        }
        let inputs = LessonInputs(paths: paths)
        let options = RunOptions(limits: limits.limits, exercises: handout ? .starters : .solutions)
        var results: [LessonResult] = []
        let cache = caching.cache
        for (number, lesson) in inputs.lessons.enumerated() {
            // The students' site is built from the handout itself, so nothing withheld can reach it.
            let shown = handout ? LessonParser.parse(Handout.text(of: lesson), file: lesson.file) : lesson
            let runner = LessonRunner(lesson: shown, options: options, cache: cache)
            StandardError.write("[\(number + 1)/\(inputs.lessons.count)] \(lesson.file)\(runner.isFromCache ? " (cached)" : "")\n")
            results.append(runner.runAll())
            runner.storeInCache()
        }
        let builder = SiteBuilder(options: SiteOptions(courseTitle: title, withSolutions: withSolutions,
                                                       templates: siteTemplates))
        let written: [String]
        do {
            written = try builder.write(results, to: out) { StandardError.write("lectern: warning: \($0)\n") }
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            throw ExitStatus.usage.code
        }
        // In the handout the starters fail their checks by design; anything else is an error.
        let handout = self.handout
        let errors = results.flatMap { result in
            result.errors.filter { error in
                !handout || !result.cells.contains { $0.failedOnlyByChecks && $0.diagnostic == error }
            }.map { $0.rendered(sourceLines: result.lesson.sourceLines) }
        }
        for error in errors { StandardError.write(error + "\n") }
        print("wrote \(written.count) files to \(out) (\(results.count) lesson\(results.count == 1 ? "" : "s"), "
              + (errors.isEmpty ? "no errors)" : "\(errors.count) error\(errors.count == 1 ? "" : "s"))"))
        if inputs.loadFailed { throw ExitStatus.usage.code }
        if !errors.isEmpty { throw ExitStatus.lessonErrors.code }
    }
}
