import XCTest
@testable import Interpreter

/// Int and Double operator trees run unboxed (`Lowerer+TypedScalars.swift`): their errors must
/// be the general path's, at the operator that failed, and their operands must be read with the
/// same rules (globals of failed cells, captured variables). Program 292 compares their results
/// with swiftc.
final class TypedScalarTests: XCTestCase {
    func testOverflowAndDivisionByZeroInsideATreeAreReportedAtTheirOperator() {
        assertError("func f(_ a: Int, _ b: Int) -> Int { (a * 2) 1️⃣+ b * 3 }\nprint(f(Int.max / 2, 1))",
                    "arithmetic overflow: 9223372036854775806 + 3")
        assertError("func f(_ a: Int, _ b: Int) -> Int { a 1️⃣/ (b - b) + 1 }\nprint(f(4, 2))", "division by zero")
        assertError("func f(_ a: Int, _ b: Int) -> Int { (a 1️⃣% (b - 2)) * 5 }\nprint(f(4, 2))",
                    "division by zero in remainder operation")
        assertError("func f(_ a: Int) -> Int { 1️⃣-(a - 1) + 0 * a }\nprint(f(Int.min + 1))",
                    "arithmetic overflow: -(-9223372036854775808)")
    }

    func testDoubleTreesFollowIEEEArithmetic() {
        assertOutput("func f(_ x: Double) -> [Double] { [x / (x - x) * 2, (x - x) / (x - x) + 1, -(x * 0) + 0] }\nprint(f(1))",
                     "[inf, -nan, 0.0]\n")
    }

    func testAGlobalOfAFailedCellIsUnavailableInsideATree() {
        let s = Session()
        XCTAssertNotNil(s.run("var n = 1\nlet k: Int = [1][3]", origin: "a.md:1").error)
        let use = s.run("print(n * 2 + k * 3)", origin: "a.md:9")
        XCTAssertEqual(use.error, CellError(line: 1, column: 15, message: "'k' is unavailable because the cell at a.md:1 failed"))
    }

    func testTopLevelNumbersAssignedAndCountedInPlaceKeepTheirErrors() {
        assertError("var big = Int.max - 1\nbig += 1\nbig 1️⃣+= 1", "arithmetic overflow: 9223372036854775807 + 1")
        let s = Session()
        XCTAssertNotNil(s.run("var e = 0.5\nlet k: Int = [1][3]", origin: "a.md:1").error)
        XCTAssertNil(s.run("e = e * 0.5 + 1\nprint(e)", origin: "a.md:5").error)
        let use = s.run("var z = 2.0\nz = z * 2 + Double(k)", origin: "a.md:9")
        XCTAssertEqual(use.error, CellError(line: 2, column: 20, message: "'k' is unavailable because the cell at a.md:1 failed"))
    }

    func testAnArrayElementUpdatedInPlaceKeepsTheGeneralPathsErrors() {
        assertOutput("func step(_ w: inout [Double], _ g: [Double]) { for i in 0..<w.count { w[i] -= 0.5 * g[i] } }\nvar w = [1.0, 2.0]\nstep(&w, [2, -2])\nvar n = [3]\nfunc bump(_ a: inout [Int]) { a[0] *= 7; a[0] += 1 }\nbump(&n)\nprint(w, n)",
                     "[0.0, 3.0] [22]\n")
        assertError("func f() { var a = [1.0]\n  1️⃣a[1] += 2 }\nf()", "index 1 out of range for array of 1 element")
        assertError("func f() { var a = [Int.max]\n  a[0] 1️⃣+= 1 }\nf()", "arithmetic overflow: 9223372036854775807 + 1")
    }

    func testCapturedOperandsAreReadFromTheirFrame() {
        assertOutput("""
        func counter() -> () -> Int {
            var n = 0, step = 1
            return { n = n * 2 + step; step = step + n % 3; return n * n - step }
        }
        let c = counter()
        print(c(), c(), c())
        """, "-1 13 116\n")
    }
}
