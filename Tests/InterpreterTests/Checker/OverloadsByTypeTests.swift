import XCTest
@testable import Interpreter

/// Overloads that labels cannot tell apart: the checker chooses by argument types, as compiled
/// Swift does, and exactly that declaration runs. Expected output from swiftc 6.3.
final class OverloadsByTypeTests: XCTestCase {
    func testOperatorOverloadsByOperandType() {
        assertOutput("""
        struct V: CustomStringConvertible {
            var x: Double
            static func * (a: V, b: V) -> V { V(x: a.x * b.x) }
            static func * (s: Double, v: V) -> V { V(x: s * v.x) }
            var description: String { "V(\\(x))" }
        }
        print(V(x: 2) * V(x: 3), 2 * V(x: 3))
        """, "V(6.0) V(6.0)\n")
    }

    func testFreeFunctionsOverloadedByParameterType() {
        assertOutput("""
        func describe(_ x: Int) -> String { "int \\(x)" }
        func describe(_ x: Double) -> String { "double \\(x)" }
        func describe(_ x: String) -> String { "string \\(x)" }
        print(describe(1), describe(1.5), describe("a"))
        """, "int 1 double 1.5 string a\n")
    }

    func testMethodsAndInitialisersOverloadedByType() {
        assertOutput("""
        struct Meter {
            var value: Double
            init(_ v: Double) { value = v }
            init(_ v: Int) { value = Double(v) * 10 }
            func plus(_ d: Double) -> Double { value + d }
            func plus(_ m: Meter) -> Double { value + m.value * 100 }
        }
        let m = Meter(2)
        print(m.value, Meter(2.5).value, m.plus(1.5), m.plus(Meter(1.0)))
        """, "20.0 2.5 21.5 120.0\n")
    }

    func testClassMethodsWriteBackInoutArguments() {
        assertOutput("""
        final class C { func bump(_ n: inout Int) { n += 1 } }
        var n = 0
        let c = C()
        c.bump(&n)
        c.bump(&n)
        print(n)
        """, "2\n")
    }
}
