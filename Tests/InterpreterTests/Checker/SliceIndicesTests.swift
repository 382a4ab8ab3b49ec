import XCTest
@testable import Interpreter

/// An `ArraySlice` keeps its array's indices in Swift (`xs[4..<8].indices` is `4..<8`) and is
/// numbered from 0 in lectern, so the checker refuses every use of a slice's positions before the
/// cell runs, instead of printing another element than swiftc. Position-free uses still run.
final class SliceIndicesTests: XCTestCase {
    func testPositionsOfASliceAreRefusedWithTheReason() {
        let reason = "Swift keeps the indices of the array a slice came from and lectern does not yet; convert the slice with Array(…) first"
        assertError("let xs = [10, 11, 12, 13, 14]\nlet b = xs[1..<4]\nprint(b.1️⃣indices)", "unsupported: 'indices' of an ArraySlice: " + reason)
        assertError("let xs = [10, 11, 12, 13, 14]\nlet b = xs[1..<4]\nprint(1️⃣b[1])", "unsupported: subscripting an ArraySlice: " + reason)
        assertError("let xs = [3, 1, 4]\nprint(xs.dropFirst().1️⃣startIndex)", "unsupported: 'startIndex' of an ArraySlice: " + reason)
        assertError("let xs = [3, 1, 4]\nprint(xs[1...].1️⃣firstIndex(of: 4)!)", "unsupported: 'firstIndex' of an ArraySlice: " + reason)
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
}
