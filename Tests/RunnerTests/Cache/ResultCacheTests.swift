import Foundation
import XCTest
import LessonFormat
import Interpreter
import Outcomes
@testable import Runner

/// The result cache is used exactly when nothing that can change a lesson's results changed:
/// one test per input, and entries that are corrupt or partly written are never trusted.
final class ResultCacheTests: XCTestCase {
    private var folder: URL!
    private var cacheFolder: String { folder.appendingPathComponent(".lectern-cache").path }
    private var lessonPath: String { folder.appendingPathComponent("03-cache.md").path }

    private let lesson = """
    # Cached

    ```swift
    let d = try CSV.dataset("points.csv")
    print("rows:", d.count)
    ```

    ```swift
    scatter(d)
    d.featureCount
    ```
    """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("points.csv", "x1,x2,y\n0.5,1.5,0\n2,3,1\n")
        try write("03-cache.md", lesson)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Runs the lesson file as it is now, through the cache, storing a fresh run.
    private func runLesson(tool: String = "lectern 1", options: RunOptions = RunOptions()) throws -> (LessonResult, fromCache: Bool) {
        let lesson = try LessonLoader.load(path: lessonPath)
        let runner = LessonRunner(lesson: lesson, options: options, cache: ResultCache(folder: cacheFolder, toolIdentity: tool))
        let result = runner.runAll()
        runner.storeInCache()
        return (result, runner.isFromCache)
    }

    private var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []).filter { $0.hasSuffix(".entry") }
    }

    func testAnUnchangedLessonIsReadBackWithTheSameResults() throws {
        let (first, firstCached) = try runLesson()
        XCTAssertFalse(firstCached)
        XCTAssertEqual(first.cells.map(\.output), ["rows: 2\n", ""])
        let (second, secondCached) = try runLesson()
        XCTAssertTrue(secondCached)
        XCTAssertTrue(second.fromCache)
        XCTAssertEqual(second.cells.map(\.output), first.cells.map(\.output))
        XCTAssertEqual(second.cells.map(\.displayedValue), [nil, "2"])
        XCTAssertEqual(second.cells.map(\.figures), first.cells.map(\.figures))
        XCTAssertEqual(second.cells[1].figures.count, 1)
        XCTAssertEqual(second.cells.map(\.cell), first.cells.map(\.cell))
        XCTAssertEqual(entries.count, 1)
    }

    func testAChangedLessonTextRunsAgain() throws {
        _ = try runLesson()
        try write("03-cache.md", lesson.replacingOccurrences(of: "\"rows:\"", with: "\"count:\""))
        let (result, cached) = try runLesson()
        XCTAssertFalse(cached)
        XCTAssertEqual(result.cells[0].output, "count: 2\n")
        XCTAssertEqual(entries.count, 1, "the new run replaces the lesson's old entry")
    }

    func testAChangedDataFileRunsAgain() throws {
        _ = try runLesson()
        try write("points.csv", "x1,x2,y\n0.5,1.5,0\n2,3,1\n4,5,0\n")
        let (result, cached) = try runLesson()
        XCTAssertFalse(cached)
        XCTAssertEqual(result.cells[0].output, "rows: 3\n")
        XCTAssertTrue(try runLesson().fromCache)
    }

    func testADataFileThatAppearsRunsAgain() throws {
        try FileManager.default.removeItem(atPath: folder.appendingPathComponent("points.csv").path)
        let (missing, _) = try runLesson()
        XCTAssertEqual(missing.cells[0].status, .failed)
        XCTAssertTrue(try runLesson().fromCache, "a missing file is a result too")
        try write("points.csv", "x1,x2,y\n1,2,0\n")
        let (found, cached) = try runLesson()
        XCTAssertFalse(cached)
        XCTAssertEqual(found.cells[0].output, "rows: 1\n")
    }

    func testAnotherBuildOfLecternRunsAgain() throws {
        _ = try runLesson(tool: "lectern 1")
        XCTAssertFalse(try runLesson(tool: "lectern 2").fromCache)
        XCTAssertTrue(try runLesson(tool: "lectern 2").fromCache)
    }

    func testOptionsThatAffectResultsRunAgain() throws {
        _ = try runLesson()
        var tighter = ExecutionLimits.default
        tighter.maxSteps = 1_000
        XCTAssertFalse(try runLesson(options: RunOptions(limits: tighter)).fromCache)
        XCTAssertFalse(try runLesson(options: RunOptions(exercises: .starters)).fromCache)
        XCTAssertTrue(try runLesson(options: RunOptions(exercises: .starters)).fromCache)
        XCTAssertTrue(try runLesson().fromCache, "each set of options keeps its own entry")
    }

    func testRunsWithAStudentsCodeAreNeverCached() throws {
        let cell = Cell(index: 0, kind: .run, code: "print(1)\n", info: "swift", fenceLine: 1, columnOffsets: [0])
        let options = RunOptions(exerciseChoices: ["x": .code(ExerciseCode(cell: cell, file: "alice.md", sourceLines: []))])
        _ = try runLesson(options: options)
        XCTAssertFalse(try runLesson(options: options).fromCache)
        XCTAssertTrue(entries.isEmpty)
    }

    func testACorruptEntryIsIgnored() throws {
        _ = try runLesson()
        let path = (cacheFolder as NSString).appendingPathComponent(try XCTUnwrap(entries.first))
        var bytes = [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path)))
        let at = try XCTUnwrap(String(decoding: bytes, as: UTF8.self).range(of: "rows: 2")).lowerBound.utf16Offset(in: String(decoding: bytes, as: UTF8.self))
        bytes[at + 6] = UInt8(ascii: "9")  // "rows: 9": valid JSON, wrong checksum
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let (result, cached) = try runLesson()
        XCTAssertFalse(cached)
        XCTAssertEqual(result.cells[0].output, "rows: 2\n")
    }

    func testAPartlyWrittenEntryIsIgnored() throws {
        _ = try runLesson()
        let path = (cacheFolder as NSString).appendingPathComponent(try XCTUnwrap(entries.first))
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
        FileManager.default.createFile(atPath: path, contents: data.prefix(data.count / 2))
        XCTAssertFalse(try runLesson().fromCache)
        FileManager.default.createFile(atPath: path, contents: Data())
        XCTAssertFalse(try runLesson().fromCache)
        XCTAssertTrue(try runLesson().fromCache)
    }

    func testATimeLimitErrorIsNotStored() throws {
        try write("03-cache.md", "# Slow\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n")
        var quick = ExecutionLimits.default
        quick.maxSeconds = 0.05
        let (result, _) = try runLesson(options: RunOptions(limits: quick))
        XCTAssertEqual(result.cells[0].status, .failed)
        XCTAssertTrue(entries.isEmpty)
    }

    func testClearRemovesEveryEntry() throws {
        _ = try runLesson()
        XCTAssertEqual(try ResultCache(folder: cacheFolder, toolIdentity: "lectern 1").clear(), 1)
        XCTAssertFalse(try runLesson().fromCache)
    }
}
