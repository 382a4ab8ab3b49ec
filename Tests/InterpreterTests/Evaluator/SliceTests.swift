import XCTest
@testable import Interpreter

/// `ArraySlice` values (Evaluator+Slices): a slice keeps its array's indices, shares its storage,
/// and reports positions outside those indices with the slice's own bounds.
final class SliceTests: XCTestCase {
    func testASliceKeepsTheIndicesOfItsArray() {
        assertOutput("""
        let xs = [10, 11, 12, 13, 14]
        let b = xs[1..<4]
        print(b.indices, b.startIndex, b.endIndex, b[1], b[3], b.firstIndex(of: 13)!)
        print(xs.dropFirst().startIndex, xs[1...].firstIndex(of: 14)!, b[2...].startIndex)
        """, "1..<4 1 4 11 13 3\n1 4 2\n")
    }

    func testPositionFreeUsesOfASliceRun() {
        assertOutput("""
        let xs = [3, 1, 4, 1, 5, 9, 2, 6]
        let left = xs[..<4], right = xs[4...]
        print(left, right, left.count, right.reduce(0, +), right.first!, left.last!)
        print(Array(right)[0], right.map { $0 * 2 }, right.sorted())
        var out: [Int] = []
        out += left
        for x in right where x > 4 { out.append(x) }
        print(out, left == [3, 1, 4, 1])
        """, "[3, 1, 4, 1] [5, 9, 2, 6] 4 22 5 1\n5 [10, 18, 4, 12] [2, 5, 6, 9]\n[3, 1, 4, 1, 5, 9, 6] true\n")
    }

    func testPropertiesThatAreNotPositionsReachTheSequenceMembers() {
        assertOutput("""
        let s = [1, 2, 3][1...]
        print(s.lazy.map { $0 * 2 }.count, s.firstIndex(of: 1) as Any, s.first!, [Int]()[...].first as Any)
        """, "2 nil 2 nil\n")
    }

    func testAVarSliceMutatesWithoutTouchingItsArray() {
        assertOutput("""
        let xs = [1, 2, 3, 4, 5]
        var s = xs[1...3]
        s[2] = 20
        s.append(6)
        s.insert(0, at: 1)
        print(s, s.indices, s.removeFirst(), s.startIndex, xs)
        """, "[0, 2, 20, 4, 6] 1..<6 0 2 [1, 2, 3, 4, 5]\n")
    }

    func testASliceInsideAContainerShowsItsType() {
        assertOutput("""
        let xs = [1, 0, 2, 3]
        print(xs.split(separator: 0), [xs[2...]], Optional(xs[..<1]) as Any, [Int]()[...])
        """, "[ArraySlice([1]), ArraySlice([2, 3])] [ArraySlice([2, 3])] Optional(ArraySlice([1])) []\n")
    }

    func testPositionsOutsideASliceAreReportedWithItsBounds() {
        assertError("let xs = [10, 11, 12, 13, 14]\nlet b = xs[1..<4]\nprint(1️⃣b[0])",
                    "index 0 out of range for slice with indices 1..<4")
        assertError("let xs = [10, 11, 12, 13, 14]\nlet b = xs[1..<4]\nprint(1️⃣b[0..<2])",
                    "range 0..<2 out of bounds for slice with indices 1..<4")
        assertError("let xs = [10, 11, 12]\nvar b = xs[1...]\n1️⃣b[3] = 0",
                    "index 3 out of range for slice with indices 1..<3")
        assertError("let xs = [10, 11, 12]\nprint(1️⃣xs[1..<4])", "range 1..<4 out of bounds for array of 3 elements")
    }

    func testSlicingInALoopSharesTheArraysStorage() {
        // 2 000 windows of up to 100 000 elements: 2e8 element copies if slicing copied (seconds
        // in a debug build); a slice shares the array, so this takes no time.
        assertOutput("""
        let xs = Array(repeating: 1, count: 100_000)
        var n = 0
        for start in 0..<2_000 { n += xs[start..<xs.count].count }
        print(n)
        """, "198001000\n")
    }
}
