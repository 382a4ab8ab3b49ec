import XCTest
@testable import Interpreter

/// The session's global slots: growth keeps values, inout access writes back, clearing releases.
final class GlobalStorageTests: XCTestCase {
    final class Tracked {}

    func testGrowthKeepsEveryValue() {
        let globals = GlobalStorage()
        for i in 0..<100 { globals.append(.int(i)) }
        XCTAssertEqual(globals.count, 100)
        var sum = 0
        for i in 0..<100 { if case .int(let n) = globals[i] { sum += n } }
        XCTAssertEqual(sum, 4950)
    }

    func testModificationThroughInout() {
        let globals = GlobalStorage()
        globals.append(.array([.int(1)]))
        func appendTwo(_ v: inout Value) {
            guard case .array(var a) = v else { return XCTFail("not an array") }
            v = .void
            a.append(.int(2))
            v = .array(a)
        }
        appendTwo(&globals[0])
        if case .array(let a) = globals[0] { XCTAssertEqual(a.count, 2) } else { XCTFail("lost the array") }
    }

    func testClearReleasesWhatGlobalsHeld() {
        let globals = GlobalStorage()
        weak var watched: Tracked?
        do {
            let object = Tracked()
            watched = object
            globals.append(.native(object))
        }
        XCTAssertNotNil(watched)
        globals.clear()
        XCTAssertNil(watched)
        if case .unset = globals[0] {} else { XCTFail("a cleared global must read as unset") }
    }

    func testSessionGlobalsSurviveManyDeclarations() {
        // More globals than the first allocation holds, declared across cells.
        let session = Session()
        for i in 0..<40 { _ = session.run("var g\(i) = \(i)", origin: "test.md:\(i + 1)") }
        let outcome = session.run("g39 += g0 + g20\nprint(g39, g38)", origin: "test.md:50")
        XCTAssertNil(outcome.error?.message)
        XCTAssertEqual(outcome.output, "59 38\n")
    }
}
