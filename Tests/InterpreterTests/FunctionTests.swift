import XCTest
@testable import Interpreter

/// Functions: labels, defaults, inout, variadics, recursion, nested functions, tuples.
final class FunctionTests: XCTestCase {
    func testLabelsDefaultsAndUnderscore() {
        assertOutput("""
        func greet(_ name: String, greeting: String = "Hello", times n: Int = 1) -> String {
            String(repeating: greeting + " " + name + "! ", count: n)
        }
        print(greet("Ada"), greet("Bob", greeting: "Hi"), greet("Cy", times: 2))
        """, "Hello Ada!  Hi Bob!  Hello Cy! Hello Cy! \n")
    }

    func testInoutAndVariadic() {
        assertOutput("""
        func bump(_ x: inout Int, by d: Int = 1) { x += d }
        var a = 1
        bump(&a)
        bump(&a, by: 10)
        var arr = [1, 2]
        func push(_ xs: inout [Int], _ v: Int) { xs.append(v) }
        push(&arr, 3)
        func total(_ xs: Int...) -> Int { xs.reduce(0, +) }
        var p = 1, q = 2
        swap(&p, &q)
        print(a, arr, total(1, 2, 3), total(), p, q)
        """, "12 [1, 2, 3] 6 0 2 1\n")
    }

    func testAmpersandMustMatchInout() {
        assertError("func bump(_ x: inout Int) { x += 1 }\nvar a = 1\nbump(1️⃣a)", "passing value of type 'Int' to an inout parameter requires explicit '&'")
        assertError("func show(_ x: Int) { print(x) }\nvar a = 1\nshow(1️⃣&a)", "'&' used with non-inout argument of type 'Int'")
    }

    func testRecursionNestedFunctionsAndTuples() {
        assertOutput("""
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        func stats(_ xs: [Double]) -> (mean: Double, max: Double) {
            func sum() -> Double { xs.reduce(0, +) }
            return (sum() / Double(xs.count), xs.max()!)
        }
        let s = stats([1, 2, 6])
        let (m, mx) = stats([2, 4])
        print(fib(15), s, s.mean, m, mx)
        """, "610 (mean: 3.0, max: 6.0) 3.0 3.0 4.0\n")
    }

    func testBodiesEndingInClosuresReturnTheirOwnValue() {
        assertOutput("""
        func doubledCount(_ xs: [Int]) -> Int {
            let ys = xs.map { $0 * 2 }
            return ys.count
        }
        func square(_ x: Double) -> Double { x * x }
        print(doubledCount([1, 2, 3]), square(3), [1.0, 2.0].map(square))
        """, "3 9.0 [1.0, 4.0]\n")
    }

    func testEarlyReturnsGuardsAndStatementsBeforeTheFinalReturn() {
        // Bodies of this shape run as one expression; their behaviour must not change.
        assertOutput("""
        var log: [String] = []
        func classify(_ n: Int?) -> String? {
            guard let n else { return nil }
            log.append("saw \\(n)")
            if n < 0 { return "negative" }
            if let small = [0: "zero", 1: "one"][n] { return small }
            let parity = n % 2 == 0 ? "even" : "odd"
            let describe = { (p: String) -> String in
                if p == "odd" { return "an odd number" }
                return "an even number"
            }
            return describe(parity)
        }
        func half(_ x: Int) -> Double {
            if x == 0 { return 0 }
            return Double(x) / 2
        }
        print(classify(nil) ?? "-", classify(-3)!, classify(1)!, classify(7)!, classify(10)!)
        print(log, half(0), half(3))
        func both(_ a: Int) -> Int {
            if a > 0 { return 1 } else { return -1 }
        }
        print(both(4), both(-4))
        """, "- negative one an odd number an even number\n[\"saw -3\", \"saw 1\", \"saw 7\", \"saw 10\"] 0.0 1.5\n1 -1\n")
    }

    func testWhichBodiesRunAsOneExpression() {
        let session = Session()
        let outcome = session.run("""
        func fib(_ n: Int) -> Int {
            if n < 2 {
                return n
            }
            return fib(n - 1) + fib(n - 2)
        }
        func guarded(_ x: Int?) -> Int {
            guard let x else { return 0 }
            let y = x * 2
            return y
        }
        func branches(_ a: Int) -> Int {
            if a > 0 { return 1 } else { return -1 }
        }
        func looping(_ n: Int) -> Int {
            for i in 0..<n where i > 2 { return i }
            return -1
        }
        func nothing(_ n: Int) { print(n) }
        """, origin: "test.md:1")
        XCTAssertNil(outcome.error?.message)
        func hasExpressionBody(_ name: String) -> Bool? {
            guard let slot = session.runtime.globalIndex[name],
                  case .function(let c) = session.runtime.globals[slot], let closure = c as? Closure else { return nil }
            return closure.decl.expressionBody != nil
        }
        XCTAssertEqual(hasExpressionBody("fib"), true)
        XCTAssertEqual(hasExpressionBody("guarded"), true)
        XCTAssertEqual(hasExpressionBody("branches"), false)  // if/else: statement form
        XCTAssertEqual(hasExpressionBody("looping"), false)   // a return inside a loop
        XCTAssertEqual(hasExpressionBody("nothing"), false)
    }

    func testFramesCapturedByClosuresOrNestedFunctionsAreNotReused() {
        // Calls reuse the frames of finished calls unless something made in the body captured it.
        assertOutput("""
        func adder(_ k: Int) -> (Int) -> Int { return { $0 + k } }
        func counter(from start: Int) -> () -> Int {
            var n = start
            func next() -> Int { n += 1; return n }
            return next
        }
        func plain(_ x: Int) -> Int { x * 2 }
        let add1 = adder(1), add2 = adder(2)
        let c = counter(from: 10), d = counter(from: 20)
        _ = plain(5); _ = plain(6)
        print(add1(10), add2(10), c(), c(), d(), plain(7))
        """, "11 12 11 12 21 14\n")
    }

    func testOverloadsByLabel() {
        assertOutput("""
        func area(side: Double) -> Double { side * side }
        func area(width: Double, height: Double) -> Double { width * height }
        print(area(side: 2), area(width: 2, height: 3))
        """, "4.0 6.0\n")
    }

    func testUseBeforeDeclarationInCell() {
        assertOutput("""
        print(twice(4))
        func twice(_ x: Int) -> Int { 2 * x }
        """, "8\n")
    }

    func testWrongLabelsAreReported() {
        assertError("""
        func f(value: Int) -> Int { value }
        let y = f(1️⃣x: 1)
        """, "incorrect argument label in call (have 'x:', expected 'value:')")
        assertError("""
        func f(value: Int) -> Int { value }
        let y = 1️⃣f()
        """, "missing argument for parameter 'value' in call")
    }
}
