import XCTest
@testable import Interpreter

/// Syntax errors and constructs outside lectern's subset get located, explained errors.
final class UnsupportedTests: XCTestCase {
    func testSyntaxErrors() {
        assertError("let x = (1, 1️⃣", "expected expression")
        assertError("func f( {\n}", "expected ')'")
        let outcome = runCell("print(1 +)")
        XCTAssertEqual(outcome.error?.line, 1)
    }

    func testUnsupportedConstructs() {
        let message = { (what: String) in "unsupported: \(what) not part of lectern's Swift subset (see docs/language.md)" }
        assertError("typealias Pair1️⃣<T> = (T, T)", message("generic type aliases are"))
        assertError("final class C { 1️⃣deinit {} }", message("deinitializers are"))
        assertError("class B { var v = 0 }\nclass D: B { override var 1️⃣v: Int { didSet {} } }", message("observers on overridden properties are"))
        assertError("func f() 1️⃣async {}", message("async functions are"))
        assertError("1️⃣actor A {}", message("actors are"))
        assertError("struct S { 1️⃣@Wrapper var x = 1 }", message("attributes and property wrappers (@Wrapper) are"))
        assertError("1️⃣#if DEBUG\nlet x = 1\n#endif", message("'#if' blocks are"))
        assertError("1️⃣infix operator **", message("operator declarations are"))
        assertError("class B { var v = 1.0 }\nclass D: B { override var v: Double { get { super.v * 2 } set { 1️⃣super.v = newValue } } }\nlet d = D()\nd.v = 3",
                    message("assignment through 'super' ('super.v') is"))
    }
}
