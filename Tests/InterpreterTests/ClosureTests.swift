import XCTest
@testable import Interpreter

/// Closures: captures by reference, shorthand arguments, trailing closures, higher-order methods.
final class ClosureTests: XCTestCase {
    func testCapturesByReference() {
        assertOutput("""
        func makeCounter() -> () -> Int {
            var count = 0
            return { count += 1; return count }
        }
        let c = makeCounter()
        _ = c(); _ = c()
        var total = 0
        let add = { (x: Int) in total += x }
        add(5); add(6)
        print(c(), total)
        """, "3 11\n")
    }

    func testLoopIterationsCaptureTheirOwnVariable() {
        assertOutput("""
        var fs: [() -> Int] = []
        for i in 1...3 { fs.append { i * 10 } }
        print(fs.map { $0() })
        """, "[10, 20, 30]\n")
    }

    func testClosuresMadeInsideMapKeepTheirOwnValues() {
        // map reuses a closure's frame between calls only when nothing captured it.
        assertOutput("""
        let makers = [1, 2, 3].map { x in { x * 10 } }
        print(makers.map { $0() })
        var total = 0
        let doubled = [4, 5].map { value -> Int in
            let twice = value * 2
            total += twice
            return twice
        }
        print(doubled, total)
        """, "[10, 20, 30]\n[8, 10] 18\n")
    }

    func testMapClosureLocalsStartFreshOnEveryCall() {
        // The frame is reused between calls; a local declared without a value must not see the
        // previous element's, and a recursive call through map gets a frame of its own.
        assertOutput("""
        let sums = [1, 2, 3].map { n -> Int in
            var s: Int?
            if n != 2 { s = (s ?? 0) + n * 10 }
            var acc = 0
            for i in 0...n { acc += i }
            return acc + (s ?? -100)
        }
        print(sums)
        func depth(_ n: Int) -> Int { n == 0 ? 0 : [n].map { depth($0 - 1) + 1 }[0] }
        print(depth(5), [0.5, 2.0].map { (x: Double) in x * x }, [1, 2].filter { _ in true }.count)
        """, "[11, -97, 36]\n5 [0.25, 4.0] 2\n")
    }

    func testShorthandAndTrailingClosures() {
        assertOutput("""
        let xs = [3, 1, 2]
        print(xs.sorted(), xs.sorted(by: >), xs.sorted { $0 > $1 }, xs.map { $0 * 2 })
        print(xs.filter { $0 > 1 }, xs.reduce(0) { acc, x in acc + x }, xs.contains { $0 == 2 })
        let scale: (Double) -> Double = { $0 * 2 }
        print(scale(3))
        """, "[1, 2, 3] [3, 2, 1] [3, 2, 1] [6, 2, 4]\n[3, 2] 6 true\n6.0\n")
    }

    func testHigherOrderMethods() {
        assertOutput("""
        let words = ["apple", "kiwi", "banana"]
        print(words.compactMap { $0.count > 4 ? $0.uppercased() : nil })
        print([[1, 2], [3]].flatMap { $0 }, words.first(where: { $0.hasPrefix("k") }) ?? "-")
        print(words.firstIndex(of: "kiwi")!, words.allSatisfy { !$0.isEmpty }, words.min()!, words.max()!)
        print(words.map(\\.count))
        var seen: [String] = []
        words.forEach { seen.append($0) }
        print(seen.count, [1.5, 2.5].reduce(0, +), [3, 4].reduce(into: 0) { $0 += $1 })
        """, "[\"APPLE\", \"BANANA\"]\n[1, 2, 3] kiwi\n1 true apple kiwi\n[5, 4, 6]\n3 4.0 7\n")
    }
}
