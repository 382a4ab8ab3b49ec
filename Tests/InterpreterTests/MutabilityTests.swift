import XCTest
@testable import Interpreter

/// `let` is enforced as the compiler enforces it (messages as swiftc gives them), before the
/// cell runs — a classic lesson on value and reference semantics.
final class MutabilityTests: XCTestCase {
    func testConstantsAndParameters() {
        assertError("let a = 1\n1️⃣a = 2", "cannot assign to value: 'a' is a 'let' constant")
        assertError("func f(_ x: Int) { 1️⃣x += 1 }", "left side of mutating operator isn't mutable: 'x' is a 'let' constant")
        assertError("func g(_ v: inout Int) {}\nlet k = 1\ng(&1️⃣k)", "cannot pass immutable value as inout argument: 'k' is a 'let' constant")
    }

    func testValueTypesThroughConstants() {
        assertError("let xs = [1]\n1️⃣xs.append(2)", "cannot use mutating member on immutable value: 'xs' is a 'let' constant")
        assertError("let xs = [1]\n1️⃣xs[0] = 2", "cannot assign through subscript: 'xs' is a 'let' constant")
        assertError("struct P { var x = 0; mutating func bump() { x += 1 } }\nlet p = P()\n1️⃣p.bump()",
                    "cannot use mutating member on immutable value: 'p' is a 'let' constant")
        assertError("struct P { var x = 0 }\nlet p = P()\n1️⃣p.x = 3", "cannot assign to property: 'p' is a 'let' constant")
        assertError("struct P { let x: Int }\nvar p = P(x: 1)\np.1️⃣x = 3", "cannot assign to property: 'x' is a 'let' constant")
    }

    func testWhatMayChange() {
        assertOutput("""
        class C { var x = 0 }
        let c = C()
        c.x = 3
        struct P { let x: Int; init() { x = 5 } }
        var later: Int
        later = 4
        let deferred: String
        deferred = "set once"
        print(c.x, P().x, later, deferred)
        """, "3 5 4 set once\n")
        assertOutput("var v = 1\nlet v2 = v\nv = 2\nprint(v, v2)", "2 1\n")
    }

    func testRedeclaringALetAsVarInALaterCell() {
        let s = Session()
        _ = s.run("let n = 1", origin: "a")
        XCTAssertEqual(s.run("n = 2", origin: "b").error?.message, "cannot assign to value: 'n' is a 'let' constant")
        _ = s.run("var n = 1", origin: "c")
        XCTAssertNil(s.run("n = 2\nprint(n)", origin: "d").error)
    }
}
