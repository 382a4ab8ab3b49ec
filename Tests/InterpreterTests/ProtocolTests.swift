import XCTest
@testable import Interpreter

/// Lesson protocols: requirements, default implementations in extensions, existentials, protocol
/// inheritance and associated types. Requirements dispatch to the value's type; extension-only
/// members dispatch statically, as compiled Swift does. Expected output from swiftc 6.3.
final class ProtocolTests: XCTestCase {
    func testRequirementsAndDefaultImplementations() {
        assertCheckedOutput("""
        protocol Activation {
            func f(_ x: Double) -> Double
            func derivative(_ x: Double) -> Double
            var name: String { get }
        }
        extension Activation {
            func derivative(_ x: Double) -> Double { (f(x + 0.5) - f(x - 0.5)) / 1.0 }
            var name: String { "activation" }
            func table(_ xs: [Double]) -> [Double] { xs.map { f($0) } }
        }
        struct ReLU: Activation {
            func f(_ x: Double) -> Double { max(0, x) }
            func derivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }
            var name: String { "relu" }
        }
        struct Square: Activation {
            func f(_ x: Double) -> Double { x * x }
        }
        print(ReLU().name, ReLU().derivative(2), ReLU().table([-1, 0, 2]))
        let s = Square()
        print(s.name, s.table([1, 2, 3]), (s.derivative(3) * 1000).rounded() / 1000)
        """, "relu 1.0 [0.0, 0.0, 2.0]\nactivation [1.0, 4.0, 9.0] 6.0\n")
    }

    func testExistentialArrayDispatchesRequirementsDynamically() {
        assertCheckedOutput("""
        protocol Layer {
            var size: Int { get }
            func forward(_ x: [Double]) -> [Double]
        }
        struct Scale: Layer {
            var k: Double
            var size: Int { 1 }
            func forward(_ x: [Double]) -> [Double] { x.map { $0 * k } }
        }
        struct Shift: Layer {
            var b: Double
            var size: Int { 2 }
            func forward(_ x: [Double]) -> [Double] { x.map { $0 + b } }
        }
        let layers: [any Layer] = [Scale(k: 2), Shift(b: 1)]
        var x = [1.0, 2.0]
        for l in layers { x = l.forward(x) }
        print(x, layers.map { $0.size }, layers[0] is Scale, layers[1] is Scale)
        if let shift = layers[1] as? Shift { print(shift.b) }
        """, "[3.0, 5.0] [1, 2] true false\n1.0\n")
    }

    func testExtensionOnlyMembersDispatchStatically() {
        assertCheckedOutput("""
        protocol Greeter {
            func greet() -> String
        }
        extension Greeter {
            func greet() -> String { "hello" }
            func farewell() -> String { "bye" }
        }
        struct Loud: Greeter {
            func greet() -> String { "HELLO" }
            func farewell() -> String { "BYE" }
        }
        let g: any Greeter = Loud()
        print(g.greet(), g.farewell(), Loud().farewell())
        func both<G: Greeter>(_ x: G) -> String { x.greet() + " " + x.farewell() }
        print(both(Loud()))
        """, "HELLO bye BYE\nHELLO bye\n")
    }

    func testGenericConstraintAndStaticRequirement() {
        assertCheckedOutput("""
        protocol Loss {
            static var name: String { get }
            func value(_ p: Double, _ y: Double) -> Double
        }
        struct Squared: Loss {
            static var name: String { "squared" }
            func value(_ p: Double, _ y: Double) -> Double { (p - y) * (p - y) }
        }
        struct Absolute: Loss {
            static let name = "absolute"
            func value(_ p: Double, _ y: Double) -> Double { abs(p - y) }
        }
        func total<L: Loss>(_ loss: L, _ ps: [Double], _ ys: [Double]) -> String {
            "\\(L.name): \\(zip(ps, ys).map { loss.value($0, $1) }.reduce(0, +))"
        }
        print(total(Squared(), [1, 2], [0, 4]), total(Absolute(), [1, 2], [0, 4]))
        """, "squared: 5.0 absolute: 3.0\n")
    }

    func testMutatingRequirementThroughInoutAndExistentials() {
        assertCheckedOutput("""
        protocol Accumulator {
            var total: Double { get }
            mutating func add(_ x: Double)
        }
        struct Sum: Accumulator {
            var total = 0.0
            mutating func add(_ x: Double) { total += x }
        }
        struct Count: Accumulator {
            var total = 0.0
            mutating func add(_ x: Double) { total += 1 }
        }
        func feed<A: Accumulator>(_ a: inout A, _ xs: [Double]) { for x in xs { a.add(x) } }
        var s = Sum()
        feed(&s, [1, 2, 3])
        var all: [any Accumulator] = [Sum(), Count()]
        for i in all.indices { all[i].add(5); all[i].add(1) }
        print(s.total, all.map { $0.total })
        """, "6.0 [6.0, 2.0]\n")
    }

    func testProtocolInheritanceAndComposition() {
        assertCheckedOutput("""
        protocol Named { var name: String { get } }
        protocol Model: Named { func predict(_ x: Double) -> Double }
        protocol Trainable: Model { mutating func fit(_ xs: [Double]) }
        struct Mean: Trainable {
            var m = 0.0
            var name: String { "mean" }
            func predict(_ x: Double) -> Double { m }
            mutating func fit(_ xs: [Double]) { m = xs.reduce(0, +) / Double(xs.count) }
        }
        struct Identity: Model {
            var name: String { "identity" }
            func predict(_ x: Double) -> Double { x }
        }
        var mean = Mean()
        mean.fit([1, 2, 6])
        let models: [any Model] = [mean, Identity()]
        for m in models { print(m.name, m.predict(10), m is any Trainable) }
        func label(_ x: some Model & Named) -> String { x.name.uppercased() }
        print(label(Identity()))
        """, "mean 3.0 true\nidentity 10.0 false\nIDENTITY\n")
    }

    func testAssociatedTypesInferredFromWitnesses() {
        assertCheckedOutput("""
        protocol Predictor {
            associatedtype Input
            associatedtype Output
            func predict(_ x: Input) -> Output
        }
        struct Threshold: Predictor {
            var cut: Double
            func predict(_ x: Double) -> Bool { x > cut }
        }
        struct Lookup: Predictor {
            typealias Input = String
            var table: [String: Int]
            func predict(_ x: String) -> Int { table[x, default: -1] }
        }
        func run<P: Predictor>(_ p: P, _ xs: [P.Input]) -> [P.Output] { xs.map { p.predict($0) } }
        print(run(Threshold(cut: 0.5), [0.2, 0.9]), run(Lookup(table: ["a": 1]), ["a", "b"]))
        """, "[false, true] [1, -1]\n")
    }

    func testClassBoundProtocolWithInoutRequirement() {
        assertCheckedOutput("""
        protocol Optimizer: AnyObject {
            var rate: Double { get set }
            func step(_ w: inout [Double], _ g: [Double])
        }
        final class SGD: Optimizer {
            var rate: Double
            init(rate: Double) { self.rate = rate }
            func step(_ w: inout [Double], _ g: [Double]) {
                for i in w.indices { w[i] -= rate * g[i] }
            }
        }
        let opt: any Optimizer = SGD(rate: 0.5)
        var w = [1.0, 2.0]
        opt.step(&w, [1, 2])
        opt.rate = 0.25
        opt.step(&w, [2, 0])
        print(w, opt.rate)
        """, "[0.0, 1.0] 0.25\n")
    }

    func testWhereSelfExtensionUsesTheConstraintsMembers() {
        assertCheckedOutput("""
        protocol Describable { var summary: String { get } }
        extension Describable where Self: CustomStringConvertible {
            var summary: String { "<" + description + ">" }
        }
        struct P: Describable, CustomStringConvertible { var description: String { "p" } }
        extension Array where Element: Describable {
            var summaries: [String] { map { $0.summary } }
        }
        print(P().summary, [P(), P()].summaries)
        """, "<p> [\"<p>\", \"<p>\"]\n")
    }
}
