import XCTest
@testable import Interpreter

/// Property observers (`willSet`/`didSet`) on class and struct properties: `newValue` and
/// `oldValue`, compound assignment, elements of arrays and `inout` arguments. Expected output from
/// swiftc 6.3.
final class PropertyObserverTests: XCTestCase {
    func testObserversOnClassProperty() {
        assertCheckedOutput("""
        final class Model {
            var rate = 0.1 {
                willSet { print("will set \\(rate) -> \\(newValue)") }
                didSet { print("did set \\(oldValue) -> \\(rate)") }
            }
        }
        let m = Model()
        m.rate = 0.2
        m.rate *= 2
        print(m.rate)
        """, "will set 0.1 -> 0.2\ndid set 0.1 -> 0.2\nwill set 0.2 -> 0.4\ndid set 0.2 -> 0.4\n0.4\n")
    }

    func testDidSetOnStructPropertyInArraysAndInout() {
        assertCheckedOutput("""
        struct Meter {
            var steps: [Int] = []
            var value = 0 {
                didSet { steps.append(value - oldValue) }
            }
        }
        var meter = Meter()
        meter.value = 5
        meter.value += 3
        print(meter.steps)
        var meters = [Meter(), Meter()]
        meters[1].value = 7
        print(meters[1].steps, meters[0].steps)
        func bump(_ x: inout Int) { x += 10 }
        bump(&meter.value)
        print(meter.steps)
        """, "[5, 3]\n[7] []\n[5, 3, 10]\n")
    }

    func testDidSetClampsTheValue() {
        assertCheckedOutput("""
        struct Clamp {
            var level: Int = 0 {
                didSet { if level > 10 { level = 10 } }
            }
        }
        var c = Clamp()
        c.level = 42
        print(c.level)
        """, "10\n")
    }
}
