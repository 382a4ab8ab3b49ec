import XCTest
@testable import Interpreter

/// Call sites cache a direct plan of the declaration they call (`CallPlans.swift`): the plans must
/// follow redeclarations in later cells, dispatch on the receiver's dynamic type, and keep the
/// budgets and error locations of the general call path. (Programs 290–291 compare the plain
/// dispatch cases with swiftc; redeclaring across cells is lectern's notebook semantics.)
final class CallPlanTests: XCTestCase {
    func testAMethodAndAGetterRedeclaredInALaterCellAreSeenByAnEarlierCallSite() {
        let s = Session()
        XCTAssertNil(s.run("struct V { var x: Double }\nextension V { func scaled() -> Double { 2 * x }\n  var half: Double { x / 2 } }\nfunc use(_ v: V) -> String { \"\\(v.scaled()) \\(v.half)\" }\nprint(use(V(x: 4)))", origin: "a.md:1").error)
        XCTAssertNil(s.run("extension V { func scaled() -> Double { 10 * x }\n  var half: Double { x / 4 } }", origin: "a.md:1").error)
        let out = s.run("print(use(V(x: 4)))", origin: "a.md:20")
        XCTAssertNil(out.error)
        XCTAssertEqual(out.output, "40.0 1.0\n")
    }

    func testAMethodRedeclaredInAnExtensionOfALaterCellIsSeenByAnEarlierCallSite() {
        let s = Session()
        XCTAssertNil(s.run("final class C { var n = 1 }\nextension C { func tag() -> String { \"one\" } }\nfunc show(_ c: C) -> String { c.tag() }\nprint(show(C()))", origin: "a.md:1").error)
        XCTAssertNil(s.run("extension C { func tag() -> String { \"two\" } }", origin: "a.md:1").error)
        XCTAssertEqual(s.run("print(show(C()))", origin: "a.md:30").output, "two\n")
    }

    func testMemberwiseConstructionStillWorksAfterAnExtensionAddsAnInitialiser() {
        let s = Session()
        XCTAssertNil(s.run("struct P { var x: Double; var label: Int? }\nfunc make() -> P { P(x: 1, label: 2) }\nprint(make())", origin: "a.md:1").error)
        XCTAssertNil(s.run("extension P { init(twice v: Double) { x = 2 * v; label = nil } }", origin: "a.md:5").error)
        let out = s.run("print(make(), P(twice: 2), P(x: 3, label: nil))", origin: "a.md:9")
        XCTAssertNil(out.error)
        XCTAssertEqual(out.output, "P(x: 1.0, label: Optional(2)) P(x: 4.0, label: nil) P(x: 3.0, label: nil)\n")
    }

    func testAnOperatorRedeclaredInALaterCellIsSeenByAnEarlierCallSite() {
        let s = Session()
        XCTAssertNil(s.run("struct M { var v: Int }\nextension M { static func + (a: M, b: M) -> M { M(v: a.v + b.v) } }\nfunc sum(_ a: M, _ b: M) -> Int { (a + b).v }", origin: "a.md:1").error)
        XCTAssertEqual(s.run("print(sum(M(v: 2), M(v: 3)))", origin: "a.md:5").output, "5\n")
        XCTAssertNil(s.run("extension M { static func + (a: M, b: M) -> M { M(v: a.v * b.v) } }", origin: "a.md:1").error)
        XCTAssertEqual(s.run("print(sum(M(v: 2), M(v: 3)), (M(v: 4) + M(v: 5)).v)", origin: "a.md:12").output, "6 20\n")
    }

    func testRunawayRecursionThroughMethodsAndGettersHitsTheDepthLimit() {
        assertError("struct R { func down(_ n: Int) -> Int { 1️⃣down(n + 1) } }\nprint(R().down(0))",
                    "recursion too deep: more than 50 nested calls", limits: ExecutionLimits(maxCallDepth: 50))
        assertError("struct R { var deeper: Int { self.1️⃣deeper + 1 } }\nprint(R().deeper)",
                    "recursion too deep: more than 50 nested calls", limits: ExecutionLimits(maxCallDepth: 50))
        assertError("struct R { var n: Int\n  static func + (a: R, b: R) -> R { a 1️⃣+ b } }\nprint((R(n: 1) + R(n: 2)).n)",
                    "recursion too deep: more than 50 nested calls", limits: ExecutionLimits(maxCallDepth: 50))
    }

    func testAnErrorInsideAPlannedMethodIsReportedAtItsCallSite() {
        let s = Session()
        XCTAssertNil(s.run("struct T { var xs: [Int]\n  func at(_ i: Int) -> Int { xs[i] }\n  var third: Int { xs[2] } }", origin: "t.md:3").error)
        let method = s.run("let t = T(xs: [1])\nprint(t.at(4))", origin: "t.md:10")
        XCTAssertEqual(method.error, CellError(line: 2, column: 9, message: "index 4 out of range for array of 1 element (raised at line 2, column 30 of the cell at t.md:3)"))
        let getter = s.run("print(T(xs: []).third)", origin: "t.md:20")
        XCTAssertEqual(getter.error, CellError(line: 1, column: 17, message: "index 2 out of range for array of 0 elements (raised at line 3, column 20 of the cell at t.md:3)"))
    }

    func testAClosureThatCapturedAPlannedCallsFrameKeepsItsOwnValues() {
        assertOutput("""
        struct Offset {
            var by: Double
            func adder(_ extra: Double) -> (Double) -> Double { { $0 + self.by + extra } }
        }
        let o = Offset(by: 1)
        let fs = (0..<3).map { o.adder(Double($0) * 10) }
        print(fs.map { $0(0.5) })
        """, "[1.5, 11.5, 21.5]\n")
    }
}
