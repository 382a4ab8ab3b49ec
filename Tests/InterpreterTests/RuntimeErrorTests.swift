import XCTest
@testable import Interpreter

/// Every runtime failure is a located error; nothing traps.
final class RuntimeErrorTests: XCTestCase {
    func testIndexOutOfRange() {
        assertError("let xs = [1, 2, 3]\nprint(1️⃣xs[5])", "index 5 out of range for array of 3 elements")
        assertError("var xs = [1]\n1️⃣xs[1] = 2", "index 1 out of range for array of 1 element")
        assertError("var xs: [Int] = []\nxs.1️⃣removeLast()", "can't remove last element from an empty collection")
    }

    func testDivisionByZeroAndOverflow() {
        assertError("let z = 0\nprint(10 1️⃣/ z)", "division by zero")
        assertError("let z = 0\nprint(10 1️⃣% z)", "division by zero in remainder operation")
        assertError("let big = Int.max\nlet y = big 1️⃣+ 1", "arithmetic overflow: 9223372036854775807 + 1")
        assertError("let m = Int.min\nlet y = m 1️⃣* -1", "arithmetic overflow: -9223372036854775808 * -1")
        assertOutput("print(1.0 / 0)", "inf\n")
        // Locals and parameters take a faster path for Int and Double; overflow is still caught.
        assertError("func next(_ x: Int) -> Int { x 1️⃣+ 1 }\nprint(next(Int.max))", "arithmetic overflow: 9223372036854775807 + 1")
        assertError("func times(_ a: Int, _ b: Int) -> Int { a 1️⃣* b }\nprint(times(Int.max, 2))",
                    "arithmetic overflow: 9223372036854775807 * 2")
    }

    func testLocalOperandsKeepTheirTypes() {
        assertOutput("""
        func mix(_ a: Int, _ b: Int, _ x: Double, _ y: Double) -> String {
            "\\(a - 1) \\(a * b) \\(a / b) \\(x * 2) \\(x - 0.5) \\(x / y) \\(a < 3) \\(x < 2) \\(a == b) \\(x >= y)"
        }
        print(mix(7, 2, 1.5, 0.5))
        func words(_ s: String, _ t: String) -> String { s + t }
        print(words("ab", "cd"))
        """, "6 14 3 3.0 1.0 3.0 false true false true\nabcd\n")
    }

    func testNilUnwrapAndMissingKey() {
        assertError("let d = [\"a\": 1]\nlet v = 1️⃣d[\"b\"]!", "unexpectedly found nil while unwrapping an Optional value")
    }

    func testInvalidRangeAndConversion() {
        assertError("let n = -1\nfor i in 1️⃣0..<n { print(i) }", "range requires lowerBound <= upperBound (0..<-1)")
        assertError("let d = Double.infinity\nlet n = 1️⃣Int(d)", "inf cannot be converted to Int because it is infinite")
    }

    func testUnknownNames() {
        assertError("let y = 1️⃣foo(3)", "cannot find 'foo' in scope")
        assertError("print(1️⃣undefinedValue)", "cannot find 'undefinedValue' in scope")
        assertError("let s = \"abc\"\nlet c = 1️⃣s[0]", "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead (or Array(string)[i])")
    }

    func testFatalErrorAndPrecondition() {
        assertError("1️⃣fatalError(\"boom\")", "Fatal error: boom")
        assertError("1️⃣precondition(1 > 2, \"math\")", "Precondition failed: math")
    }
}
