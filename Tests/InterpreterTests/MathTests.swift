import XCTest
@testable import Interpreter

/// Foundation's math functions, checked against the values compiled Swift computes.
final class MathTests: XCTestCase {
    func testElementaryFunctions() {
        assertOutput("""
        import Foundation
        print(exp(1.0), log(M_E_VALUE), log2(8.0), log10(1000.0), sqrt(2.0), pow(2.0, 10.0))
        """.replacingOccurrences(of: "M_E_VALUE", with: "2.718281828459045"),
        "\(exp(1.0)) \(log(2.718281828459045)) 3.0 3.0 \(2.0.squareRoot()) 1024.0\n")
        assertOutput("""
        print(sin(0.0), cos(0.0), tan(0.0), tanh(1.0), atan(1.0), atan2(1.0, 1.0))
        """, "0.0 1.0 0.0 \(tanh(1.0)) \(atan(1.0)) \(atan2(1.0, 1.0))\n")
    }

    func testRoundingAbsMinMax() {
        assertOutput("""
        let x = 2.5
        print(floor(x), ceil(x), round(x), x.rounded(), (-x).rounded(.down), abs(-3), abs(-2.5), max(1, 7, 3), min(2.0, 1.5), max(0, 0.5))
        print(Double.pi, Int.max, Double.infinity > 1e308, (0.0 / 0.0).isNaN, 9.0.squareRoot(), 7.0.truncatingRemainder(dividingBy: 2))
        """, "2.0 3.0 3.0 3.0 -3.0 3 2.5 7 1.5 0.5\n3.141592653589793 9223372036854775807 true true 3.0 1.0\n")
    }

    func testRandomIsRefused() {
        assertError("let r = 1️⃣Double.random(in: 0...1)",
                    "random numbers are not allowed in lesson code (results must be reproducible); use the seeded generator from MLCore (e.g. var rng = RandomGenerator(seed: 42); rng.uniform())")
    }

    func testMathFunctionRefusesAString() {
        assertError("let r = 1️⃣exp(\"one\")", "no exact matches in call to global function 'exp'")
    }
}
