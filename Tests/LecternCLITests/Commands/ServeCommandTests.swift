import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `lectern serve` as a user starts it: it prints where it serves, answers on 127.0.0.1, and
/// stops on SIGINT. The process is killed whatever happens, and every wait has a deadline.
final class ServeCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    func testServesTheCourseOnAFreeLoopbackPort() throws {
        lectern.write("Lessons/01-a.md", "# Alpha\n\n```swift\nprint(6 * 7)\n```\n")
        let process = Process()
        process.executableURL = LecternProcess.executable
        process.arguments = ["serve", "--port", "0", "--no-cache"]
        process.currentDirectoryURL = lectern.folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }

        // The address line, read on another thread so that the wait has a deadline.
        let lines = LineCollector(output.fileHandleForReading)
        guard let serving = lines.first(containing: "serving http://127.0.0.1:", within: 20) else {
            return XCTFail("no 'serving' line within 20 s: \(lines.text)")
        }
        XCTAssertTrue(lines.text.contains("ran Lessons/01-a.md ("), lines.text)
        let address = serving.components(separatedBy: "http://127.0.0.1:")[1]
        let port = try XCTUnwrap(Int(address.prefix { $0.isNumber }))
        let page = try Self.fetch("http://127.0.0.1:\(port)/01-a.html")
        XCTAssertTrue(page.contains("42"), page)
        XCTAssertTrue(page.contains("/__lectern/live.js"), page)

        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertFalse(process.isRunning, "SIGINT stops the server")
    }

    func testABadPortOrNoLessonsIsAUsageError() throws {
        lectern.write("Lessons/01-a.md", "# Alpha\n\n```swift\nprint(1)\n```\n")
        let result = try lectern.run(["serve", "--port", "70000"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--port must be between 0 and 65535"), result.stderr)
        let none = try lectern.run(["serve", "Empty"])
        XCTAssertEqual(none.status, 2, none.stderr)
    }

    /// A GET with a 5-second deadline.
    static func fetch(_ address: String) throws -> String {
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        var request = URLRequest(url: try XCTUnwrap(URL(string: address)))
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, _, error in
            box.text = data.map { String(decoding: $0, as: UTF8.self) }
            box.error = error
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 6) == .success, let text = box.text else {
            throw box.error ?? URLError(.timedOut)
        }
        return text
    }

    private final class Box: @unchecked Sendable {
        var text: String?
        var error: Error?
    }
}

/// Collects a pipe's lines on a thread of its own.
private final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [weak self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                guard let self else { return }
                self.lock.withLock { self.collected += String(decoding: data, as: UTF8.self) }
            }
        }
    }

    var text: String { lock.withLock { collected } }

    /// The first line containing `marker`, waiting at most `seconds`.
    func first(containing marker: String, within seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = text.split(separator: "\n").first(where: { $0.contains(marker) }) { return String(line) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
