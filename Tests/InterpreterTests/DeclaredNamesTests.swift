import XCTest
@testable import Interpreter

/// Top-level declarations, and writes to names no scope of the cell binds, read with swift-syntax.
final class DeclaredNamesTests: XCTestCase {
    private func writes(_ source: String) -> [String] {
        DeclaredNames.read(source).items.flatMap(\.writes).map(\.name)
    }

    func testTopLevelDeclarationsByKind() {
        let facts = DeclaredNames.read("""
        import Foundation
        let a = 1, (b, c) = (2, 3)
        func f() {}
        struct S { var x = 0 }
        extension Array { func g() {} }
        typealias V = [Double]
        print(a)
        """)
        XCTAssertEqual(facts.items.map(\.kind), [.import, .variable, .function, .type, .extension, .typeAlias, .statement])
        XCTAssertEqual(facts.declaredNames, ["a", "b", "c", "f", "S", "Array", "V"])
        XCTAssertFalse(facts.hasSyntaxErrors)
    }

    func testPositionsAreLinesAndScalarColumns() {
        let facts = DeclaredNames.read("let é = \"ü\"; func f() {}\n  var x = 1\n")
        XCTAssertEqual(facts.items.map { "\($0.line):\($0.column)" }, ["1:1", "1:14", "2:3"])
    }

    func testWritesToOutsideNamesInAssignmentsCompoundAssignmentsInoutAndMutatingCalls() {
        XCTAssertEqual(writes("""
        func f() {
            tolerance = 1
            counts[0] += 1
            model.weights = []
            swap(&a, &b)
            history.append(1)
            network.fit()
        }
        """), ["tolerance", "counts", "model", "a", "b", "history", "network"])
    }

    func testLocalsParametersClosuresPatternsAndMembersAreNotWrites() {
        XCTAssertEqual(writes("""
        func f(_ x: Double, into out: inout [Double]) -> Double {
            var total = 0.0
            total += x
            out.append(total)
            for i in 0..<3 { var j = i; j += 1 }
            if let y = Optional(x) { var z = y; z += 1 }
            guard var w = Optional(x) else { return 0 }
            w += 1
            let g = { (v: Double) -> Double in var u = v; u *= 2; return u }
            let h: (Int) -> Int = { n in var m = n; m += 1; return m }
            switch x { case let k: var q = k; q += 1 }
            do { try nothing() } catch { var e = error; _ = e }
            _ = g(1) + Double(h(1))
            return total
        }
        struct Counter {
            var count = 0
            mutating func tick() { count += 1; self.count += 1 }
        }
        """), [])
    }

    func testAShadowingLocalDeclaredLaterDoesNotHideTheGlobal() {
        // Swift rejects using a local before its declaration; the grader must not trust it.
        XCTAssertEqual(writes("func f() { tolerance = 1; var tolerance = 2; tolerance += 1 }"), ["tolerance"])
    }

    func testTopLevelWritesAndClosuresInInitialisersCount() {
        XCTAssertEqual(writes("let x = { scale = 10; return 1 }()\nfor i in 0..<2 { steps += i }"), ["scale", "steps"])
    }

    func testWatchedReferencesAreFoundUnlessBoundLocally() {
        let facts = DeclaredNames.read("""
        func f() -> Bool {
            check(true, "x")
            let g = expectEqual
            _ = Swift.check
            func expect() {}
            expect()
            return point.check
        }
        """, watching: ["check", "expect", "expectEqual"])
        XCTAssertEqual(facts.items[0].references.map { "\($0.name)@\($0.line):\($0.column)" },
                       ["check@2:5", "expectEqual@3:13", "check@4:15"])
    }

    func testASyntaxErrorIsReported() {
        XCTAssertTrue(DeclaredNames.read("func f( {").hasSyntaxErrors)
    }
}
