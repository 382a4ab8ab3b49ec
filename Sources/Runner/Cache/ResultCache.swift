import Foundation
import LessonFormat
import Outcomes
import Plots

/// Results of whole lesson runs kept on disk (`.lectern-cache/`), so an unchanged lesson is not
/// run again.
///
/// An entry is used only when everything that can change a lesson's results is as it was: the
/// lesson's text and path, the contents of every data file its cells asked for (recorded while
/// it ran, including files that were missing), lectern's own identity (its version and build),
/// and the options that affect results (budgets, edition, data folder, the type checker's mode).
/// Anything unreadable, partly written or tampered with fails its checksum or its decoding and
/// counts as a miss; the cache is never trusted over running the lesson.
public final class ResultCache {
    /// Where entries live, one file per lesson and set of options.
    public let folder: String
    /// lectern's version and build: a new build may compute other results.
    public let toolIdentity: String

    public init(folder: String, toolIdentity: String) {
        self.folder = folder
        self.toolIdentity = toolIdentity
    }

    /// A stored run read back: the result and the data files its cells asked for.
    public struct Hit {
        public var result: LessonResult
        public var dataFiles: [String]
    }

    /// The lesson's cached result under `options`, if one is stored and still valid.
    public func lookup(_ lesson: Lesson, options: RunOptions) -> Hit? {
        guard let key = key(for: lesson, options: options),
              let data = FileManager.default.contents(atPath: entryPath(key)),
              let entry = CacheEntry.decode(data),
              entry.key == key,
              entry.dataFiles == entry.dataFiles.map({ DataFileFingerprint(name: $0.name, folder: dataFolder(lesson, options)) })
        else { return nil }
        let cells = lesson.cells
        var results: [CellResult] = []
        for stored in entry.cells {
            guard stored.index >= 0, stored.index < cells.count else { return nil }
            results.append(stored.result(for: cells[stored.index]))
        }
        var result = LessonResult(lesson: lesson, cells: results, diagnostics: lesson.diagnostics, seconds: entry.seconds)
        result.fromCache = true
        return Hit(result: result, dataFiles: entry.dataFiles.map(\.name))
    }

    /// Stores a complete run of `result.lesson` whose cells asked for `dataFiles`. Results that
    /// depend on the clock (a cell stopped by its time limit) are not stored. Failing to write
    /// is not an error: the next run simply runs the lesson again.
    public func store(_ result: LessonResult, options: RunOptions, dataFiles: [String]) {
        guard let key = key(for: result.lesson, options: options),
              !result.cells.contains(where: { $0.diagnostic.map(Self.dependsOnTime) ?? false }) else { return }
        let folder = dataFolder(result.lesson, options)
        let entry = CacheEntry(key: key, dataFiles: dataFiles.map { DataFileFingerprint(name: $0, folder: folder) },
                               cells: result.cells.map(CachedCell.init), seconds: result.seconds)
        guard let data = entry.encoded() else { return }
        try? FileManager.default.createDirectory(atPath: self.folder, withIntermediateDirectories: true)
        // Written beside the entry and renamed over it, so a reader never sees half an entry.
        let path = entryPath(key)
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Removes every entry; returns how many there were.
    @discardableResult
    public func clear() throws -> Int {
        guard FileManager.default.fileExists(atPath: folder) else { return 0 }
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".entry") }
        try FileManager.default.removeItem(atPath: folder)
        return entries.count
    }

    /// A time-limit error says how fast this machine was, not what the lesson computes.
    static func dependsOnTime(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.message.contains("time limit of")
    }

    private func key(for lesson: Lesson, options: RunOptions) -> CacheKey? {
        guard let optionsText = options.cacheDescription else { return nil }
        return CacheKey(lessonFile: lesson.file, lessonDigest: SHA256.hex(of: lesson.source), tool: toolIdentity,
                        options: optionsText + " dataFolder=" + dataFolder(lesson, options))
    }

    /// The folder the lesson's data files are read from, as the runner chooses it.
    private func dataFolder(_ lesson: Lesson, _ options: RunOptions) -> String {
        let folder = options.dataFolder ?? (lesson.file as NSString).deletingLastPathComponent
        return URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL.path
    }

    /// One entry per lesson path and options, so a changed lesson replaces its old entry.
    private func entryPath(_ key: CacheKey) -> String {
        let absolute = URL(fileURLWithPath: key.lessonFile).standardizedFileURL.path
        let name = SHA256.hex(of: absolute + "\n" + key.options).prefix(32)
        return (folder as NSString).appendingPathComponent(name + ".entry")
    }
}

/// Everything besides data files that must match for an entry to be used.
struct CacheKey: Codable, Equatable {
    var lessonFile: String
    var lessonDigest: String
    var tool: String
    var options: String
}

/// A data file's name and the digest of its contents at the time (nil: it did not exist or
/// could not be read, which is a result too).
struct DataFileFingerprint: Codable, Equatable {
    var name: String
    var digest: String?

    init(name: String, folder: String) {
        self.name = name
        let path = (folder as NSString).appendingPathComponent(name)
        digest = FileManager.default.contents(atPath: path).map { SHA256.hex(of: $0) }
    }
}

/// One stored run: its key, the data files it read, and each cell's result.
struct CacheEntry: Codable {
    static let currentFormat = 1
    var format = CacheEntry.currentFormat
    var key: CacheKey
    var dataFiles: [DataFileFingerprint]
    var cells: [CachedCell]
    var seconds: Double

    init(key: CacheKey, dataFiles: [DataFileFingerprint], cells: [CachedCell], seconds: Double) {
        self.key = key
        self.dataFiles = dataFiles
        self.cells = cells
        self.seconds = seconds
    }

    /// The file's bytes: the SHA-256 of the JSON on the first line, then the JSON.
    func encoded() -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let json = try? encoder.encode(self) else { return nil }
        return Data((SHA256.hex(of: json) + "\n").utf8) + json
    }

    /// The entry in `data`, or nil when its checksum, format or JSON is wrong.
    static func decode(_ data: Data) -> CacheEntry? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
              let checksum = String(data: data[data.startIndex..<newline], encoding: .utf8) else { return nil }
        let json = data[data.index(after: newline)...]
        guard checksum == SHA256.hex(of: json) else { return nil }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let entry = try? decoder.decode(CacheEntry.self, from: json), entry.format == currentFormat else { return nil }
        return entry
    }
}

/// A cell's result without its cell (the lesson's own cell stands for it when read back).
struct CachedCell: Codable {
    var index: Int
    var status: CellStatus
    var output: String
    var displayedValue: String?
    var figures: [Figure]
    var diagnostic: Diagnostic?
    var doctest: DoctestResult?
    var checks: [CheckResult]
    var raisedError: Bool
    var errorOrigin: SourceLocation?
    var seconds: Double

    init(_ result: CellResult) {
        index = result.cell.index
        status = result.status
        output = result.output
        displayedValue = result.displayedValue
        figures = result.figures
        diagnostic = result.diagnostic
        doctest = result.doctest
        checks = result.checks
        raisedError = result.raisedError
        errorOrigin = result.errorOrigin
        seconds = result.seconds
    }

    func result(for cell: Cell) -> CellResult {
        var result = CellResult(cell: cell, status: status, output: output, displayedValue: displayedValue,
                                figures: figures, diagnostic: diagnostic, doctest: doctest, checks: checks,
                                errorOrigin: errorOrigin, seconds: seconds)
        result.raisedError = raisedError
        return result
    }
}
