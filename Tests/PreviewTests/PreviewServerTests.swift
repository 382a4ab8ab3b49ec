import Foundation
import XCTest
import Runner
import Site
@testable import Preview

/// `lectern serve` end to end on a free loopback port: pages are served with the live-reload
/// script, and a change to a lesson or to a data file it reads reaches the open page. Every
/// network read has a deadline of a few seconds (LoopbackClient), so nothing here can hang.
final class PreviewServerTests: XCTestCase {
    private var folder: URL!
    private var server: PreviewServer!
    private var port: UInt16 = 0

    override func setUp() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("01-first.md", "# First\n\n```swift\nprint(\"one\")\n```\n")
        try write("02-data.md", "# Data\n\n```swift\nlet d = try CSV.dataset(\"points.csv\")\nprint(\"rows:\", d.count)\n```\n")
        try write("points.csv", "x,y\n1,0\n2,1\n")
        let preview = LivePreview(paths: [folder.path], options: RunOptions(), cache: nil,
                                  site: SiteOptions(courseTitle: "Test course"))
        preview.refresh()
        server = PreviewServer(preview: preview)
        port = try await server.start(port: 0)
        server.watch(every: 0.02) { _ in }
    }

    override func tearDown() async throws {
        await server?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    /// Waits (at most a few seconds) until the WebSocket says `page` changed.
    private func waitForReload(of page: String, on socket: LoopbackClient) throws -> String {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let message = try socket.readTextMessage()
            if message.contains("\"\(page)\"") || message.contains("\"error\"") { return message }
        }
        throw LoopbackClient.Failure(description: "no reload of \(page) within 5 s")
    }

    func testServesPagesWithTheLiveReloadScript() throws {
        let page = try LoopbackClient.get("/01-first.html", port: port)
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("one"))
        XCTAssertTrue(page.body.contains("<script src=\"/__lectern/live.js\"></script>\n</body>"))
        let index = try LoopbackClient.get("/", port: port)
        XCTAssertEqual(index.status, 200)
        XCTAssertTrue(index.body.contains("01-first.html"))
        let script = try LoopbackClient.get("/__lectern/live.js", port: port)
        XCTAssertTrue(script.body.contains("new WebSocket"))
        XCTAssertEqual(try LoopbackClient.get("/nope.html", port: port).status, 404)
    }

    func testAChangedLessonReloadsItsPageOnly() throws {
        let socket = try LoopbackClient.webSocket("/__lectern/live", port: port)
        let saved = Date()
        try write("01-first.md", "# First\n\n```swift\nprint(\"changed\")\n```\n")
        let message = try waitForReload(of: "01-first.html", on: socket)
        let page = try LoopbackClient.get("/01-first.html", port: port)
        let seconds = Date().timeIntervalSince(saved)
        XCTAssertFalse(message.contains("02-data.html"), message)
        XCTAssertTrue(page.body.contains("changed"))
        print("save to reloaded page: \(String(format: "%.3f", seconds)) s (debug build, 20 ms polling)")
    }

    func testAChangedDataFileRerunsTheLessonThatReadIt() throws {
        let socket = try LoopbackClient.webSocket("/__lectern/live", port: port)
        try write("points.csv", "x,y\n1,0\n2,1\n3,0\n")
        let message = try waitForReload(of: "02-data.html", on: socket)
        XCTAssertFalse(message.contains("01-first.html"), message)
        XCTAssertTrue(try LoopbackClient.get("/02-data.html", port: port).body.contains("rows: 3"))
    }

    func testAFailingCellShowsItsLocatedErrorOnThePage() throws {
        let socket = try LoopbackClient.webSocket("/__lectern/live", port: port)
        try write("01-first.md", "# First\n\n```swift\nlet xs = [1]\nprint(xs[3])\n```\n")
        _ = try waitForReload(of: "01-first.html", on: socket)
        let body = try LoopbackClient.get("/01-first.html", port: port).body
        XCTAssertTrue(body.contains("01-first.md:5:"), body)
        XCTAssertTrue(body.contains("out of range"), body)
    }

    func testALessonThatCannotBeReadKeepsItsPageAndSaysWhy() throws {
        let socket = try LoopbackClient.webSocket("/__lectern/live", port: port)
        try write("01-first.md", "no title here\n")
        let message = try waitForReload(of: "01-first.html", on: socket)
        XCTAssertTrue(message.contains("\"error\""), message)
        XCTAssertTrue(message.contains("no '# Title' heading"), message)
        XCTAssertTrue(try LoopbackClient.get("/01-first.html", port: port).body.contains("one"))
    }
}
