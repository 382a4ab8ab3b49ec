import XCTest
@testable import LessonFormat

final class FenceInfoTests: XCTestCase {
    func testPlainSwiftIsARunCell() {
        XCTAssertEqual(try FenceInfo.parse("swift").get(), .cell(.run))
    }

    func testEveryRole() throws {
        XCTAssertEqual(try FenceInfo.parse("swift hidden").get(), .cell(.hidden))
        XCTAssertEqual(try FenceInfo.parse("swift norun").get(), .cell(.norun))
        XCTAssertEqual(try FenceInfo.parse("swift error").get(), .cell(.expectError))
        XCTAssertEqual(try FenceInfo.parse("swift exercise id=nand points=3").get(), .cell(.exercise(id: "nand", points: 3)))
        XCTAssertEqual(try FenceInfo.parse("swift exercise id=nand").get(), .cell(.exercise(id: "nand", points: 1)))
        XCTAssertEqual(try FenceInfo.parse("swift solution id=nand").get(), .cell(.solution(id: "nand")))
        XCTAssertEqual(try FenceInfo.parse("swift check id=nand").get(), .cell(.check(id: "nand", hidden: false)))
        XCTAssertEqual(try FenceInfo.parse("swift check id=nand hidden").get(), .cell(.check(id: "nand", hidden: true)))
        XCTAssertEqual(try FenceInfo.parse("swift   hidden   check id=a_b-2").get(), .cell(.check(id: "a_b-2", hidden: true)))
    }

    func testVariesMarksACellThatRunsAndPrintsTimes() throws {
        XCTAssertEqual(try FenceInfo.parse("swift varies").get(), .cell(.run, varies: true))
        XCTAssertEqual(try FenceInfo.parse("swift hidden varies").get(), .cell(.hidden, varies: true))
        XCTAssertEqual(try FenceInfo.parse("swift varies solution id=a").get(), .cell(.solution(id: "a"), varies: true))
        assertProblem("swift norun varies", "'varies' applies only to cells that run and print: plain, hidden and solution cells", 12)
        assertProblem("swift check id=a varies", "'varies' applies only to cells that run and print: plain, hidden and solution cells", 17)
        assertProblem("swift varies varies", "duplicate attribute 'varies'", 13)
    }

    func testOtherLanguagesAreProse() throws {
        XCTAssertEqual(try FenceInfo.parse("python").get(), .prose)
        XCTAssertEqual(try FenceInfo.parse("swiftui hidden").get(), .prose)
        XCTAssertEqual(try FenceInfo.parse("").get(), .prose)
    }

    func testOutputTolerance() throws {
        XCTAssertEqual(try FenceInfo.parse("output").get(), .output(tolerance: 1e-6))
        XCTAssertEqual(try FenceInfo.parse("output tol=1e-3").get(), .output(tolerance: 1e-3))
    }

    func testProblemsNameTheWordAndItsOffset() {
        assertProblem("swift hiden", "unknown attribute 'hiden' (expected one of: hidden, norun, error, exercise, solution, check, varies, id=NAME, points=N)", 6)
        assertProblem("swift exercise id=9lives", "malformed exercise id '9lives': use letters, digits, '-' and '_', starting with a letter", 15)
        assertProblem("swift exercise id=", "malformed exercise id '': use letters, digits, '-' and '_', starting with a letter", 15)
        assertProblem("swift exercise points=2", "a 'exercise' cell needs an id, e.g. 'exercise id=perceptron'", 6)
        assertProblem("swift exercise id=a points=two", "points must be a whole number from 0 to 10000, not 'two'", 20)
        assertProblem("swift id=a", "'id=' applies only to exercise, solution and check cells", 6)
        assertProblem("swift solution id=a points=1", "'points=' applies only to exercise cells", 20)
        assertProblem("swift norun error", "'error' conflicts with 'norun': a cell has one role", 12)
        assertProblem("swift hidden exercise id=a", "'hidden' cannot be combined with 'exercise'", 6)
        assertProblem("swift check id=a id=b", "duplicate attribute 'id='", 17)
        assertProblem("output tol=abc", "tol must be a non-negative number such as 1e-3, not 'abc'", 7)
        assertProblem("output fuzzy", "unknown attribute 'fuzzy' on an output block (expected tol=NUMBER)", 7)
    }

    private func assertProblem(_ info: String, _ message: String, _ offset: Int, line: UInt = #line) {
        switch FenceInfo.parse(info) {
        case .success(let value): XCTFail("expected a problem, got \(value)", line: line)
        case .failure(let problem):
            XCTAssertEqual(problem.message, message, line: line)
            XCTAssertEqual(problem.offset, offset, line: line)
        }
    }
}
