import XCTest

/// `lectern check` (students) and `lectern verify` (authors): tables and exit statuses.
final class CheckCommandTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws { lectern = try LecternProcess() }
    override func tearDown() { lectern.remove() }

    private func copy(_ body: String) -> String {
        "# Twice\n\n```swift exercise id=twice points=2\n\(body)\n```\n\n```swift check id=twice\nexpectEqual(twice(2), 4, \"twice 2 is 4\")\ncheck(twice(0) == 0, \"twice 0 is 0\")\n```\n"
    }

    func testTheStudentsTableAndExitStatus() throws {
        lectern.write("mine.md", copy("func twice(_ x: Int) -> Int { x }"))
        let failing = try lectern.run(["check", "mine.md"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stdout, """
        exercise  points  checks passed
        twice          2  ✗ 1 of 2
            ✗ twice 2 is 4: expected 4, got 2

        1 of 2 visible checks pass

        """)
        lectern.write("mine.md", copy("func twice(_ x: Int) -> Int { x + x }"))
        let passing = try lectern.run(["check", "mine.md"])
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.hasSuffix("all 2 visible checks pass\n"))
        lectern.write("mine.md", copy("func twice(_ x: Int) -> Int { x +* }"))
        let broken = try lectern.run(["check", "mine.md"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stdout.contains("    mine.md:4:"), broken.stdout)
        XCTAssertEqual(try lectern.run(["check", "nothing.md"]).status, 2)
    }

    func testVerifyCatchesACheckThatPassesOnTheStarter() throws {
        let withSolution = copy("func twice(_ x: Int) -> Int { x }").replacingOccurrences(
            of: "```swift check", with: "```swift solution id=twice\nfunc twice(_ x: Int) -> Int { 2 * x }\n```\n\n```swift check")
        lectern.write("ok.md", withSolution)
        let sound = try lectern.run(["verify", "ok.md"])
        XCTAssertEqual(sound.status, 0, sound.stdout)
        XCTAssertEqual(sound.stdout, "✓ ok.md: twice (2 points, 2 checks, 1 failing on the starter)\n")
        lectern.write("weak.md", "# W\n\n```swift exercise id=w\nlet w = 0\n```\n\n```swift solution id=w\nlet w = 0\n```\n\n```swift check id=w\ncheck(w >= 0, \"not negative\")\n```\n")
        let weak = try lectern.run(["verify", "weak.md"])
        XCTAssertEqual(weak.status, 1)
        XCTAssertEqual(weak.stdout, """
        ✗ weak.md: w (1 point, 1 check, 0 failing on the starter)
          weak.md:3: the starter of 'w' passes every check: its checks check nothing

        """)
    }
}
