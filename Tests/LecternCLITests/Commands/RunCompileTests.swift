import Foundation
import XCTest

/// `lectern run --compile`: lessons compiled with swiftc against LessonKit and compared with the
/// interpreter cell by cell. Each test compiles one small program (a few seconds each), so they
/// are few; the whole course is in CourseTests, behind LECTERN_COMPILE_TESTS=1.
final class RunCompileTests: XCTestCase {
    private var lectern: LecternProcess!

    override func setUpWithError() throws {
        try Self.skipUnlessCompilable()
        lectern = try LecternProcess()
    }

    override func tearDown() { lectern?.remove() }

    /// `--compile` needs swiftc and the LessonKit library that `swift build` puts beside lectern.
    static func skipUnlessCompilable() throws {
        let folder = LecternProcess.executable.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("libLessonKit.so").path) else {
            throw XCTSkip("no libLessonKit.so beside lectern (swift build --product LessonKit)")
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: $0 + "/swiftc") }) else {
            throw XCTSkip("no swiftc on PATH")
        }
    }

    /// The report without its timings, which vary.
    private func untimed(_ text: String) -> String {
        text.replacingOccurrences(of: #" \(swiftc [0-9.]+ s, program [0-9.]+ s\)"#, with: "", options: .regularExpression)
    }

    func testLessonThatIsRealSwiftAgreesCellByCell() throws {
        lectern.write("01-a.md", """
        # Compiled

        ```swift
        import Foundation
        struct Point { var x: Double; var y: Double }
        let p = Point(x: 3, y: 4)
        print(p, sqrt(p.x * p.x + p.y * p.y), terminator: "")
        ```

        ```swift error
        let broken: Int = "no"
        ```

        ```swift
        let t = try Tensor([[1, 2], [3, 4]])
        print(t.sum(), [1.5, 2].map { $0 * 2 })
        plot([1.0, 2.0, 4.0])
        ```

        ```swift exercise id=double points=1
        func double(_ x: Int) -> Int { 0 }
        ```

        ```swift solution id=double
        func double(_ x: Int) -> Int { 2 * x }
        ```

        ```swift check id=double
        check(double(2) == 4, "2 doubled")
        expect([Double(double(3))], approx: [6.0000000001])
        expectEqual(double(0), 0)
        ```

        """)
        let result = try lectern.run(["run", "--compile", "01-a.md"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(untimed(result.stdout), "✓ 01-a.md: compiled, 4 cells agree\n")
    }

    func testCellThatPrintsSomethingElseCompiledIsALessonError() throws {
        // A known difference (docs/language.md): lectern's `reversed()` of a String is a String.
        lectern.write("01-a.md", "# Differs\n\n```swift\nlet word = \"abc\"\nprint(word.reversed())\n```\n\n```swift\nprint(\"same\")\n```\n")
        let result = try lectern.run(["run", "--compile", "01-a.md"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertEqual(untimed(result.stdout), """
        ✗ 01-a.md: compiled, 1 difference (1 of 2 cells agree)

        01-a.md:3:1: error: compiled, this cell prints something else
        ```swift
        ^
        compiled Swift prints:
            ReversedCollection<String>(_base: "abc")
        lectern prints:
            cba

        """)
    }

    func testCompileErrorIsLocatedInTheMarkdown() throws {
        lectern.write("01-a.md", "# Broken\n\n```swift\nlet n: Int = \"seven\"\n```\n\n- in a list:\n\n  ```swift\n  let m: Int = \"eight\"\n  ```\n")
        let result = try lectern.run(["run", "--compile", "01-a.md"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertEqual(untimed(result.stdout), """
        ✗ 01-a.md: does not compile, 2 errors

        01-a.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'
        let n: Int = "seven"
                     ^

        01-a.md:10:16: error: cannot convert value of type 'String' to specified type 'Int'
          let m: Int = "eight"
                       ^

        """)
    }
}
