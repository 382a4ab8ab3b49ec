import XCTest
@testable import Grading
import LessonFormat
import Outcomes

/// The exercise rule: declare only the starter's names, change only your own, never call a
/// check or use a hidden check's names. What breaks it is blanked out, positions kept.
final class ExerciseRulesTests: XCTestCase {
    private let lesson = LessonParser.parse("""
    # L

    ```swift hidden
    var tolerance = 1e-9
    ```

    ```swift exercise id=f
    func f(_ x: Double) -> Double { x }
    ```

    ```swift check id=f hidden
    let secretInputs = [1.0, 2.0]
    for x in secretInputs { expect(f(x), approx: 2 * x, tolerance: tolerance) }
    ```
    """, file: "lesson.md")

    private func clean(_ code: String) -> (code: String, findings: [String]) {
        let submission = LessonParser.parse("# L\n\n```swift exercise id=f\n" + code + "```\n", file: "eve.md")
        let cell = submission.cells[0]
        let result = ExerciseRules(lesson: lesson).clean(cell, exercise: "f", file: "eve.md", lines: submission.sourceLines)
        return (result.code, result.findings.map(\.header))
    }

    func testTheStartersNamesAreAllowed() {
        let result = clean("func f(_ x: Double) -> Double {\n    var y = x\n    y *= 2\n    return y\n}\nprint(f(1))\n")
        XCTAssertEqual(result.findings, [])
    }

    func testRedefinedChecksAreBlankedWithPositionsKept() {
        let code = "func f(_ x: Double) -> Double { 2 * x }\nfunc expect(_ a: Double, approx: Double, tolerance: Double) {}\nlet x = 1\n"
        let result = clean(code)
        XCTAssertEqual(result.findings, [
            "eve.md:5:1: declares a function 'expect', but the starter of exercise 'f' declares only 'f'; this declaration was not run",
            "eve.md:6:1: declares 'x', but the starter of exercise 'f' declares only 'f'; this declaration was not run",
        ])
        let lines = result.code.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(lines[0], "func f(_ x: Double) -> Double { 2 * x }")
        XCTAssertTrue(lines[1].allSatisfy { $0 == " " } && lines[1].count == 62)
    }

    func testExtensionsAndShadowingSetUpAreFindings() {
        XCTAssertEqual(clean("extension Array { func allSatisfy(_ p: (Element) -> Bool) -> Bool { true } }\n").findings,
                       ["eve.md:4:1: declares an extension of 'Array', but the starter of exercise 'f' declares only 'f'; this declaration was not run"])
        XCTAssertEqual(clean("let tolerance = 1e9\nfunc f(_ x: Double) -> Double { 2 * x }\n").findings,
                       ["eve.md:4:1: declares 'tolerance', but the starter of exercise 'f' declares only 'f'; this declaration was not run"])
    }

    func testChangingTheLessonsStateIsAFindingEvenInsideTheFunction() {
        XCTAssertEqual(clean("func f(_ x: Double) -> Double {\n    tolerance = 1e9\n    return 0\n}\n").findings,
                       ["eve.md:5:5: changes 'tolerance', which this exercise does not declare (an exercise may change only its own names); this part of the exercise was not run"])
        XCTAssertEqual(clean("tolerance += 1\n").findings.count, 1)
    }

    func testCallingAChecksOrUsingAHiddenChecksNamesIsAFinding() {
        XCTAssertEqual(clean("func f(_ x: Double) -> Double {\n    check(true, \"free points\", points: 100)\n    return x\n}\n").findings,
                       ["eve.md:5:5: calls 'check': checks belong in the lesson's check cells, not in an exercise; this part of the exercise was not run"])
        XCTAssertEqual(clean("func f(_ x: Double) -> Double { print(secretInputs); return x }\n").findings,
                       ["eve.md:4:39: uses 'secretInputs', which belongs to the instructor's hidden checks; this part of the exercise was not run"])
    }

    func testACellThatDoesNotParseIsLeftAsItIs() {
        let result = clean("func f(_ x: Double) -> Double {\n    return (x\n}\nfunc check() {}\n")
        XCTAssertEqual(result.findings, [])
        XCTAssertTrue(result.code.contains("func check"))
    }
}
