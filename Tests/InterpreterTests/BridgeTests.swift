import XCTest
@testable import Interpreter

/// A native class and a native struct exposed through the declarative bridge.
class Accumulator: NativeObject, CustomStringConvertible {
    private(set) var total: Double
    init(start: Double) { total = start }
    func add(_ x: Double) { total += x }
    func add(_ xs: [Double]) { total += xs.reduce(0, +) }
    var description: String { "Accumulator(total: \(total))" }
}

/// A subclass registered only through its superclass.
final class ResettableAccumulator: Accumulator {}

enum Rounding: NativeValue, CustomStringConvertible {
    case down, up
    var description: String { self == .down ? "down" : "up" }
}

struct Interval: NativeValue, CustomStringConvertible {
    let low: Double, high: Double
    var width: Double { high - low }
    func contains(_ x: Double) -> Bool { x >= low && x <= high }
    var description: String { "[\(low), \(high)]" }
}

final class BridgeTests: XCTestCase {
    func makeSession() -> Session {
        let session = Session()
        let lib = session.evaluator.library
        lib.type(Accumulator.self, name: "Accumulator") { t in
            t.initializer(labels: ["start"]) { (s: Double) in Accumulator(start: s) }
            t.initializer { Accumulator(start: 0) }
            t.method("add") { (a: Accumulator, x: Double) in a.add(x); return NoValue() }
            t.method("add") { (a: Accumulator, xs: [Double]) in a.add(xs); return NoValue() }
            t.property("total") { (a: Accumulator) in a.total }
            t.staticMember("zero") { Accumulator(start: 0) }
            t.staticMember("resettable") { ResettableAccumulator(start: 5) as Accumulator }
        }
        lib.type(value: Interval.self, name: "Interval") { t in
            t.initializer(labels: ["low", "high"]) { (l: Double, h: Double) throws -> Interval in
                guard l <= h else { throw UnlocatedError("Interval needs low <= high (got \(l) > \(h))") }
                return Interval(low: l, high: h)
            }
            t.property("width") { (i: Interval) in i.width }
            t.staticMethod("around", labels: [nil, "radius"]) { (c: Double, r: Double) in Interval(low: c - r, high: c + r) }
            t.method("contains") { (i: Interval, x: Double) in i.contains(x) }
        }
        lib.infixOperator("+-", precedence: "AdditionPrecedence") { (a: Double, b: Double) in Interval(low: a - b, high: a + b) }
        lib.type(value: Rounding.self, name: "Rounding") { t in
            t.staticMember("down") { Rounding.down }
            t.staticMember("up") { Rounding.up }
        }
        lib.function("snap", labels: [nil, "rounding"]) { (x: Double, r: Rounding) in r == .down ? x.rounded(.down) : x.rounded(.up) }
        lib.function("minimize", labels: [nil, "from"]) { (f: LessonFunction, start: Double) throws -> Double in
            // Gradient descent with a central finite difference: native code calling lesson code.
            var x = start
            for _ in 0..<200 {
                let g = (try f(x + 1e-5) - f(x - 1e-5)) / 2e-5
                x -= 0.1 * g
            }
            return x
        }
        lib.function("clamp", labels: [nil, "to"]) { (x: Double, i: Interval) in min(max(x, i.low), i.high) }
        return session
    }

    func testNativeObjectsAreReferences() {
        let s = makeSession()
        let out = s.run("""
        let a = Accumulator(start: 1)
        let b = a
        b.add(2)
        a.add([3, 4])
        let r = Accumulator.resettable
        r.add(1)
        print(a.total, a, Accumulator().total, Accumulator.zero.total, r.total)
        """, origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "10.0 Accumulator(total: 10.0) 0.0 0.0 6.0\n")
    }

    func testNativeValuesAndFunctions() {
        let s = makeSession()
        let out = s.run("""
        let i = Interval(low: 0, high: 2)
        print(i, i.width, i.contains(1.5), clamp(5, to: i), [i])
        """, origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "[0.0, 2.0] 2.0 true 2.0 [[0.0, 2.0]]\n")
    }

    func testNativeEnumsAndStaticFunctions() {
        let s = makeSession()
        let out = s.run("print(snap(2.5, rounding: .down), snap(2.5, rounding: Rounding.up), Rounding.up, Interval.around(1, radius: 0.5))", origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "2.0 3.0 up [0.5, 1.5]\n")
    }

    func testNativeCodeCallsLessonFunctions() {
        let s = makeSession()
        let out = s.run("""
        func parabola(_ x: Double) -> Double { (x - 3) * (x - 3) }
        let best = minimize(parabola, from: 0)
        print(abs(best - 3) < 1e-6, minimize({ ($0 + 1) * ($0 + 1) }, from: 5) < -0.999)
        """, origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "true true\n")
        let failing = s.run("let r = minimize({ x in [1.0][Int(x) + 5] }, from: 0)", origin: "t")
        XCTAssertEqual(failing.error?.message, "index 5 out of range for array of 1 element")
    }

    func testNativeInfixOperator() {
        let s = makeSession()
        let out = s.run("let i = 1 + 1 +- 0.5 * 2\nprint(i, i.width)", origin: "t")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "[1.0, 3.0] 2.0\n")
    }

    func testMismatchedCallsListTheOverloads() {
        let s = makeSession()
        let (source, position) = removeMarker("let a = Accumulator()\na.1️⃣add(\"x\")")
        let out = s.run(source, origin: "t")
        XCTAssertEqual(out.error?.message, "no 'add' accepts (_: String); available: add(_: Double), add(_: [Double])")
        XCTAssertEqual(out.error.map { "\($0.line):\($0.column)" }, position.map { "\($0.line):\($0.column)" })
        XCTAssertEqual(s.run("let i = Interval(low: 3, high: 1)", origin: "t").error?.message, "Interval needs low <= high (got 3.0 > 1.0)")
        XCTAssertEqual(s.run("let a = Accumulator(begin: 1)", origin: "t").error?.message,
                       "no 'Accumulator' accepts (begin: Int); available: Accumulator(start: Double), Accumulator()")
        XCTAssertEqual(s.run("print(Accumulator().size)", origin: "t").error?.message, "value of type 'Accumulator' has no member 'size'")
    }
}
