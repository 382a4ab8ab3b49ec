import XCTest
@testable import Interpreter

/// if/guard/switch, loops, labelled break and continue.
final class ControlFlowTests: XCTestCase {
    func testLongBlocksStopWhereControlLeaves() {
        // Blocks of many statements are run in groups of four; leaving from any position must
        // skip exactly the statements after it.
        assertOutput("""
        func steps(_ stop: Int) -> [Int] {
            var seen: [Int] = []
            seen.append(1); if stop == 1 { return seen }
            seen.append(2); if stop == 2 { return seen }
            seen.append(3); if stop == 3 { return seen }
            seen.append(4); if stop == 4 { return seen }
            seen.append(5); if stop == 5 { return seen }
            seen.append(6)
            return seen
        }
        print((1...6).map { steps($0).count })
        var kept: [Int] = []
        for i in 0..<10 {
            var x = i
            x += 1
            x *= 2
            if i == 7 { break }
            x -= 1
            if i % 3 == 0 { continue }
            x += 100
            kept.append(x)
        }
        print(kept)
        """, "[1, 2, 3, 4, 5, 6]\n[103, 105, 109, 111]\n")
    }

    func testIfLetAndGuard() {
        assertOutput("""
        let d = ["a": 1]
        if let v = d["a"] { print("found", v) } else { print("missing") }
        if let v = d["z"] { print(v) } else if d.isEmpty { print("empty") } else { print("no z") }
        let maybe: Int? = 5
        if let maybe { print(maybe + 1) }
        func check(_ x: Int?) -> String {
            guard let x, x > 0 else { return "bad" }
            return "ok \\(x)"
        }
        print(check(nil), check(-1), check(2))
        """, "found 1\nno z\n6\nbad bad ok 2\n")
    }

    func testSwitchPatterns() {
        assertOutput("""
        func classify(_ n: Int) -> String {
            switch n {
            case 0: return "zero"
            case 1, 2, 3: return "small"
            case 4..<10: return "medium"
            case let x where x < 0: return "negative \\(x)"
            default: return "large"
            }
        }
        print(classify(0), classify(2), classify(7), classify(-5), classify(99))
        let point = (1, 0)
        switch point {
        case (0, 0): print("origin")
        case (_, 0): print("on x axis")
        case (let x, let y): print(x, y)
        }
        switch 0.75 {
        case 0..<0.5: print("low")
        case 0.5...1.0: print("high")
        default: print("out")
        }
        """, "zero small medium negative -5 large\non x axis\nhigh\n")
    }

    func testForInForms() {
        assertOutput("""
        for i in 0..<3 { print(i, terminator: " ") }
        for i in stride(from: 10, to: 0, by: -4) { print(i, terminator: " ") }
        for x in stride(from: 0.0, through: 1.0, by: 0.5) { print(x, terminator: " ") }
        print()
        for (i, s) in ["a", "b"].enumerated() { print(i, s, terminator: " ") }
        for (a, b) in zip([1, 2], ["x", "y"]) { print(a, b, terminator: " ") }
        for i in [5, 6, 7].indices where i != 1 { print(i, terminator: " ") }
        for x in [1, 2, 3].reversed() { print(x, terminator: " ") }
        for (k, v) in ["k": 1] { print(k, v) }
        """, "0 1 2 10 6 2 0.0 0.5 1.0 \n0 a 1 b 1 x 2 y 0 2 3 2 1 k 1\n")
    }

    func testWhileRepeatAndLabels() {
        assertOutput("""
        var n = 0
        while n < 5 { n += 2 }
        repeat { n -= 1 } while n > 3
        outer: for i in 0..<3 {
            for j in 0..<3 {
                if j == 2 { continue outer }
                if i == 2 { break outer }
                print(i, j)
            }
        }
        print(n)
        """, "0 0\n0 1\n1 0\n1 1\n3\n")
    }

    func testBreakInsideSwitchLeavesTheSwitch() {
        assertOutput("""
        for i in 0..<3 {
            switch i {
            case 1: break
            default: print(i)
            }
        }
        """, "0\n2\n")
    }

    func testIfAndSwitchExpressions() {
        assertOutput("""
        let x = 5
        let size = if x > 3 { "big" } else { "small" }
        let word = switch x { case 5: "five" default: "other" }
        print(size, word)
        """, "big five\n")
    }
}
