import XCTest
@testable import Interpreter

/// A frame held only by a local must stay alive while one of its slots is read: reading through
/// a raw pointer after the frame's last use was a use after free in release builds
/// (`reduce(into:)` counted 3 distinct strings of 2, or crashed). Run the suite in release
/// (`swift test -c release`) to exercise the optimiser; the expected output is swiftc's.
final class FrameLifetimeTests: XCTestCase {
    func testReduceIntoASetAndADictionaryAndAnArray() {
        assertOutput("""
        print(["a", "b", "a"].reduce(into: Set<String>()) { $0.insert($1) }.count)
        let words = ["x", "y", "x", "z", "x"]
        let counts = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        print(counts.sorted { $0.key < $1.key })
        print([1.0, 2.0].reduce(into: [Double]()) { $0.append($1 * 2) })
        """, "2\n[(key: \"x\", value: 3), (key: \"y\", value: 1), (key: \"z\", value: 1)]\n[2.0, 4.0]\n")
    }

    func testMutatingMethodsAndInitialisersReadTheirFrameAfterTheBody() {
        assertOutput("""
        struct Counter {
            var n = 0
            init(start: Int) { n = start }
            mutating func bump() -> Int { n += 1; return n }
        }
        var c = Counter(start: 5)
        print(c.bump(), c.bump(), c.n)
        """, "6 7 7\n")
    }
}
