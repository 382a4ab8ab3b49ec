import XCTest

final class ExportCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    func testWritesAnIndexAndOnePagePerLessonIdenticallyTwice() throws {
        lectern.write("L/01-a.md", "# Alpha\n\nMaths $\\sigma(z)$.\n\n```swift\nprint(\"<b>\")\n```\n")
        lectern.write("L/02-b.md", "# Beta\n\n```swift\nprint(2)\n```\n")
        let first = try lectern.run(["export", "L", "--out", "site"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("wrote "), first.stdout)
        let index = lectern.read("site/index.html")
        XCTAssertTrue(index.contains("Alpha"))
        XCTAssertTrue(index.contains("Beta"))
        let page = lectern.read("site/01-a.html")
        XCTAssertTrue(page.contains("<math"))
        XCTAssertTrue(page.contains("&lt;b&gt;"))
        XCTAssertFalse(page.contains("<b>\n"))
        XCTAssertEqual(try lectern.run(["export", "L", "--out", "site2"]).status, 0)
        for name in ["index.html", "01-a.html", "02-b.html", "style.css"] {
            XCTAssertEqual(lectern.read("site/" + name), lectern.read("site2/" + name), name)
        }
    }
}
