import XCTest
@testable import Interpreter

/// `print` and `description`, byte for byte as compiled Swift prints them.
final class PrintingTests: XCTestCase {
    func testDoubleDescriptions() {
        assertOutput("""
        print(0.1 + 0.2, 1e-5, 100000.0, 1e16, 1.0 / 3, -0.0, 2.0, Double.infinity, Float(0.1), 5e-324)
        """, "0.30000000000000004 1e-05 100000.0 1e+16 0.3333333333333333 -0.0 2.0 inf 0.1 5e-324\n")
    }

    func testCollectionsOptionalsAndTuples() {
        assertOutput("""
        let o: Int? = 4
        let s: String? = "a"
        print([1, 2], ["a", "b"], ["a": 1], [String: Int](), [Int](), o, s, [o, nil])
        print((1, 2), (mean: 3.0, max: 6.0), (1, "x"), 0..<3, [Character("a")], ["k": [1.5]])
        """, """
        [1, 2] ["a", "b"] ["a": 1] [:] [] Optional(4) Optional("a") [Optional(4), nil]
        (1, 2) (mean: 3.0, max: 6.0) (1, "x") 0..<3 ["a"] ["k": [1.5]]

        """)
    }

    func testSeparatorAndTerminator() {
        assertOutput("""
        print(1, 2, 3, separator: ", ", terminator: ";\\n")
        print("a", terminator: "")
        print("b")
        print()
        """, "1, 2, 3;\nab\n\n")
    }

    func testStringsInsideStructsAreQuoted() {
        assertOutput("""
        struct Person { var name: String; var age: Int }
        print(Person(name: "Ada", age: 36), [Person(name: "Bo", age: 2)])
        """, "Person(name: \"Ada\", age: 36) [main.Person(name: \"Bo\", age: 2)]\n")
    }

    func testDisplayedValueOfTrailingExpression() {
        assertDisplays("let x = 2\nx * 21", "42")
        assertDisplays("[1.5, 2]", "[1.5, 2.0]")
        assertDisplays("\"text\"", "text")
        assertDisplays("var x = 1\nx = 2", nil)
        assertDisplays("print(1)", nil)
        assertDisplays("func f() {}\nf()", nil)
        assertDisplays("let y = 3", nil)
    }

    func testStringFormat() {
        assertOutput("""
        import Foundation
        print(String(format: "%.3f|%5.1f|%d|%@|%e", 3.14159, 2.0, 42, "s", 1234.5))
        """, "3.142|  2.0|42|s|1.234500e+03\n")
    }

    /// `%s` reads its argument as a C string pointer. Compiled Swift on Linux, given a Swift
    /// `String`, printed "[]" on one run and "[𗑌n]" on another (corpus program 157 once held
    /// it), so lectern refuses it instead of imitating undefined behaviour.
    func testPercentSIsRefusedWithTheSpellingThatWorks() {
        assertError("""
        import Foundation
        print("before")
        let s = 1️⃣String(format: "[%s]", "abc")
        """, "String(format:) '%s' reads a C string pointer, which a Swift value is not (compiled Swift prints stray memory or crashes); use '%@' for a String",
        output: "before\n")
    }
}
