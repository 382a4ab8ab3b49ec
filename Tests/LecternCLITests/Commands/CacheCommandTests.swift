import XCTest

/// `run` and `export` reuse `.lectern-cache/` and say so; `--no-cache` and `lectern cache clear`.
final class CacheCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws {
        lectern = try LecternProcess()
        lectern.write("01-a.md", "# A\n\n```swift\nprint(6 * 7)\n```\n")
        lectern.write("02-b.md", "# B\n\n```swift\nprint(\"b\")\n```\n")
    }

    override func tearDown() { lectern.remove() }

    func testASecondRunReadsTheCacheAndSaysSo() throws {
        let cold = try lectern.run(["run", "--quiet", "01-a.md", "02-b.md"])
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertFalse(cold.stdout.contains("cached"), cold.stdout)
        let warm = try lectern.run(["run", "01-a.md", "02-b.md"])
        XCTAssertEqual(warm.status, 0, warm.stderr)
        XCTAssertTrue(warm.stdout.contains("42\n"), "a cached lesson still shows its output")
        XCTAssertTrue(warm.stdout.contains("✓ 01-a.md: 1 cell ran, no errors (cached)\n"), warm.stdout)
        XCTAssertTrue(warm.stdout.hasSuffix("2 lessons, all passed (2 from the cache; --no-cache runs them)\n"), warm.stdout)

        lectern.write("02-b.md", "# B\n\n```swift\nprint(\"changed\")\n```\n")
        let changed = try lectern.run(["run", "--quiet", "01-a.md", "02-b.md"])
        XCTAssertTrue(changed.stdout.contains("(1 from the cache"), changed.stdout)
        XCTAssertFalse(changed.stdout.contains("✓ 02-b.md: 1 cell ran, no errors (cached)"), changed.stdout)
    }

    func testNoCacheNeitherReadsNorWrites() throws {
        _ = try lectern.run(["run", "--quiet", "--no-cache", "01-a.md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: lectern.folder.appendingPathComponent(".lectern-cache").path))
        _ = try lectern.run(["run", "--quiet", "01-a.md"])
        let fresh = try lectern.run(["run", "--quiet", "--no-cache", "01-a.md"])
        XCTAssertFalse(fresh.stdout.contains("cached"), fresh.stdout)
    }

    func testExportSaysWhichLessonsCameFromTheCache() throws {
        _ = try lectern.run(["export", "01-a.md", "--out", "site"])
        let second = try lectern.run(["export", "01-a.md", "02-b.md", "--out", "site2"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("[1/2] 01-a.md (cached)\n[2/2] 02-b.md\n"), second.stderr)
        XCTAssertTrue(lectern.read("site2/01-a.html").contains("42"))
        _ = try lectern.run(["export", "--no-cache", "01-a.md", "02-b.md", "--out", "site3"])
        XCTAssertEqual(lectern.read("site2/01-a.html"), lectern.read("site3/01-a.html"), "a cached page is the page")
    }

    func testCacheClearForgetsEveryResult() throws {
        _ = try lectern.run(["run", "--quiet", "01-a.md", "02-b.md"])
        let cleared = try lectern.run(["cache", "clear"])
        XCTAssertEqual(cleared.status, 0, cleared.stderr)
        XCTAssertEqual(cleared.stdout, "removed 2 cached lesson results from .lectern-cache/\n")
        XCTAssertFalse(try lectern.run(["run", "--quiet", "01-a.md"]).stdout.contains("cached"))
        XCTAssertEqual(try lectern.run(["cache", "clear"]).stdout, "removed 1 cached lesson result from .lectern-cache/\n")
    }
}
