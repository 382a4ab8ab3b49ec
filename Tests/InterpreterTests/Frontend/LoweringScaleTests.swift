import XCTest
@testable import Interpreter

/// Lowering takes time linear in the cell: many statements, long operator chains and long
/// member chains are lowered (or refused) without revisiting the tree.
final class LoweringScaleTests: XCTestCase {
    func testManyTopLevelLets() {
        let count = 2_000
        let source = (0..<count).map { "let v\($0) = \($0)" }.joined(separator: "\n") + "\nprint(v0 + v\(count - 1))"
        assertOutput(source, "\(count - 1)\n")
    }

    func testALongOperatorChainIsRefusedAtItsStart() {
        let chain = Array(repeating: "1", count: 5_000).joined(separator: " + ")
        assertError("let x = 1\nprint(1️⃣\(chain))", "expression is nested too deeply")
    }

    func testALongMemberChainIsRefusedAtItsStart() {
        let chain = "s" + String(repeating: ".description", count: 5_000)
        assertError("let s = \"x\"\nprint(1️⃣\(chain))", "expression is nested too deeply")
    }

    func testAChainUnderTheLimitRuns() {
        assertOutput("print(" + Array(repeating: "1", count: 300).joined(separator: " + ") + ")", "300\n")
    }

    func testALongElseIfChainRuns() {
        let chain = (1..<1_000).map { " else if x == \($0) { print(\($0)) }" }.joined()
        assertOutput("let x = 999\nif x == 0 { print(0) }" + chain, "999\n")
    }
}
