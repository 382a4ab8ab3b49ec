import XCTest
@testable import Interpreter

/// `lazy var`: the initialiser runs at first access (not when the instance is made), may use
/// `self`'s other properties, runs once, and can be assigned. Expected output from swiftc 6.3.
final class LazyPropertyTests: XCTestCase {
    func testLazyClassPropertyRunsAtFirstAccess() {
        assertCheckedOutput("""
        final class Dataset {
            let values: [Double]
            init(_ values: [Double]) { self.values = values; print("init") }
            lazy var mean: Double = {
                print("computing mean")
                return values.reduce(0, +) / Double(values.count)
            }()
            lazy var doubled: [Double] = values.map { $0 * 2 }
        }
        let d = Dataset([1, 2, 3])
        print("before")
        print(d.mean)
        print(d.mean, d.doubled)
        """, "init\nbefore\ncomputing mean\n2.0\n2.0 [2.0, 4.0, 6.0]\n")
    }

    func testLazyStructPropertyInMutableValue() {
        assertCheckedOutput("""
        struct Text {
            var text: String
            lazy var words: [String] = { print("splitting"); return text.split(separator: " ").map(String.init) }()
        }
        var t = Text(text: "a b c")
        print("made")
        print(t.words.count, t.words)
        t.words = ["x"]
        print(t.words)
        """, "made\nsplitting\n3 [\"a\", \"b\", \"c\"]\n[\"x\"]\n")
    }

    func testLazyInitialiserCallsAFunctionOfAnotherProperty() {
        assertCheckedOutput("""
        func expensiveNorm(_ xs: [Double]) -> Double {
            print("norm of \\(xs.count)")
            return xs.map { $0 * $0 }.reduce(0, +).squareRoot()
        }
        final class Vector {
            var values: [Double]
            lazy var norm: Double = expensiveNorm(values)
            init(_ v: [Double]) { values = v }
        }
        let v = Vector([3, 4])
        v.values.append(0)
        print("made")
        print(v.norm, v.norm)
        """, "made\nnorm of 3\n5.0 5.0\n")
    }
}
