import XCTest
@testable import Interpreter

/// Operators with Swift's precedence, compound assignment, ranges, optionals, bitwise operators.
final class OperatorTests: XCTestCase {
    func testPrecedenceAndArithmetic() {
        assertOutput("""
        print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, -7 / 2, -7 % 3, -(3))
        print(1 < 2 && 2 < 3 || false, !true, 5 & 3, 5 | 3, 5 ^ 3, 1 << 4, 256 >> 2, ~0)
        """, "7 9 3 2 -3 -1 -3\ntrue false 1 7 6 16 64 -1\n")
    }

    func testCompoundAssignment() {
        assertOutput("""
        var a = 10
        a += 5; a -= 3; a *= 2; a /= 4; a %= 4
        var s = "ab"
        s += "c"
        var xs = [1]
        xs += [2, 3]
        print(a, s, xs)
        """, "2 abc [1, 2, 3]\n")
    }

    func testRangesTernaryAndNilCoalescing() {
        assertOutput("""
        let r = 0..<3
        let c = 1...4
        let x: Int? = nil
        print(r, c, r.count, c.contains(4), x ?? 7, true ? "yes" : "no")
        """, "0..<3 1...4 3 true 7 yes\n")
    }

    func testShortCircuit() {
        assertOutput("""
        func loud(_ b: Bool) -> Bool { print("evaluated"); return b }
        print(false && loud(true), true || loud(false))
        """, "false true\n")
    }

    func testEqualityOnCompositeValues() {
        assertOutput("""
        let a: Int? = 3
        print([1, 2] == [1, 2], (1, "a") == (1, "a"), "x" == "x", a == 3, a != nil, [1] != [2])
        """, "true true true true true true\n")
    }

    func testOptionalChainingAndForceUnwrap() {
        assertOutput("""
        struct Box { var items: [Int] }
        let b: Box? = Box(items: [4, 5])
        let n: Box? = nil
        print(b?.items.count, n?.items.count, b!.items, b?.items.first)
        """, "Optional(2) nil [4, 5] Optional(4)\n")
    }

    func testStringConcatenationAndInterpolation() {
        assertOutput(#"""
        let name = "Ada"
        let n = 3
        print("Hello, " + name + "!", "\(name) has \(n * 2) items", "pi ≈ \(3.14159)")
        let poem = """
            one
              two
            """
        print(poem)
        """#, "Hello, Ada! Ada has 6 items pi ≈ 3.14159\none\n  two\n")
    }

    func testTupleSwapAssignment() {
        assertOutput("""
        var a = 1, b = 2
        (a, b) = (b, a)
        print(a, b)
        """, "2 1\n")
    }
}
