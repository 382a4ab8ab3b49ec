import XCTest
@testable import Interpreter

/// Types the checker does not model (an MLCore native's results) are unknown: what they alone
/// could decide, a closure's result or a literal beside them, is left to the runtime instead of
/// being guessed. A guess (the literal `0` defaulting to `Int`) refused valid lessons. The
/// expected outputs are what swiftc prints for the same code over `[[Double]]` rows.
final class UnknownTypeTests: XCTestCase {
    func testLiteralInAReduceOverANativesRowsIsNotDefaultedToInt() {
        assertOutput("""
        func rounded4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
        let rows = Tensor([[1.0, 2.0], [3.0, 1.0]]).rowArrays
        let dot = (0..<2).map { rows[0][$0] * rows[1][$0] }.reduce(0, +)
        print(rounded4(dot))
        """, "5.0\n")
    }

    func testClosureResultFromANativeStaysOpenForLaterUse() {
        assertOutput("""
        let rows = Tensor([[1.0, 2.0], [3.0, 1.0]]).rowArrays
        let sums = rows.map { $0.reduce(0, +) }
        let first: Double = sums[0]
        print(first, sums)
        """, "3.0 [3.0, 4.0]\n")
    }

    func testKnownTypesAreStillChecked() {
        assertError("""
        let rows = Tensor([[1.0, 2.0]]).rowArrays
        let n: Int = 1
        let s: String = 1️⃣n
        print(rows, s)
        """, "cannot convert value of type 'Int' to specified type 'String'")
    }
}
