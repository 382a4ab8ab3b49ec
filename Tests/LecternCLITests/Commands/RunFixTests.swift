import Foundation
import XCTest

/// `lectern run --fix` rewrites only the bodies of output blocks, in place, and says what it did.
final class RunFixTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    private let stale = "# A\n\n```swift\nprint(1 + 1)\n```\n\n```output\n3\n```\n\nEnd.\n"
    private let fixed = "# A\n\n```swift\nprint(1 + 1)\n```\n\n```output\n2\n```\n\nEnd.\n"

    private func path(_ name: String) -> String { lectern.folder.appendingPathComponent(name).path }

    private func permissions(_ name: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path(name))[.posixPermissions] as? Int) ?? -1
    }

    func testFixRewritesOutputBlocksAndASecondFixChangesNothing() throws {
        lectern.write("01-a.md", stale)
        XCTAssertEqual(try lectern.run(["run", "--quiet", "01-a.md"]).status, 1)
        let fix = try lectern.run(["run", "--quiet", "--fix", "01-a.md"])
        XCTAssertEqual(fix.stderr, "lectern: updated 1 output block in 01-a.md; the run counts it as fixed\n")
        XCTAssertEqual(fix.status, 0, "the fixed lesson passes: \(fix.stdout)")
        XCTAssertTrue(fix.stdout.contains("✓ 01-a.md: 1 cell ran, no errors"), fix.stdout)
        XCTAssertEqual(lectern.read("01-a.md"), fixed)
        let again = try lectern.run(["run", "--quiet", "--fix", "01-a.md"])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stderr, "lectern: 01-a.md: no output block needs updating; nothing changed\n")
        XCTAssertEqual(lectern.read("01-a.md"), fixed)
    }

    func testFixWritesThroughASymlinkAndKeepsHardLinksAndPermissions() throws {
        lectern.write("real.md", stale)
        try FileManager.default.createSymbolicLink(atPath: path("01-a.md"), withDestinationPath: "real.md")
        try FileManager.default.linkItem(atPath: path("real.md"), toPath: path("hard.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path("real.md"))
        XCTAssertEqual(try lectern.run(["run", "--quiet", "--fix", "01-a.md"]).stderr, "lectern: updated 1 output block in 01-a.md; the run counts it as fixed\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: path("01-a.md")), "real.md")
        XCTAssertEqual(lectern.read("real.md"), fixed)
        XCTAssertEqual(lectern.read("hard.md"), fixed)
        XCTAssertEqual(try permissions("real.md"), 0o640)
    }

    func testAReadOnlyLessonIsRefused() throws {
        lectern.write("01-a.md", stale)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path("01-a.md"))
        let fix = try lectern.run(["run", "--quiet", "--fix", "01-a.md"])
        XCTAssertEqual(fix.status, 2)
        XCTAssertEqual(fix.stderr, "lectern: error: could not update 01-a.md: it is read-only (no write permission); make it writable to let --fix update it\n")
        XCTAssertEqual(lectern.read("01-a.md"), stale)
        XCTAssertEqual(try permissions("01-a.md"), 0o444)
    }

    func testByteOrderMarkAndCRLFAreKept() throws {
        let source = "\u{FEFF}# A\r\n\r\n```swift\r\nprint(\"```\")\r\n```\r\n```output\r\nold\r\n```\r\n"
        lectern.write("01-a.md", source)
        XCTAssertEqual(try lectern.run(["run", "--quiet", "--fix", "01-a.md"]).stderr, "lectern: updated 1 output block in 01-a.md; the run counts it as fixed\n")
        // Read as bytes: Foundation's UTF-8 decoding would drop the byte-order mark.
        let bytes = try Data(contentsOf: lectern.folder.appendingPathComponent("01-a.md"))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "\u{FEFF}# A\r\n\r\n```swift\r\nprint(\"```\")\r\n```\r\n````output\r\n```\r\n````\r\n")
        let again = try lectern.run(["run", "--quiet", "--fix", "01-a.md"])
        XCTAssertEqual(again.status, 0, again.stdout)
        XCTAssertEqual(again.stderr, "lectern: 01-a.md: no output block needs updating; nothing changed\n")
    }

    func testOutputALessonCannotHoldIsRefusedClearly() throws {
        lectern.write("01-a.md", "# A\n\n```swift\nprint(\"a\\u{0}b\")\n```\n```output\nold\n```\n")
        let fix = try lectern.run(["run", "--quiet", "--fix", "01-a.md"])
        XCTAssertEqual(fix.status, 2)
        XCTAssertEqual(fix.stderr, """
        lectern: 01-a.md:6: output block not updated: the output contains a NUL character, which a lesson file cannot hold
        lectern: 01-a.md: nothing changed

        """)
    }
}
