import XCTest
@testable import Interpreter

/// Brackets nested past the limits are refused before swift-syntax parses them (its lookahead
/// takes exponential time on nested `[`), at the bracket that goes too deep.
final class BracketNestingTests: XCTestCase {
    private let tooDeepSquare = "square brackets are nested too deeply (more than 8 levels of '[')"

    func testAnArrayLiteralNested200Deep() {
        let marked = "let a = " + String(repeating: "[", count: 8) + "1️⃣" + String(repeating: "[", count: 192) + "1"
            + String(repeating: "]", count: 200) + "\nprint(a)"
        assertError(marked, tooDeepSquare)
    }

    func testAnArrayType200Deep() {
        let marked = "let a: " + String(repeating: "[", count: 8) + "1️⃣" + String(repeating: "[", count: 192) + "Int"
            + String(repeating: "]", count: 200) + " = []"
        assertError(marked, tooDeepSquare)
    }

    func testFortyUnclosedSquareBrackets() {
        assertError("print(" + String(repeating: "[", count: 8) + "1️⃣" + String(repeating: "[", count: 32) + "x)", tooDeepSquare)
    }

    func testEightLevelsStillRun() {
        let deep = String(repeating: "[", count: 8) + "7" + String(repeating: "]", count: 8)
        assertOutput("let a = \(deep)\nlet t: [[[[[[[[Int]]]]]]]] = \(deep)\nprint(a == t, a)", "true \(deep)\n")
    }

    func testTwoThousandParentheses() {
        assertError("let x = " + String(repeating: "(", count: 255) + "1️⃣" + String(repeating: "(", count: 1745) + "1"
                    + String(repeating: ")", count: 2000), "code is nested too deeply (more than 256 levels of brackets)")
    }

    func testBracketsInStringsAndCommentsDoNotCount() {
        let brackets = String(repeating: "[", count: 40)
        assertOutput("""
        // \(brackets)
        /* \(brackets) /* nested \(brackets) */ \(brackets) */
        let s = "\(brackets)\\"\(brackets)"
        let r = #"\(brackets)"#
        let m = \"""
            \(brackets) "quoted" \(brackets)
            \"""
        print(s.count, r.count, m.count)
        """, "81 40 90\n")
    }

    func testBracketsInInterpolationsCount() {
        assertError("let s = \"a \\([[[[[[[[1️⃣[1]]]]]]]]].count) b\"", tooDeepSquare)
        assertOutput("let s = \"[[[[[[[[[ \\([[1], [2]].count) ]]]]]]]]]\"\nprint(s)", "[[[[[[[[[ 2 ]]]]]]]]]\n")
    }
}
