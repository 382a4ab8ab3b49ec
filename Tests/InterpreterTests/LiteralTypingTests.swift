import XCTest
@testable import Interpreter

/// Swift's literal typing: integer literals become Double/Float where the context wants one.
final class LiteralTypingTests: XCTestCase {
    func testIntegerAndFloatingLiterals() {
        assertOutput("""
        let a = 1
        let b = 2.5
        print(a, b, 1 / 2, 1.0 / 2, 7 % 3, 0x10, 1_000_000)
        """, "1 2.5 0 0.5 1 16 1000000\n")
    }

    func testAnnotatedDoubleTakesIntegerLiteral() {
        assertOutput("""
        let x: Double = 1
        var y: Float = 2
        let xs: [Double] = [1, 2]
        print(x, y, xs, [1, 2] as [Double], [1, 2.5])
        """, "1.0 2.0 [1.0, 2.0] [1.0, 2.0] [1.0, 2.5]\n")
    }

    func testLiteralNextToDouble() {
        assertOutput("""
        var s = 0.0
        s += 1
        let t = s * 2 + 1
        print(s, t, t > 2, 2 * 0.5)
        """, "1.0 3.0 true 1.0\n")
    }

    func testDoubleParameterTakesIntegerLiteral() {
        assertOutput("""
        func half(_ x: Double) -> Double { x / 2 }
        struct P { var x: Double }
        print(half(3), P(x: 2))
        func f() -> Double { return 1 }
        print(f())
        """, "1.5 P(x: 2.0)\n1.0\n")
    }

    func testIntPlusDoubleIsAnError() {
        assertError("""
        let n = 3
        let x = 0.5
        print(n 1️⃣+ x)
        """, "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'")
    }

    func testConversions() {
        assertOutput("""
        let n = 7
        print(Double(n) / 2, Int(3.9), Int(-3.9), String(42), Int("42") ?? 0, Int("x") ?? -1, Float(0.1), Double("2.5")!)
        """, "3.5 3 -3 42 42 -1 0.1 2.5\n")
    }

    func testOptionalAnnotationWraps() {
        assertOutput("""
        var a: Int? = 4
        print(a)
        a = nil
        print(a)
        a = 5
        print(a as Any, a!)
        """, "Optional(4)\nnil\nOptional(5) 5\n")
    }

    func testCharacters() {
        assertOutput("""
        let c: Character = "a"
        let s = "héllo"
        print(c, s.count, Array(s), s.first!, c.isLetter)
        """, "a 5 [\"h\", \"é\", \"l\", \"l\", \"o\"] h true\n")
    }
}
