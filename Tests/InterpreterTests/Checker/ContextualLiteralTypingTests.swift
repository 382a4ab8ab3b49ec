import XCTest
@testable import Interpreter

/// Integer literals that Swift types as Double (or Float) from their context, decided by the
/// static checker before the cell runs. Expected output from swiftc 6.3 (issue 9's reproducers).
final class ContextualLiteralTypingTests: XCTestCase {
    func testRepeatedValueStoredInADoubleProperty() {
        assertOutput("""
        struct Layer { var weights: [Double] = Array(repeating: 0, count: 2) }
        print(Layer().weights)
        """, "[0.0, 0.0]\n")
    }

    func testTernaryInsideAComputedPropertyOfDoubles() {
        assertOutput("""
        enum Label: CaseIterable {
            case cat, dog
            var oneHot: [Double] { Label.allCases.map { $0 == self ? 1 : 0 } }
        }
        print(Label.dog.oneHot)
        """, "[0.0, 1.0]\n")
    }

    func testNilCoalescingWithADoubleOptional() {
        assertOutput("""
        let r = Dictionary(uniqueKeysWithValues: [("a", 1.5)])["b"] ?? -1
        let d: Double? = nil
        print(r, d ?? 0)
        """, "-1.0 0.0\n")
    }

    func testArrayMutationsOfDoubles() {
        assertOutput("""
        var q: [Double] = [1.5]
        q.insert(-1, at: 0)
        q.append(4)
        q += [10]
        print(q)
        """, "[-1.0, 1.5, 4.0, 10.0]\n")
    }

    func testReduceInitialValueFromTheClosure() {
        assertOutput("""
        let a = [1.0, 2.0], b = [3.0, 4.0]
        print(zip(a, b).reduce(0) { $0 + $1.0 * $1.1 })
        print([Float]().reduce(0, +))
        """, "11.0\n0.0\n")
    }

    func testLiteralSubexpressionCombinedWithADouble() {
        assertOutput("""
        let x = 3.0
        print((1 / 2) * x, 1 / 2)
        """, "1.5 0\n")
    }

    func testLiteralsInFunctionDefaultsAndReturns() {
        assertOutput("""
        func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }
        func zero() -> Double { 0 }
        print(scale(3), zero(), [1, 2].map { Double($0) / 4 })
        """, "6.0 0.0 [0.25, 0.5]\n")
    }

    /// A literal receiver is a Double when only Double has the member (`rounded`), else an Int.
    func testLiteralReceiverTakesTheFirstTypeWithTheMember() {
        assertOutput("""
        let r = (0).rounded()
        print(r, (-6).rounded() / 4, (9).squareRoot(), 1.description, (-7).magnitude)
        """, "0.0 -1.5 3.0 1 7\n")
    }

    /// `[…].first ?? literal` in an untyped `let` is Swift's `Any?` when a literal would
    /// otherwise not get its default type; an argument or an annotation keeps the plain value.
    func testCoalescingAnArrayLiteralsFirstWithALiteral() {
        assertOutput("""
        let acc = 0.0
        let a = [acc, 2].first ?? 4, b = [acc, 2].last ?? 4, c = [1, 2].first ?? 4
        let d: Double = [acc, 2].first ?? 4
        print(a, b, c, d, [acc, 2].first ?? 4, [1.0].first ?? 4.0)
        print("\\([1.0].first ?? 4) \\([1.0].first ?? 4)")
        """, "Optional(0.0) Optional(2) 1 0.0 0.0 1.0\nOptional(1.0) 1.0\n")
    }
}
