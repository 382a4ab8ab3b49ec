import Foundation
import LessonFormat
import Outcomes
import Runner
import Site

/// The course as `lectern serve` shows it: every lesson's latest result and the site built from
/// them, kept in memory and brought up to date by `refresh()`.
///
/// A refresh looks at the lesson files and at the data files each lesson read when it last ran,
/// re-runs only the lessons whose files changed (the result cache answers for a lesson changed
/// back to a text it already had), rebuilds the pages, and reports which pages differ, so the
/// server reloads just the browsers showing them.
public final class LivePreview: @unchecked Sendable {
    /// One lesson as last run, with the stamps of the files that its result depends on.
    private struct Watched {
        var path: String
        var result: LessonResult
        var stamps: [String: FileStamp?]
    }

    /// What one refresh did.
    public struct Change: Sendable {
        /// Lesson files that were (re-)run or read back from the cache, in course order.
        public var lessonsRun: [String]
        /// Site paths whose contents changed or that appeared or disappeared.
        public var changedPages: [String]
        /// Lessons that could not be read (the page keeps showing their last good version).
        public var loadErrors: [String]
        /// Seconds the refresh took, running and rebuilding included.
        public var seconds: Double
        /// The results of the lessons that ran, for the terminal's report.
        public var results: [LessonResult]

        public var isEmpty: Bool { lessonsRun.isEmpty && changedPages.isEmpty && loadErrors.isEmpty }
    }

    private let paths: [String]
    private let options: RunOptions
    private let cache: ResultCache?
    private let builder: SiteBuilder
    private let lock = NSLock()
    private var watched: [Watched] = []
    private var files: [String: String] = [:]
    /// Load errors already reported, so a broken file is reported once, not on every poll.
    private var reportedErrors: Set<String> = []

    public init(paths: [String], options: RunOptions, cache: ResultCache?, site: SiteOptions) {
        self.paths = paths
        self.options = options
        self.cache = cache
        self.builder = SiteBuilder(options: site)
    }

    /// The page or image at a site path (`03-x.html`, `img/a.png`), as the latest build has it.
    public func file(at path: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        if let text = files[path] { return Data(text.utf8) }
        return builder.image(at: path, in: watched.map(\.result))
    }

    /// The site paths of the latest build, sorted.
    public var pages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return files.keys.sorted()
    }

    /// Brings the site up to date with the files on disk; the first call runs every lesson.
    @discardableResult
    public func refresh() -> Change {
        let start = Date()
        lock.lock()
        defer { lock.unlock() }
        var change = Change(lessonsRun: [], changedPages: [], loadErrors: [], seconds: 0, results: [])
        let lessonPaths = (try? LessonLoader.lessonPaths(for: paths)) ?? paths.flatMap { (try? LessonLoader.lessonPaths(for: [$0])) ?? [] }
        var next: [Watched] = []
        var errorsNow: Set<String> = []
        for path in lessonPaths {
            let previous = watched.first { $0.path == path }
            if let previous, previous.stamps.allSatisfy({ FileStamp.of($0.key) == $0.value }) {
                next.append(previous)
                continue
            }
            let lessonStamp = FileStamp.of(path)
            let lesson: Lesson
            do {
                lesson = try LessonLoader.load(path: path)
            } catch {
                let message = "lectern: error: \(error)"
                errorsNow.insert(message)
                if !reportedErrors.contains(message) { change.loadErrors.append(message) }
                if let previous { next.append(previous) }
                continue
            }
            let runner = LessonRunner(lesson: lesson, options: options, cache: cache)
            let result = runner.runAll()
            runner.storeInCache()
            var stamps: [String: FileStamp?] = [path: lessonStamp]
            let folder = options.dataFolder ?? (path as NSString).deletingLastPathComponent
            for name in runner.dataFilesRead {
                let file = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(name)
                stamps[file] = FileStamp.of(file)
            }
            next.append(Watched(path: path, result: result, stamps: stamps))
            change.lessonsRun.append(path)
            change.results.append(result)
        }
        reportedErrors = errorsNow
        let lessonsChanged = !change.lessonsRun.isEmpty || next.map(\.path) != watched.map(\.path)
        watched = next
        if lessonsChanged {
            var built: [String: String] = [:]
            for file in builder.build(next.map(\.result)) { built[file.path] = file.contents }
            change.changedPages = Set(built.keys).union(files.keys).filter { built[$0] != files[$0] }.sorted()
            files = built
        }
        change.seconds = Date().timeIntervalSince(start)
        return change
    }
}
