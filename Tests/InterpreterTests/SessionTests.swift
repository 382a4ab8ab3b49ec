import XCTest
@testable import Interpreter

/// Cells share one session, as in a notebook.
final class SessionTests: XCTestCase {
    func testDeclarationsPersistAcrossCells() {
        let s = Session()
        XCTAssertNil(s.run("let rate = 0.5\nvar total = 0\nfunc twice(_ x: Int) -> Int { 2 * x }\nstruct P { var x: Int }", origin: "a.md:1").error)
        XCTAssertNil(s.run("total += twice(3)\nextension P { func doubled() -> P { P(x: 2 * x) } }", origin: "a.md:5").error)
        let out = s.run("print(rate, total, P(x: 2).doubled())", origin: "a.md:9")
        XCTAssertNil(out.error)
        XCTAssertEqual(out.output, "0.5 6 P(x: 4)\n")
    }

    func testRedeclarationReplaces() {
        let s = Session()
        _ = s.run("let x = 1\nfunc f() -> Int { 1 }", origin: "a.md:1")
        _ = s.run("let x = \"two\"\nfunc f() -> Int { 2 }", origin: "a.md:2")
        XCTAssertEqual(s.run("print(x, f())", origin: "a.md:3").output, "two 2\n")
    }

    func testNamesOfAFailedCellAreUnavailable() {
        let s = Session()
        let failed = s.run("let a = 1\nlet model = [1, 2][5]\nlet after = 3", origin: "01-perceptron.md:42")
        XCTAssertEqual(failed.error, CellError(line: 2, column: 13, message: "index 5 out of range for array of 2 elements"))
        XCTAssertEqual(s.run("print(a)", origin: "x").output, "1\n")
        let use = s.run("print(model)", origin: "01-perceptron.md:50")
        XCTAssertEqual(use.error, CellError(line: 1, column: 7, message: "'model' is unavailable because the cell at 01-perceptron.md:42 failed"))
        XCTAssertEqual(s.run("print(after)", origin: "x").error?.message, "'after' is unavailable because the cell at 01-perceptron.md:42 failed")
        // Re-running a fixed cell makes the name available again.
        XCTAssertNil(s.run("let model = 7", origin: "01-perceptron.md:42").error)
        XCTAssertEqual(s.run("print(model)", origin: "x").output, "7\n")
    }

    func testErrorsInEarlierCellsCodeAreReportedAtTheCallSite() {
        let s = Session()
        XCTAssertNil(s.run("func pick(_ xs: [Int], _ i: Int) -> Int {\n    return xs[i]\n}", origin: "02-arrays.md:10").error)
        let out = s.run("let a = 1\nlet b = pick([1, 2], 7)", origin: "02-arrays.md:20")
        XCTAssertEqual(out.error, CellError(line: 2, column: 9, message: "index 7 out of range for array of 2 elements (raised at line 2, column 12 of the cell at 02-arrays.md:10)"))
    }

    func testAnOriginNamesPlacesInItsCellInFileTerms() {
        let s = Session()
        let origin = CellOrigin(name: "02-arrays.md:11") { line, column in "02-arrays.md:\(10 + line):\(column + 2)" }
        XCTAssertNil(s.run("func pick(_ xs: [Int], _ i: Int) -> Int {\n    return xs[i]\n}", origin: origin).error)
        let out = s.run("let b = pick([1, 2], 7)", origin: "02-arrays.md:20")
        XCTAssertEqual(out.error, CellError(line: 1, column: 9, message: "index 7 out of range for array of 2 elements (raised at 02-arrays.md:12:14)"))
    }

    func testAnErrorInADescriptionFromAnEarlierCellIsReportedAtTheStatementThatPrintedIt() {
        let s = Session()
        XCTAssertNil(s.run("struct P: CustomStringConvertible {\n    var xs: [Int]\n    var description: String { \"P(\\(xs[5]))\" }\n}", origin: "a.md:3").error)
        let out = s.run("let p = P(xs: [1])\nprint(\"before\")\n  print(p)", origin: "a.md:9")
        XCTAssertEqual(out.output, "before\n")
        XCTAssertEqual(out.error, CellError(line: 3, column: 3, message: "index 5 out of range for array of 1 element (raised at line 3, column 36 of the cell at a.md:3)"))
    }

    func testACellThatDoesNotParseDeclaresNothing() {
        let s = Session()
        XCTAssertNotNil(s.run("let q = 1\nlet = ", origin: "x").error)
        XCTAssertEqual(s.run("print(q)", origin: "y").error?.message, "cannot find 'q' in scope")
    }

    func testOutputBeforeAnErrorIsKept() {
        let out = runCell("print(\"before\")\nlet x: Int? = nil\nprint(x!)")
        XCTAssertEqual(out.output, "before\n")
        XCTAssertEqual(out.error, CellError(line: 3, column: 7, message: "unexpectedly found nil while unwrapping an Optional value"))
    }

    func testImports() {
        assertOutput("import Foundation\nimport MLCore\nprint(1)", "1\n")
        assertError("1️⃣import UIKit", "unsupported: import of 'UIKit' (only Foundation and MLCore can be imported)")
    }
}
