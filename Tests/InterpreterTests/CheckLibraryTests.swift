import XCTest
@testable import Interpreter

/// The native checks: verdicts are data in the outcome, with expected and actual for failures.
final class CheckLibraryTests: XCTestCase {
    private func verdicts(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [CheckVerdict] {
        let outcome = runCell(source)
        XCTAssertNil(outcome.error?.message, file: file, line: line)
        return outcome.checks
    }

    func testConditionPassesAndFailsWithItsMessage() {
        XCTAssertEqual(verdicts("check(1 + 1 == 2, \"adds\")\ncheck(2 > 3, \"compares\")"), [
            CheckVerdict(kind: .condition, message: "adds", passed: true, line: 1, column: 1),
            CheckVerdict(kind: .condition, message: "compares", passed: false, line: 2, column: 1),
        ])
    }

    func testPrintedVerdictsAreOnlyOutput() {
        let outcome = runCell("print(\"✓ all good\")")
        XCTAssertEqual(outcome.checks, [])
        XCTAssertEqual(outcome.output, "✓ all good\n")
    }

    func testApproximateNumbersUseAbsoluteToleranceNearZeroAndRelativeAboveOne() {
        // |0.3 - (0.1 + 0.2)| = 5.6e-17 ≤ 1e-9; 1000.0000005 vs 1000 differs by 5e-7 ≤ 1e-9 · 1000.
        let v = verdicts("""
        expect(0.1 + 0.2, approx: 0.3, "sum")
        expect(1000.0000005, approx: 1000, "large")
        expect(0.001, approx: 0.002, tolerance: 1e-3, "within 1e-3")
        expect(0.001, approx: 0.0021, tolerance: 1e-3, "outside 1e-3")
        """)
        XCTAssertEqual(v.map(\.passed), [true, true, true, false])
        XCTAssertEqual(v[3], CheckVerdict(kind: .approximately, message: "outside 1e-3", passed: false,
                                          expected: "0.0021", actual: "0.001", line: 4, column: 1))
    }

    func testArraysAndTensorsCompareElementByElementAndNameTheFirstDifference() {
        let v = verdicts("""
        expect([1.0, 2.0, 3.0], approx: [1, 2, 3.0000000001], "arrays")
        expect(Tensor([[1.0, 2.0], [3.0, 4.0]]), approx: [[1.0, 2.0], [3.0, 4.5]], "tensor and nested array")
        expect([1.0, 2.0], approx: [1.0, 2.0, 3.0], "lengths")
        expect(Tensor([0.5, 1.5]), approx: Tensor([0.5, 1.5]), points: 2)
        """)
        XCTAssertEqual(v.map(\.passed), [true, false, false, true])
        XCTAssertEqual(v[1].expected, "[[1.0, 2.0], [3.0, 4.5]]")
        XCTAssertEqual(v[1].actual, "[[1.0, 2.0], [3.0, 4.0]]")
        XCTAssertEqual(v[1].detail, "first difference at element [1, 1] of shape [2, 2]")
        XCTAssertEqual(v[2].detail, "shapes differ: expected shape [3], got shape [2]")
        XCTAssertEqual(v[3].message, "values agree within 1e-09")
        XCTAssertEqual(v[3].points, 2)
    }

    func testLongArraysShowOnlyTheDifferingElement() {
        let v = verdicts("""
        var a = [Double](repeating: 1, count: 100)
        let b = a
        a[37] = 2
        expect(a, approx: b, "long")
        """)
        XCTAssertEqual(v.first?.expected, "1.0")
        XCTAssertEqual(v.first?.actual, "2.0")
        XCTAssertEqual(v.first?.detail, "first difference at element [37] of shape [100]")
    }

    func testNaNAndInfinityAgreeOnlyWithThemselves() {
        let v = verdicts("""
        expect(Double.nan, approx: Double.nan)
        expect(Double.infinity, approx: Double.infinity)
        expect(Double.infinity, approx: 1e308)
        expect(1.0, approx: Double.nan)
        """)
        XCTAssertEqual(v.map(\.passed), [true, true, false, false])
    }

    func testNonNumbersFailWithAReasonInsteadOfStoppingTheCell() {
        let v = verdicts("expect(\"abc\", approx: 1.5, \"number\")\ncheck(true, \"goes on\")")
        XCTAssertEqual(v.map(\.passed), [false, true])
        XCTAssertEqual(v[0].detail, "the actual value is not a number, an array of numbers or a tensor")
        XCTAssertEqual(v[0].actual, "\"abc\"")
    }

    func testEqualityOfPrintableValuesIncludingALessonTypesOwnEquals() {
        let v = verdicts("""
        struct Money: Equatable {
            var cents: Int
            static func == (a: Money, b: Money) -> Bool { a.cents / 100 == b.cents / 100 }
        }
        expectEqual("ok", "ok", "strings")
        expectEqual([1, 2], [1, 3], "arrays")
        expectEqual(Money(cents: 150), Money(cents: 199), "its own ==")
        expectEqual(2, 2.0, "Int and Double")
        expectEqual(1, "1", "different types")
        let missing: Int? = nil
        expectEqual(missing, 3, "optional")
        """)
        XCTAssertEqual(v.map(\.passed), [true, false, true, true, false, false])
        XCTAssertEqual(v[1].expected, "[1, 3]")
        XCTAssertEqual(v[1].actual, "[1, 2]")
        XCTAssertEqual(v[4].expected, "\"1\"")
        XCTAssertEqual(v[5].actual, "nil")
    }

    func testPointsAreRecordedAndMustBeSensible() {
        XCTAssertEqual(verdicts("check(true, \"a\", points: 1.5)").first?.points, 1.5)
        assertError("1️⃣check(true, \"a\", points: -1)", "points must be a finite number ≥ 0, not -1.0")
        assertError("1️⃣expect(1.0, approx: 1.0, tolerance: -1)", "the tolerance of expect must be a finite number ≥ 0, not -1.0")
    }

    func testVerdictsBeforeAnErrorAreKept() {
        let outcome = runCell("check(true, \"first\")\nlet xs = [1]\nprint(xs[3])\ncheck(true, \"never\")")
        XCTAssertEqual(outcome.checks.map(\.message), ["first"])
        XCTAssertEqual(outcome.error?.message, "index 3 out of range for array of 1 element")
    }

    func testARunawayLoopOfChecksEndsTheCell() {
        let outcome = runCell("for _ in 0..<20_000 { check(true) }")
        XCTAssertEqual(outcome.checks.count, 10_000)
        XCTAssertEqual(outcome.error?.message, "more than 10000 checks in one cell")
    }

    func testAChecksPlaceIsKnownOnlyInTheCellThatCallsIt() {
        let session = Session()
        _ = session.run("func helper() { check(false, \"inside\") }", origin: "a.md:1")
        let outcome = session.run("  check(true)\nhelper()", origin: "a.md:5")
        XCTAssertEqual(outcome.checks.map { v in v.line.map { "\($0):\(v.column ?? 0)" } ?? "nil" }, ["1:3", "nil"])
    }

    func testEachCellStartsWithNoVerdicts() {
        let session = Session()
        XCTAssertEqual(session.run("check(false, \"one\")", origin: "a.md:1").checks.count, 1)
        XCTAssertEqual(session.run("let x = 1", origin: "a.md:5").checks, [])
    }

    /// A lesson-level redeclaration wins over the native check (the grader's rules keep students
    /// from doing it; `lectern verify` tells an author who does).
    func testALessonsOwnCheckShadowsTheNativeOne() {
        let session = Session()
        _ = session.run("func check(_ c: Bool, _ m: String) { print(\"mine\") }", origin: "a.md:1")
        let outcome = session.run("check(false, \"x\")", origin: "a.md:5")
        XCTAssertEqual(outcome.checks, [])
        XCTAssertEqual(outcome.output, "mine\n")
    }
}
